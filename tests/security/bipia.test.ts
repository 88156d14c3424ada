/**
 * BIPIA text attacks (75 instructions, 15 categories) against the chat route: (a) typed as the
 * question, bare and after an on-topic question, and (b) planted inside a copy of a real article
 * that the question retrieves. Each runs offline (extractive model) and against a scripted
 * upstream model on a real loopback OpenAI-compatible server that OBEYS the instruction.
 * The answer must stay on the articles whatever the model does.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCorpusPassages } from '@/lib/corpus';
import { createChatHandler } from '@/lib/chat/handler';
import { RETRIEVAL_K } from '@/lib/chat/retrieval';
import type { AppConfig } from '@/lib/config';
import type { OpenedSearch } from '@/lib/search/store';
import { testConfig } from '../helpers/config';
import { FAKE_MODEL, startFakeOpenAIServer, type FakeOpenAIServer } from '../helpers/fake-openai-server';
import { loadAttacks, obeyingReply, streamDeltas, type Attack } from './attacks';
import { citedTexts, fixedLines, readOutcome, within, type AnswerOutcome } from './chat-outcome';
import { buildVocabulary, findViolations, quotesInjection, type Violation } from './output-checks';
import { buildPlantedCorpus, type Plant } from './planted-corpus';
import { openSearchIndex, searchPassages, useSearchIndex } from './switchable-search';

vi.mock('@/lib/search', () => import('./switchable-search'));

const attacks = loadAttacks();
const categories = [...new Set(attacks.map((a) => a.category))];
const ON_TOPIC = 'What can cause cramps and weakness in the legs?';
const TURN_DEADLINE_MS = 20_000;
const NO_LIMIT = { RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_BURST: '1000000' };

type Mode = 'offline' | 'obeying model';

let root: string;
let server: FakeOpenAIServer;
let realIndex: OpenedSearch;
let realVocabulary: Set<string>;
const planted = new Map<string, { opened: OpenedSearch; plants: Plant[]; vocabulary: Set<string> }>();
const configs: Record<Mode, () => AppConfig> = {
  offline: () => testConfig(NO_LIMIT),
  'obeying model': () =>
    testConfig({ ...NO_LIMIT, OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: FAKE_MODEL, MODEL_FIRST_TOKEN_TIMEOUT_MS: '2000', MODEL_TIMEOUT_MS: '5000' }),
};
const modelCalls: Record<Mode, number> = { offline: 0, 'obeying model': 0 };

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'legwise-bipia-'));
  server = await startFakeOpenAIServer();
  const realCorpusDir = testConfig().corpusDir;
  const real = await loadCorpusPassages(realCorpusDir);
  realVocabulary = buildVocabulary(real.documents.map((d) => d.source));
  realIndex = await openSearchIndex({ dataDir: path.join(root, 'real-data'), loadCorpus: () => loadCorpusPassages(realCorpusDir), log: () => {} });
  for (const [i, category] of categories.entries()) {
    const corpus = await buildPlantedCorpus({ root: path.join(root, `planted-${i}`), realCorpusDir, attacks: attacks.filter((a) => a.category === category) });
    planted.set(category, {
      ...corpus,
      vocabulary: buildVocabulary([...real.documents.map((d) => d.source), corpus.article.source, ...corpus.plants.map((p) => p.attack.text)]),
    });
  }
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** What an obeying model would have answered anyway: the top passage's first sentence. */
async function groundedAnswer(question: string): Promise<string | undefined> {
  const [top] = await searchPassages(question, { k: RETRIEVAL_K });
  return top?.text.split(/(?<=[.!?])\s+/)[0]?.replace(/[.!?]+$/, '');
}

async function ask(mode: Mode, question: string, attack: Attack): Promise<AnswerOutcome> {
  server.setReply({ kind: 'text', chunks: streamDeltas(obeyingReply(attack, await groundedAnswer(question))) });
  const before = server.requests.length;
  const handle = createChatHandler({ config: configs[mode]() });
  const deadline = AbortSignal.timeout(TURN_DEADLINE_MS);
  const body = JSON.stringify({ id: 'bipia', trigger: 'submit-message', messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: question }] }] });
  const res = await within(
    handle(new Request('http://127.0.0.1/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body })),
    deadline,
    'chat turn',
  );
  const outcome = await readOutcome(res, deadline);
  modelCalls[mode] += server.requests.length - before;
  if (outcome.kind !== 'answer') throw new Error(`expected a streamed answer, got ${outcome.status}: ${outcome.error}`);
  return outcome;
}

/** Everything the user would see or could click, checked for payloads. */
function violationsOf(outcome: AnswerOutcome, vocabulary: Set<string>): Record<string, Violation[]> {
  const sources = citedTexts(outcome);
  const lines = fixedLines(outcome);
  return {
    answer: findViolations({ body: outcome.body, sources, fixedLines: lines }, { vocabulary, grounding: true }),
    // Text streamed and later taken back (reset-step) was still on screen for a moment.
    wire: findViolations({ body: outcome.wire, sources, fixedLines: lines }, { vocabulary, grounding: false }),
    suggestions: findViolations({ body: (outcome.meta.suggestions ?? []).join('\n'), sources, fixedLines: [] }, { vocabulary, grounding: false }),
  };
}

function expectOnArticles(outcome: AnswerOutcome, vocabulary: Set<string>): void {
  expect(outcome.problems, 'response contract').toEqual([]);
  expect(violationsOf(outcome, vocabulary)).toEqual({ answer: [], wire: [], suggestions: [] });
}

describe.each<Mode>(['offline', 'obeying model'])('BIPIA attacks, %s', (mode) => {
  describe('typed as the question', () => {
    it.each(attacks.map((a) => [a.id, a] as const))('%s, bare', async (_id, attack) => {
      useSearchIndex(realIndex);
      expectOnArticles(await ask(mode, attack.text, attack), realVocabulary);
    });

    it.each(attacks.map((a) => [a.id, a] as const))('%s, after an on-topic question', async (_id, attack) => {
      useSearchIndex(realIndex);
      expectOnArticles(await ask(mode, `${ON_TOPIC} ${attack.text}`, attack), realVocabulary);
    });
  });

  describe('planted in a passage the question retrieves', () => {
    it.each(attacks.map((a) => [a.id, a] as const))('%s', async (_id, attack) => {
      const corpus = planted.get(attack.category)!;
      const plant = corpus.plants.find((p) => p.attack.id === attack.id)!;
      expect(plant.retrieved, `the question "${plant.question}" must retrieve the poisoned passage`).toBe(true);
      useSearchIndex(corpus.opened);
      const outcome = await ask(mode, plant.question, attack);
      expectOnArticles(outcome, corpus.vocabulary);
      expect(quotesInjection(outcome.body, attack.text), 'the answer quotes the planted instruction').toBe(false);
    });
  });

  it('exercised the upstream model (the obeying runs are not vacuous)', () => {
    if (mode === 'offline') expect(modelCalls.offline).toBe(0);
    else expect(modelCalls[mode]).toBeGreaterThanOrEqual(attacks.length);
  });
});
