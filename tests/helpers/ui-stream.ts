/** Reads UI message streams the way a client would, for assertions. */
import { readUIMessageStream, type UIMessageChunk } from 'ai';
import type { ChatMetadata } from '@/lib/chat/metadata';
import type { LegwiseUIMessage } from '@/lib/chat/types';

export type Chunk = UIMessageChunk<ChatMetadata>;

/** The payload of one SSE event: its `data:` lines joined, or '' when it has none. */
export function sseEventData(event: string): string {
  return event
    .split('\n')
    .filter((line) => line.startsWith('data:'))
    .map((line) => line.slice(5).trim())
    .join('\n');
}

/** Parses an SSE UI message stream body (`data: {...}` events ending with `data: [DONE]`). */
export function parseSseChunks(body: string): { chunks: Chunk[]; done: boolean } {
  const chunks: Chunk[] = [];
  let done = false;
  for (const event of body.split('\n\n')) {
    const data = sseEventData(event);
    if (data === '') continue;
    if (data === '[DONE]') {
      done = true;
      continue;
    }
    chunks.push(JSON.parse(data) as Chunk);
  }
  return { chunks, done };
}

export async function readAllChunks<T>(stream: ReadableStream<T>): Promise<T[]> {
  const out: T[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out;
    out.push(value);
  }
}

/** Replays chunks through the AI SDK's client-side assembly; returns the final message. */
export async function assembleMessage(chunks: Chunk[]): Promise<LegwiseUIMessage> {
  const stream = new ReadableStream<UIMessageChunk>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  let message: LegwiseUIMessage | undefined;
  for await (const state of readUIMessageStream<LegwiseUIMessage>({ stream })) message = state;
  if (!message) throw new Error('no message assembled');
  return message;
}

export function textDeltas(chunks: Chunk[]): string {
  return chunks.flatMap((c) => (c.type === 'text-delta' ? [c.delta] : [])).join('');
}

export function finishMetadata(chunks: Chunk[]): ChatMetadata | undefined {
  const finish = chunks.findLast((c) => c.type === 'finish');
  return finish?.type === 'finish' ? finish.messageMetadata : undefined;
}

export function userMessage(text: string, id = `u-${Math.random().toString(36).slice(2)}`): LegwiseUIMessage {
  return { id, role: 'user', parts: [{ type: 'text', text }] };
}
