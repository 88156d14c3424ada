import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { APICallError, streamText, type LanguageModel, type UIMessageChunk } from 'ai';
import { AbortableReader, Deadlines } from './deadlines';
import { CitationStreamFilter, GuardedRelease, SentinelWatch, type OutputGuard } from '@/lib/guard';

export type AttemptInput = {
  model: LanguageModel;
  reasoning?: LanguageModelV4CallOptions['reasoning'];
  instructions: string;
  prompt: string;
  passageCount: number;
  notCoveredToken: string;
  /** The request's signal: a client that goes away stops the model call. */
  signal?: AbortSignal;
  firstTokenTimeoutMs: number;
  totalTimeoutMs: number;
  /** Id of the text part this attempt streams into. */
  textId: string;
  /** Checks every sentence before it is shown. */
  guard: OutputGuard;
  /**
   * What a sentence that fails the guard does: `fail` ends the attempt with nothing of that
   * sentence shown (a remote model that followed an injected instruction), `drop` leaves the
   * sentence out and goes on (the extractive model, which only ever copies passage sentences).
   */
  onUnsafe: 'fail' | 'drop';
  /** Sent to the model as its output limit. */
  maxOutputTokens?: number;
  /** The most characters shown; past it the answer ends with ANSWER_CUT_NOTE. */
  maxShownChars?: number;
};

/** Ends an answer that reached the character cap. */
export const ANSWER_CUT_NOTE = '\n\n(The answer was cut here because it was too long.)';
/**
 * Text and reasoning received may exceed what is shown (dropped sentences, hidden reasoning) by
 * this factor before the attempt stops reading: nothing an upstream sends grows without bound.
 */
const RECEIVED_PER_SHOWN_CHAR = 4;

export type AttemptOutcome =
  | { status: 'answered'; cited: number[]; cut?: boolean }
  | { status: 'no-citation' | 'not-covered'; released: boolean }
  | { status: 'failed'; reason: string; released: boolean }
  | { status: 'aborted' };

/** The only chunks an attempt writes: one text part. */
export type TextChunk = Extract<UIMessageChunk, { type: 'text-start' | 'text-delta' | 'text-end' }>;

const ACCEPTED_FINISH = new Set(['stop', 'length']);

/** Short, key-free description of why a model call failed, for metadata.fallbackReason. */
export function describeModelError(error: unknown): string {
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    if (status !== undefined && (status < 200 || status >= 300)) return `model returned HTTP ${status}`;
    return `model stream broke off: ${error.message}`;
  }
  if (error instanceof Error) return `model stream failed: ${error.name}`;
  return 'model stream failed';
}

/**
 * Streams one model answer into a text part, sentence by sentence: each sentence passes the
 * output guard before it is shown, and its citation markers are checked on the way.
 * Never throws: network errors, HTTP errors, hangs and cut streams come back as `failed`
 * within the deadlines, so the caller can fall back.
 */
export async function* streamAnswerAttempt(input: AttemptInput): AsyncGenerator<TextChunk, AttemptOutcome> {
  const deadlines = new Deadlines(input.firstTokenTimeoutMs, input.totalTimeoutMs);
  const signal = input.signal ? AbortSignal.any([input.signal, deadlines.controller.signal]) : deadlines.controller.signal;
  const filter = new CitationStreamFilter({
    passageCount: input.passageCount,
    notCoveredToken: input.notCoveredToken,
  });
  const gate = new GuardedRelease(input.guard, input.onUnsafe, filter);
  const sentinel = new SentinelWatch(input.notCoveredToken);
  const notCovered = () => sentinel.seen || filter.notCovered;
  let textOpen = false;
  let failure: string | undefined;
  let finishReason: string | undefined;
  const maxShown = input.maxShownChars ?? Number.POSITIVE_INFINITY;
  let shownChars = 0;
  let receivedChars = 0;
  let cut = false;

  function* show(text: string): Generator<TextChunk> {
    if (text === '') return;
    shownChars += text.length;
    if (!textOpen) {
      textOpen = true;
      yield { type: 'text-start', id: input.textId };
    }
    yield { type: 'text-delta', id: input.textId, delta: text };
  }

  const result = streamText({
    model: input.model,
    instructions: input.instructions,
    prompt: input.prompt,
    reasoning: input.reasoning,
    maxOutputTokens: input.maxOutputTokens,
    abortSignal: signal,
    // Retries would blow the time budget; the extractive fallback is the retry.
    maxRetries: 0,
    onError: () => {},
  });
  const reader = result.stream.getReader();
  const reads = new AbortableReader(reader, signal);
  try {
    while (failure === undefined && gate.unsafe === undefined && !notCovered() && !cut) {
      const { done, value: part } = await reads.read();
      if (done) break;
      if (part.type === 'text-delta' || part.type === 'reasoning-delta') {
        receivedChars += part.text.length;
        cut = shownChars >= maxShown || receivedChars > maxShown * RECEIVED_PER_SHOWN_CHAR;
      }
      if (cut) break;
      if (part.type === 'text-delta') {
        deadlines.touch();
        // A not-covered sentinel ends the attempt at once, without waiting for its sentence.
        if (!sentinel.push(part.text)) {
          const shown = gate.push(part.text);
          // Most deltas finish no sentence: nothing to show, no generator to start.
          if (shown !== '') yield* show(shown);
        }
      } else if (part.type === 'reasoning-delta') {
        deadlines.touch();
      } else if (part.type === 'error') {
        failure = describeModelError(part.error);
      } else if (part.type === 'finish') {
        finishReason = part.finishReason;
      }
    }
  } catch (error) {
    failure = describeModelError(error);
  } finally {
    // Also ends the HTTP request when we stop early (not-covered sentinel, error part).
    deadlines.finish(reads.closed);
    reads.dispose();
    reader.cancel().catch(() => {});
  }

  if (input.signal?.aborted) {
    if (textOpen) yield { type: 'text-end', id: input.textId };
    return { status: 'aborted' };
  }
  if (gate.unsafe !== undefined) failure = gate.unsafe;
  else if (deadlines.reason !== undefined) failure = deadlines.reason;
  if (failure === undefined && !notCovered() && !cut && !ACCEPTED_FINISH.has(finishReason ?? '')) {
    failure = `model stream ended early (${finishReason ?? 'no finish'})`;
  }
  // A cut answer drops its unfinished sentence and says it was cut.
  if (failure === undefined && !notCovered()) yield* show(cut ? gate.flushCited() + ANSWER_CUT_NOTE : gate.end());
  // The last sentence can still fail the guard.
  if (failure === undefined && gate.unsafe !== undefined) failure = gate.unsafe;
  if (textOpen) yield { type: 'text-end', id: input.textId };

  const released = filter.hasReleasedText;
  if (failure !== undefined) return { status: 'failed', reason: failure, released };
  if (notCovered()) return { status: 'not-covered', released };
  if (!filter.hasValidMarker) return { status: 'no-citation', released };
  return cut ? { status: 'answered', cited: filter.cited, cut } : { status: 'answered', cited: filter.cited };
}
