import { UI_MESSAGE_STREAM_HEADERS, type UIMessageChunk } from 'ai';
import { describe, expect, it } from 'vitest';
import { coalescingSseEncoder, createUIMessageSseResponse, SSE_HEARTBEAT } from '@/lib/chat/sse-response';

const decoder = new TextDecoder();

async function readChunks(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  const chunks: string[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(decoder.decode(next.value));
  return chunks;
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5));
}

const delta = (text: string) => `data: {"type":"text-delta","id":"a","delta":"${text}"}\n\n`;

describe('coalescingSseEncoder', () => {
  it('writes the events of one event-loop turn as one chunk, the first text at once', async () => {
    const events = ['data: {"type":"start"}\n\n', delta('One.'), delta(' Two.'), delta(' Three.'), 'data: [DONE]\n\n'];
    const source = new ReadableStream<string>({
      start(controller) {
        for (const e of events) controller.enqueue(e);
        controller.close();
      },
    });
    const chunks = await readChunks(source.pipeThrough(coalescingSseEncoder()));
    expect(chunks.join('')).toBe(events.join(''));
    // start + first text, then the rest of the turn together.
    expect(chunks).toEqual([events[0]! + events[1]!, events.slice(2).join('')]);
  });

  it('keeps events from different turns apart, so remote tokens still stream', async () => {
    const source = new ReadableStream<string>({
      async start(controller) {
        controller.enqueue('data: {"type":"start"}\n\n');
        await nextTurn();
        controller.enqueue(delta('first'));
        await nextTurn();
        controller.enqueue(delta('second'));
        await nextTurn();
        controller.enqueue(delta('third'));
        controller.close();
      },
    });
    const chunks = await readChunks(source.pipeThrough(coalescingSseEncoder()));
    expect(chunks).toEqual(['data: {"type":"start"}\n\n', delta('first'), delta('second'), delta('third')]);
  });

  it('sends a comment line while the stream is idle, and none once it ends', async () => {
    const heartbeatMs = 20;
    const source = new ReadableStream<string>({
      async start(controller) {
        controller.enqueue('data: {"type":"start"}\n\n');
        // Idle for several heartbeats, as a remote model thinking before its first token.
        await new Promise((resolve) => setTimeout(resolve, heartbeatMs * 4.5));
        controller.enqueue(delta('late'));
        controller.close();
      },
    });
    const chunks = await readChunks(source.pipeThrough(coalescingSseEncoder(heartbeatMs)));
    const beats = chunks.filter((c) => c === SSE_HEARTBEAT).length;
    expect(beats).toBeGreaterThanOrEqual(3);
    expect(beats).toBeLessThanOrEqual(5);
    expect(chunks[0]).toBe('data: {"type":"start"}\n\n');
    expect(chunks.at(-1)).toBe(delta('late'));
    // Clients skip comment lines: the events are unchanged.
    expect(chunks.filter((c) => c !== SSE_HEARTBEAT).join('')).toBe('data: {"type":"start"}\n\n' + delta('late'));
  });

  it('sends no comment when the answer leaves at once', async () => {
    const source = new ReadableStream<string>({
      start(controller) {
        controller.enqueue(delta('whole answer'));
        controller.close();
      },
    });
    const chunks = await readChunks(source.pipeThrough(coalescingSseEncoder(5)));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(chunks).toEqual([delta('whole answer')]);
  });

  it('does not throw when the reader goes away with events or heartbeats pending', async () => {
    const source = new ReadableStream<string>({
      start(controller) {
        controller.enqueue(delta('shown'));
        controller.enqueue(delta('pending'));
      },
    });
    const reader = source.pipeThrough(coalescingSseEncoder(5)).getReader();
    const first = await reader.read();
    expect(decoder.decode(first.value)).toBe(delta('shown'));
    await reader.cancel();
    // Heartbeats due after the reader left find nobody to write to, and stop.
    await new Promise((resolve) => setTimeout(resolve, 30));
  });
});

describe('createUIMessageSseResponse', () => {
  it('speaks the UI message stream protocol with its headers', async () => {
    const chunks: UIMessageChunk[] = [
      { type: 'start' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'Hello' },
      { type: 'text-end', id: 't' },
      { type: 'finish', finishReason: 'stop' },
    ];
    const stream = new ReadableStream<UIMessageChunk>({
      start(controller) {
        for (const c of chunks) controller.enqueue(c);
        controller.close();
      },
    });
    const response = createUIMessageSseResponse({ stream, headers: { 'cache-control': 'no-store' } });
    expect(response.headers.get('content-type')).toBe(UI_MESSAGE_STREAM_HEADERS['content-type']);
    expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    const events = text.split('\n\n').filter(Boolean);
    expect(events.map((e) => e.replace(/^data: /, ''))).toEqual([...chunks.map((c) => JSON.stringify(c)), '[DONE]']);
  });
});
