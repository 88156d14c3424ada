/**
 * Reads a chat route response the way a client would and lists every way it breaks the route's
 * contract: a 4xx JSON `{ error }`, or a complete UI message stream whose last text part is the
 * disclaimer. Every wait is bounded by an AbortSignal, so a hang fails instead of stalling.
 */
import { DISCLAIMER } from '@/lib/answer/disclaimer';
import { chatMetadataSchema, type ChatMetadata } from '@/lib/chat/metadata';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import { assembleMessage, parseSseChunks, type Chunk } from '../helpers/ui-stream';

export type ErrorOutcome = { kind: 'error'; status: number; error: string; problems: string[] };
export type AnswerOutcome = {
  kind: 'answer';
  status: number;
  chunks: Chunk[];
  /** The whole response body, metadata included. */
  raw: string;
  /** Every text delta sent, in order, including any later taken back with reset-step. */
  wire: string;
  message: LegwiseUIMessage;
  /** The message's text without the closing disclaimer part. */
  body: string;
  meta: ChatMetadata;
  problems: string[];
};
export type ChatOutcome = ErrorOutcome | AnswerOutcome;

/** Settles with `work`, or rejects once `signal` aborts. */
export function within<T>(work: Promise<T>, signal: AbortSignal, what: string): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error(`${what}: deadline already passed`));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error(`${what}: no result before the deadline (hang)`));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

async function readError(res: Response, signal: AbortSignal): Promise<ErrorOutcome> {
  const problems: string[] = [];
  if (res.status < 400 || res.status > 499) problems.push(`status ${res.status} is not a 4xx`);
  if (!/application\/json/.test(res.headers.get('content-type') ?? '')) problems.push(`content-type ${res.headers.get('content-type')}`);
  const text = await within(res.text(), signal, 'reading the error body');
  let error = '';
  try {
    const body: unknown = JSON.parse(text);
    const value = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
    if (typeof value === 'string' && value.trim() !== '') error = value;
    else problems.push(`error body has no { error: string }: ${text.slice(0, 200)}`);
  } catch {
    problems.push(`error body is not JSON: ${text.slice(0, 200)}`);
  }
  if (res.status === 429 && !(Number(res.headers.get('retry-after')) >= 1)) problems.push('429 without Retry-After');
  return { kind: 'error', status: res.status, error, problems };
}

function lastTextPart(message: LegwiseUIMessage): string | undefined {
  const last = message.parts.findLast((p) => p.type === 'text');
  return last?.type === 'text' ? last.text : undefined;
}

async function readAnswer(res: Response, signal: AbortSignal): Promise<AnswerOutcome> {
  const problems: string[] = [];
  if (!/text\/event-stream/.test(res.headers.get('content-type') ?? '')) problems.push(`content-type ${res.headers.get('content-type')}`);
  const raw = await within(res.text(), signal, 'reading the answer stream');
  const { chunks, done } = parseSseChunks(raw);
  if (!done) problems.push('stream did not end with [DONE]');
  if (chunks.some((c) => c.type === 'error')) problems.push('stream carries an error chunk');
  if (chunks.at(-1)?.type !== 'finish') problems.push(`last chunk is ${chunks.at(-1)?.type}, not finish`);
  const message = await assembleMessage(chunks);
  const lastText = lastTextPart(message);
  if (lastText?.trim() !== DISCLAIMER) problems.push(`last text part is not the disclaimer: ${JSON.stringify(lastText?.slice(0, 120))}`);
  const texts = message.parts.flatMap((p) => (p.type === 'text' ? [p.text] : []));
  const body = (lastText?.trim() === DISCLAIMER ? texts.slice(0, -1) : texts).join('').trim();
  const finish = chunks.findLast((c) => c.type === 'finish');
  const meta = chatMetadataSchema.safeParse(finish?.type === 'finish' ? (finish.messageMetadata ?? {}) : {});
  if (!meta.success) problems.push('finish metadata does not match the schema');
  const wire = chunks.flatMap((c) => (c.type === 'text-delta' ? [c.delta] : [])).join('');
  return { kind: 'answer', status: res.status, chunks, raw, wire, message, body, meta: meta.success ? meta.data : {}, problems };
}

/** Classifies a response; `problems` is empty when it honours the contract. */
export async function readOutcome(res: Response, signal: AbortSignal): Promise<ChatOutcome> {
  if (res.status >= 500) {
    const text = await within(res.text(), signal, 'reading the 5xx body').catch(() => '');
    return { kind: 'error', status: res.status, error: text.slice(0, 200), problems: [`server error ${res.status}`] };
  }
  if (res.status === 200) return readAnswer(res, signal);
  return readError(res, signal);
}

/** The cited passages' texts, for output checks. */
export function citedTexts(outcome: AnswerOutcome): string[] {
  return (outcome.meta.citations ?? []).map((c) => c.quote);
}

/** Lines the server wrote for a not-covered reply (the covered topics). */
export function fixedLines(outcome: AnswerOutcome): string[] {
  return (outcome.meta.coveredTopics ?? []).map((topic) => `- ${topic}`);
}
