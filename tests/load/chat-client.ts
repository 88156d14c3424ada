/**
 * A streaming client for POST /api/chat over real HTTP, for load tests and benchmarks: times the
 * first streamed text, checks the stream ends with the disclaimer, and can walk away mid-answer.
 */
import { z } from 'zod';
import { DISCLAIMER } from '@/lib/answer/disclaimer';
import { chatMetadataSchema, type ChatMetadata } from '@/lib/chat/metadata';
import { sseEventData } from '../helpers/ui-stream';

const chunkSchema = z.looseObject({
  type: z.string(),
  id: z.string().optional(),
  delta: z.string().optional(),
  messageMetadata: z.unknown().optional(),
});
type StreamChunk = z.infer<typeof chunkSchema>;

export type ChatRun = {
  status: number;
  /** Retry-After of a 429, in seconds. */
  retryAfterSeconds?: number;
  /** From sending the request to the response headers. */
  headersMs?: number;
  /** From sending the request to the first `text-delta` chunk. */
  firstTextMs?: number;
  /** From sending the request to the end of the body (or the client walking away). */
  totalMs: number;
  /** The stream ended with [DONE], a finish chunk, and the disclaimer as the last text part. */
  complete: boolean;
  /** The client aborted on purpose after the first chunk. */
  walkedAway: boolean;
  metadata?: ChatMetadata;
  /** Text shown to the user, disclaimer excluded. */
  answer: string;
  /** Network failure, malformed stream, or a deadline: anything the client did not choose. */
  failure?: string;
  errorBody?: string;
};

export type ChatRequestOptions = {
  headers?: Record<string, string>;
  /** Abort as soon as the first body chunk arrives (a user closing the tab mid-answer). */
  walkAwayAfterFirstChunk?: boolean;
  timeoutMs?: number;
};

export function chatBody(question: string): string {
  return JSON.stringify({
    id: `load-${Math.random().toString(36).slice(2)}`,
    trigger: 'submit-message',
    messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: question }] }],
  });
}

class SseReader {
  private buffer = '';
  readonly chunks: StreamChunk[] = [];
  done = false;
  malformed: string | undefined;

  push(text: string): StreamChunk[] {
    this.buffer += text;
    const events = this.buffer.split('\n\n');
    this.buffer = events.pop() ?? '';
    const fresh: StreamChunk[] = [];
    for (const event of events) {
      const data = sseEventData(event);
      if (data === '') continue;
      if (data === '[DONE]') {
        this.done = true;
        continue;
      }
      try {
        const parsed = chunkSchema.safeParse(JSON.parse(data));
        if (parsed.success) fresh.push(parsed.data);
        else this.malformed ??= data.slice(0, 200);
      } catch {
        this.malformed ??= data.slice(0, 200);
      }
    }
    this.chunks.push(...fresh);
    return fresh;
  }
}

/** Text parts in order (a reset-step drops the parts of its step), each as one string. */
function textParts(chunks: readonly StreamChunk[]): string[] {
  const parts: Array<{ id: string; text: string; step: number }> = [];
  let step = 0;
  for (const c of chunks) {
    if (c.type === 'start-step') {
      step += 1;
    } else if (c.type === 'reset-step') {
      const current = step;
      for (let i = parts.length - 1; i >= 0; i--) if (parts[i]!.step === current) parts.splice(i, 1);
    } else if (c.type === 'text-start') {
      parts.push({ id: c.id ?? '', text: '', step });
    } else if (c.type === 'text-delta') {
      const part = parts.findLast((p) => p.id === c.id);
      if (part) part.text += c.delta ?? '';
    }
  }
  return parts.map((p) => p.text);
}

function summarize(reader: SseReader): { complete: boolean; answer: string; metadata?: ChatMetadata; problem?: string } {
  const texts = textParts(reader.chunks);
  const disclaimerLast = texts.at(-1)?.trim() === DISCLAIMER;
  const finish = reader.chunks.findLast((c) => c.type === 'finish');
  const meta = chatMetadataSchema.safeParse(finish?.messageMetadata ?? {});
  const complete = reader.done && finish !== undefined && disclaimerLast && reader.malformed === undefined;
  const answer = (disclaimerLast ? texts.slice(0, -1) : texts).join('').trim();
  const problem = reader.malformed
    ? `malformed chunk: ${reader.malformed}`
    : !reader.done
      ? 'stream ended without [DONE]'
      : !disclaimerLast
        ? 'last text part is not the disclaimer'
        : undefined;
  return { complete, answer, metadata: meta.success ? meta.data : undefined, problem };
}

/** True when a whole response body is a complete stream ending with the disclaimer. */
export function isCompleteAnswerBody(body: string): boolean {
  const reader = new SseReader();
  reader.push(body.endsWith('\n\n') ? body : `${body}\n\n`);
  return summarize(reader).complete;
}

const DONE_EVENT = 'data: [DONE]\n\n';
const TEXT_DELTA_EVENT = 'data: {"type":"text-delta"';
const FINISH_EVENT = 'data: {"type":"finish"';
const textDeltaSchema = z.object({ type: z.literal('text-delta'), delta: z.string() });

/**
 * The same verdict as isCompleteAnswerBody for the bench's load generator, which shares the cores
 * with the servers it measures: it parses only the last text delta instead of every event. It
 * relies on the server writing each chunk's `type` first (JSON.stringify of the chunk objects);
 * if that changed, no answer would count as complete and the bench would say so.
 */
export function answerBodyLooksComplete(body: string): boolean {
  if (!body.endsWith(DONE_EVENT)) return false;
  const lastDelta = body.lastIndexOf(TEXT_DELTA_EVENT);
  if (lastDelta === -1 || body.indexOf(FINISH_EVENT, lastDelta) === -1) return false;
  const end = body.indexOf('\n\n', lastDelta);
  try {
    const chunk = textDeltaSchema.safeParse(JSON.parse(body.slice(lastDelta + 'data: '.length, end)));
    return chunk.success && chunk.data.delta.trim() === DISCLAIMER;
  } catch {
    return false;
  }
}

/** Sends one chat turn and reads the whole streamed answer (or walks away after the first chunk). */
export async function runChat(baseUrl: string, question: string, options: ChatRequestOptions = {}): Promise<ChatRun> {
  const started = performance.now();
  const since = () => performance.now() - started;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('client deadline')), options.timeoutMs ?? 30_000);
  const run: ChatRun = { status: 0, totalMs: 0, complete: false, walkedAway: false, answer: '' };
  try {
    const res = await fetch(`${baseUrl}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: chatBody(question),
      signal: controller.signal,
    });
    run.status = res.status;
    run.headersMs = since();
    if (res.status !== 200) {
      run.retryAfterSeconds = res.headers.has('retry-after') ? Number(res.headers.get('retry-after')) : undefined;
      run.errorBody = (await res.text()).slice(0, 300);
      return run;
    }
    if (!res.body) throw new Error('200 without a body');
    const reader = new SseReader();
    const decoder = new TextDecoder();
    const body = res.body.getReader();
    for (;;) {
      const { done, value } = await body.read();
      if (done) break;
      const fresh = reader.push(decoder.decode(value, { stream: true }));
      if (run.firstTextMs === undefined && fresh.some((c) => c.type === 'text-delta')) run.firstTextMs = since();
      if (options.walkAwayAfterFirstChunk) {
        run.walkedAway = true;
        controller.abort(new Error('client walked away'));
        await body.cancel().catch(() => {});
        return run;
      }
    }
    const summary = summarize(reader);
    run.complete = summary.complete;
    run.answer = summary.answer;
    run.metadata = summary.metadata;
    if (summary.problem) run.failure = summary.problem;
    return run;
  } catch (error) {
    if (!run.walkedAway) run.failure = error instanceof Error ? `${error.name}: ${error.message}${causeOf(error)}` : String(error);
    return run;
  } finally {
    clearTimeout(timer);
    run.totalMs = since();
  }
}

function causeOf(error: Error): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? ` (${cause.message})` : '';
}

/** Runs `count` tasks with at most `concurrency` in flight; results in task order. */
export async function runPool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}
