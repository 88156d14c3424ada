import { beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@/lib/config';
import { loadCorpusPassages } from '@/lib/corpus';
import { buildSearchIndex, createSearchEngine, type SearchEngine } from '@/lib/search';
import { analyzeText } from '@/lib/search/analyze';
import { expandText } from '@/lib/search/expansion';

/**
 * Everyday wordings added to the search vocabulary (weak or heavy legs, exertion, heavy
 * menstrual bleeding, night cramps): each must reach its clinical wording, one-way rules must
 * stay one way, and on the real articles the lay question must find the passage that answers it.
 */

const term = (word: string): string => analyzeText(word)[0]!;
const alternativeTerms = (text: string): Set<string> => new Set(expandText(text).concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
/** What a question reaches: its own terms (after folding) and their other wordings. */
const reachedTerms = (text: string): Set<string> => new Set([...expandText(text).terms, ...alternativeTerms(text)]);

describe('added lay phrases reach their clinical wording', () => {
  const cases: Array<[string, string]> = [
    ['my knees buckle', 'asthenia'],
    ['my legs buckle under me', 'asthenia'],
    ['my legs gave out after the long hike', 'exertion'],
    ['sore calves after strenuous activity', 'overexertion'],
    ['I went hiking all weekend', 'exercise'],
    ['does trekking count?', 'exercise'],
    ['could menorrhagia explain it?', 'blood loss'],
    ['menorrhagia', 'menstruation'],
    ['magnesium and nocturnal leg cramps', 'nighttime'],
    ['I get night leg cramps', 'nighttime'],
  ];
  it.each(cases)('%s -> %s', (question, clinical) => {
    expect(reachedTerms(question)).toContain(term(clinical));
  });
});

describe('the additions keep their sense', () => {
  it('exertion does not bring in hiking (the hike rule is one way)', () => {
    for (const q of ['what is overexertion?', 'weakness after exertion']) {
      expect(alternativeTerms(q), q).not.toContain(term('hike'));
    }
  });
});

describe('on the real articles', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    const { passages } = await loadCorpusPassages(getConfig().corpusDir);
    engine = createSearchEngine(await buildSearchIndex(passages));
  });

  const top5 = async (q: string): Promise<string[]> => (await engine.search(q, { k: 5 })).map((h) => h.text);

  it('menorrhagia finds the passage on chronic blood loss', async () => {
    expect((await top5('does menorrhagia make your legs weak?')).some((t) => /blood loss/i.test(t))).toBe(true);
  });

  it('legs giving out after a long hike find exertion', async () => {
    expect((await top5('my legs gave out after the long hike')).some((t) => /exertion|intense physical activity/i.test(t))).toBe(true);
  });
});
