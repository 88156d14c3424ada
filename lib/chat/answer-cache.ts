import { createHash } from 'node:crypto';
import type { UIMessageChunk } from 'ai';
import { LruCache } from '@/lib/lru';
import type { ChatTurn } from '@/lib/question';
import type { ChatMetadata } from './metadata';

type Chunk = UIMessageChunk<ChatMetadata>;

/**
 * Everything an offline answer depends on besides the index: the conversation and instruction
 * lines; and whose cache entry it is (`scope`), so a hit cannot tell one person what another asked.
 */
export type TurnKeyInput = {
  question: string;
  turns: readonly ChatTurn[];
  instructions: readonly string[];
  scope: string;
};

/** The scope of turns every client may share: the example questions the UI itself offers. */
export const SHARED_CACHE_SCOPE = 'shared:examples';

/** The scope of one client's own typed questions. */
export function clientCacheScope(clientKey: string): string {
  return `client:${clientKey}`;
}

/** A fixed-size digest, so a long conversation costs the cache no more memory than a short one. */
export function turnCacheKey(input: TurnKeyInput): string {
  const text = JSON.stringify([input.scope, input.question, input.turns, input.instructions]);
  return createHash('sha256').update(text).digest('base64url');
}

/** Finished turns by key, least recently used out first. */
export class AnswerCache extends LruCache<string, readonly Chunk[]> {
  constructor(readonly maxEntries: number) {
    super(maxEntries);
  }
}

// One cache per opened index: a rebuilt index, or a test's planted corpus, never gets answers
// computed from another one.
const cachesByIndex = new WeakMap<object, AnswerCache>();

/** The cache for answers from `index`, or undefined when caching is off (`maxEntries` 0). */
export function answerCacheFor(index: object, maxEntries: number): AnswerCache | undefined {
  if (maxEntries <= 0) return undefined;
  let cache = cachesByIndex.get(index);
  if (!cache || cache.maxEntries !== maxEntries) {
    cache = new AnswerCache(maxEntries);
    cachesByIndex.set(index, cache);
  }
  return cache;
}

/** A recorded turn played back as a new one: copies of its chunks, with this turn's timestamp. */
export function* replayTurn(chunks: readonly Chunk[], createdAt = Date.now()): Generator<Chunk> {
  for (const recorded of chunks) {
    const chunk = structuredClone(recorded);
    if ((chunk.type === 'start' || chunk.type === 'finish') && chunk.messageMetadata) {
      chunk.messageMetadata.createdAt = createdAt;
    }
    yield chunk;
  }
}
