import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
  LanguageModelV4Usage,
} from '@ai-sdk/provider';
import { composeExtractiveAnswer } from './compose';
import { NOT_COVERED_TOKEN, parseAnswerPrompt } from './prompt';

export const EXTRACTIVE_PROVIDER = 'legwise';
export const EXTRACTIVE_MODEL_ID = 'extractive';

/** Words per text-delta: small enough to look like streaming, big enough not to flood the wire. */
const WORDS_PER_DELTA = 3;

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function promptText(options: LanguageModelV4CallOptions): string {
  return options.prompt.map((m) => (typeof m.content === 'string' ? m.content : m.content.map((p) => ('text' in p ? p.text : '')).join(''))).join('\n');
}

// Rough token counts (about four characters a token); the model has no tokenizer of its own.
function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function usageFor(options: LanguageModelV4CallOptions, answer: string): LanguageModelV4Usage {
  const input = estimateTokens(promptText(options));
  const output = estimateTokens(answer);
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: output, text: output, reasoning: 0 },
  };
}

/** Answers the question in a `buildAnswerPrompt` prompt; anything else is not covered. */
function answerFor(options: LanguageModelV4CallOptions): string {
  const parsed = parseAnswerPrompt(options.prompt);
  if (!parsed || parsed.passages.length === 0) return NOT_COVERED_TOKEN;
  return composeExtractiveAnswer(parsed.question, parsed.passages);
}

/** Splits text into deltas of a few words each; joining them gives the text back exactly. */
export function splitIntoDeltas(text: string, wordsPerDelta = WORDS_PER_DELTA): string[] {
  const tokens = text.match(/\S+\s*/g) ?? [];
  const leading = /^\s*/.exec(text)?.[0] ?? '';
  const deltas: string[] = [];
  for (let i = 0; i < tokens.length; i += wordsPerDelta) deltas.push(tokens.slice(i, i + wordsPerDelta).join(''));
  if (leading && deltas.length > 0) deltas[0] = leading + deltas[0];
  return deltas.length > 0 ? deltas : [text];
}

function streamParts(answer: string, usage: LanguageModelV4Usage): LanguageModelV4StreamPart[] {
  const id = 'text-0';
  return [
    { type: 'stream-start', warnings: [] },
    { type: 'response-metadata', id: crypto.randomUUID(), modelId: EXTRACTIVE_MODEL_ID, timestamp: new Date() },
    { type: 'text-start', id },
    ...splitIntoDeltas(answer).map((delta): LanguageModelV4StreamPart => ({ type: 'text-delta', id, delta })),
    { type: 'text-end', id },
    { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
  ];
}

// setImmediate where it exists (Node): a real event-loop turn without setTimeout's 1 ms clamp.
function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof globalThis.setImmediate === 'function') globalThis.setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}

/** Emits parts one per pull, so a reader sees them arrive piece by piece and an abort stops it. */
function partsStream(parts: LanguageModelV4StreamPart[], signal: AbortSignal | undefined): ReadableStream<LanguageModelV4StreamPart> {
  let next = 0;
  let onAbort: (() => void) | undefined;
  return new ReadableStream<LanguageModelV4StreamPart>({
    start(controller) {
      if (!signal) return;
      if (signal.aborted) {
        controller.error(abortError(signal));
        return;
      }
      onAbort = () => controller.error(abortError(signal));
      signal.addEventListener('abort', onAbort, { once: true });
    },
    async pull(controller) {
      // Yield to the event loop between parts, so an abort can land mid-answer.
      await nextTurn();
      if (signal?.aborted) return;
      const part = parts[next];
      next += 1;
      if (part) controller.enqueue(part);
      if (next >= parts.length) {
        if (onAbort) signal?.removeEventListener('abort', onAbort);
        controller.close();
      }
    },
    cancel() {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    },
  });
}

/**
 * An offline AI SDK language model that answers from the passages in its prompt by picking the
 * sentences that answer the question, each with its passage's [n] marker. Deterministic.
 */
export function createExtractiveModel(): LanguageModelV4 {
  return {
    specificationVersion: 'v4',
    provider: EXTRACTIVE_PROVIDER,
    modelId: EXTRACTIVE_MODEL_ID,
    supportedUrls: {},
    async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
      options.abortSignal?.throwIfAborted();
      const answer = answerFor(options);
      return {
        content: [{ type: 'text', text: answer }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage: usageFor(options, answer),
        response: { modelId: EXTRACTIVE_MODEL_ID, timestamp: new Date() },
        warnings: [],
      };
    },
    async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
      options.abortSignal?.throwIfAborted();
      const answer = answerFor(options);
      return { stream: partsStream(streamParts(answer, usageFor(options, answer)), options.abortSignal) };
    },
  };
}
