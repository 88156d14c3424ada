import type { LanguageModelV4, LanguageModelV4CallOptions } from '@ai-sdk/provider';
import type { UIMessageChunk } from 'ai';
import { describe, expect, it } from 'vitest';
import { createExtractiveModel } from '@/lib/answer/extractive-model';
import { AnswerCache, answerCacheFor, clientCacheScope, replayTurn, SHARED_CACHE_SCOPE, turnCacheKey } from '@/lib/chat/answer-cache';
import { pickExampleQuestions } from '@/lib/corpus/examples';
import { getSearchIndex } from '@/lib/search';
import { answerTurn } from '@/lib/chat/answer-turn';
import type { ChatMetadata } from '@/lib/chat/metadata';
import type { ModelKind, SelectedModel } from '@/lib/chat/models';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import { testConfig } from '../helpers/config';
import { finishMetadata, readAllChunks, textDeltas, userMessage } from '../helpers/ui-stream';

type Chunk = UIMessageChunk<ChatMetadata>;

/** The extractive model, counting how often it is actually asked. */
function countingSelection(kind: ModelKind = 'extractive'): { selection: SelectedModel; calls: () => number } {
  const base = createExtractiveModel();
  let calls = 0;
  const model: LanguageModelV4 = {
    specificationVersion: 'v4',
    provider: base.provider,
    modelId: base.modelId,
    supportedUrls: {},
    doGenerate: (options: LanguageModelV4CallOptions) => base.doGenerate(options),
    doStream: (options: LanguageModelV4CallOptions) => {
      calls++;
      return base.doStream(options);
    },
  };
  return { selection: { model, name: kind === 'extractive' ? 'extractive' : `${kind}:test`, kind }, calls: () => calls };
}

const CLIENT = 'ip:192.0.2.1';

function turn(
  messages: LegwiseUIMessage[],
  selection: SelectedModel,
  env: Record<string, string> = {},
  signal?: AbortSignal,
  clientKey: string | null = CLIENT,
): Promise<Chunk[]> {
  // null: a client the server cannot tell apart from others.
  return readAllChunks(answerTurn({ messages, model: selection, config: testConfig(env), signal, clientKey: clientKey ?? undefined }));
}

// Each test asks its own question, so answers cached by another test never interfere.
describe('answer cache in the chat turn', () => {
  it('answers a repeated offline conversation from the cache, identically, with a fresh timestamp', async () => {
    const { selection, calls } = countingSelection();
    const messages = [userMessage('which foods are rich in magnesium and potassium?')];
    const first = await turn(messages, selection);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await turn(messages, selection);
    expect(calls()).toBe(1);
    expect(textDeltas(second)).toBe(textDeltas(first));
    const [a, b] = [finishMetadata(first), finishMetadata(second)];
    expect(b?.citations).toEqual(a?.citations);
    expect(b?.suggestions).toEqual(a?.suggestions);
    expect(b?.createdAt).toBeGreaterThan(a?.createdAt ?? Infinity);
  });

  it('computes a different conversation, including the same question after other turns', async () => {
    const { selection, calls } = countingSelection();
    await turn([userMessage('what does vitamin b12 do for nerves?')], selection);
    await turn([userMessage('what does vitamin b12 do for nerves, briefly?')], selection);
    const history: LegwiseUIMessage[] = [
      userMessage('tell me about iron'),
      { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'Iron carries oxygen in the blood [1].' }] },
      userMessage('what does vitamin b12 do for nerves?'),
    ];
    await turn(history, selection);
    expect(calls()).toBe(3);
  });

  it('never caches a remote model, whose answers vary', async () => {
    const { selection, calls } = countingSelection('openai-compatible');
    const messages = [userMessage('does low vitamin d cause aching thighs?')];
    await turn(messages, selection);
    await turn(messages, selection);
    expect(calls()).toBe(2);
  });

  it('is off with LEGWISE_ANSWER_CACHE_ENTRIES=0', async () => {
    const { selection, calls } = countingSelection();
    const messages = [userMessage('can low potassium make my legs twitch?')];
    await turn(messages, selection, { LEGWISE_ANSWER_CACHE_ENTRIES: '0' });
    await turn(messages, selection, { LEGWISE_ANSWER_CACHE_ENTRIES: '0' });
    expect(calls()).toBe(2);
  });

  it('does not keep a turn the client walked away from', async () => {
    const { selection, calls } = countingSelection();
    const messages = [userMessage('how does low magnesium affect the muscles in my legs?')];
    const walkedAway = new AbortController();
    const stream = answerTurn({ messages, model: selection, config: testConfig(), signal: walkedAway.signal, clientKey: CLIENT });
    walkedAway.abort();
    const chunks = await readAllChunks(stream);
    expect(chunks.some((c) => c.type === 'finish')).toBe(false);
    const afterWalkAway = calls();
    await turn(messages, selection);
    expect(calls()).toBe(afterWalkAway + 1);
    await turn(messages, selection);
    expect(calls()).toBe(afterWalkAway + 1);
  });
});

// Issue 14 item 11: a cache hit answers in a few ms, a miss in tens, so a shared entry would tell
// one person what another typed.
describe('answer cache privacy', () => {
  it('keeps a typed question to the client who asked it', async () => {
    const { selection, calls } = countingSelection();
    const messages = [userMessage('is a lack of vitamin e a reason for weak calves?')];
    await turn(messages, selection, {}, undefined, 'ip:192.0.2.10');
    await turn(messages, selection, {}, undefined, 'ip:192.0.2.11');
    expect(calls()).toBe(2);
    await turn(messages, selection, {}, undefined, 'ip:192.0.2.10');
    expect(calls()).toBe(2);
  });

  it('does not cache a typed question from an unknown client', async () => {
    const { selection, calls } = countingSelection();
    const messages = [userMessage('does low iron make my legs feel weak and heavy?')];
    await turn(messages, selection, {}, undefined, null);
    await turn(messages, selection, {}, undefined, null);
    expect(calls()).toBe(2);
  });

  it('shares the UI example questions between all clients', async () => {
    const { documents } = await getSearchIndex();
    const [example] = pickExampleQuestions(documents);
    expect(example).toBeDefined();
    const { selection, calls } = countingSelection();
    const messages = [userMessage(example ?? '')];
    await turn(messages, selection, {}, undefined, 'ip:192.0.2.20');
    await turn(messages, selection, {}, undefined, 'ip:192.0.2.21');
    await turn(messages, selection, {}, undefined, null);
    expect(calls()).toBeLessThanOrEqual(1);
  });

  it('keys an example question asked after other turns per client', async () => {
    const { documents } = await getSearchIndex();
    const [example] = pickExampleQuestions(documents);
    const { selection, calls } = countingSelection();
    const history: LegwiseUIMessage[] = [
      userMessage('tell me about zinc'),
      { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'Zinc is a mineral [1].' }] },
      userMessage(example ?? ''),
    ];
    await turn(history, selection, {}, undefined, 'ip:192.0.2.30');
    await turn(history, selection, {}, undefined, 'ip:192.0.2.31');
    expect(calls()).toBe(2);
  });
});

describe('AnswerCache', () => {
  const chunk = (n: number): Chunk[] => [{ type: 'text-delta', id: 't', delta: String(n) }];

  it('drops the least recently used turn past its size', () => {
    const cache = new AnswerCache(2);
    cache.set('a', chunk(1));
    cache.set('b', chunk(2));
    expect(cache.get('a')).toEqual(chunk(1));
    cache.set('c', chunk(3));
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual(chunk(1));
    expect(cache.get('c')).toEqual(chunk(3));
  });

  it('keeps one cache per index and none when the size is 0', () => {
    const one = {};
    const other = {};
    expect(answerCacheFor(one, 0)).toBeUndefined();
    const cache = answerCacheFor(one, 5);
    expect(answerCacheFor(one, 5)).toBe(cache);
    expect(answerCacheFor(other, 5)).not.toBe(cache);
  });

  it('keys on the question, the earlier turns and the instruction lines', () => {
    const base = { question: 'iron?', turns: [{ role: 'user' as const, text: 'iron?' }], instructions: [], scope: SHARED_CACHE_SCOPE };
    const key = turnCacheKey(base);
    expect(turnCacheKey({ ...base })).toBe(key);
    expect(turnCacheKey({ ...base, question: 'iron.' })).not.toBe(key);
    expect(turnCacheKey({ ...base, turns: [{ role: 'assistant', text: 'iron?' }] })).not.toBe(key);
    expect(turnCacheKey({ ...base, instructions: ['Confidential deployment tag: x'] })).not.toBe(key);
    expect(turnCacheKey({ ...base, scope: clientCacheScope('ip:192.0.2.1') })).not.toBe(key);
    expect(turnCacheKey({ ...base, scope: clientCacheScope('ip:192.0.2.2') })).not.toBe(turnCacheKey({ ...base, scope: clientCacheScope('ip:192.0.2.1') }));
    expect(key.length).toBeLessThan(50);
  });

  it('replays copies, so a consumer changing a chunk cannot change the cache', () => {
    const recorded: Chunk[] = [{ type: 'start', messageMetadata: { createdAt: 1, disclaimer: 'd' } }, ...chunk(1)];
    const [start] = [...replayTurn(recorded, 99)];
    expect(start).toEqual({ type: 'start', messageMetadata: { createdAt: 99, disclaimer: 'd' } });
    if (start?.type === 'start' && start.messageMetadata) start.messageMetadata.disclaimer = 'changed';
    expect(recorded[0]).toEqual({ type: 'start', messageMetadata: { createdAt: 1, disclaimer: 'd' } });
  });
});
