import { describe, expect, it } from 'vitest';
import { suggestFollowUps } from '@/lib/answer/suggestions';
import { retrieve } from './fixtures';
import { detectIntents, entitiesIn } from '@/lib/question';

const passagesFor = (q: string, k = 4) => retrieve(q, k);

describe('suggestFollowUps', () => {
  it.each([
    'What does iron do for the legs?',
    'Can magnesium deficiency cause leg cramps?',
    'What is restless legs syndrome?',
    'How do statins cause weakness?',
    'Why do my legs feel so weak?',
  ])('gives 2-3 short questions for "%s"', (question) => {
    const out = suggestFollowUps({ question, passages: passagesFor(question), history: [] });
    expect(out.length).toBeGreaterThanOrEqual(2);
    expect(out.length).toBeLessThanOrEqual(3);
    for (const s of out) {
      expect(s).toMatch(/^[A-Z].*\?$/);
      expect(s.split(/\s+/).length).toBeLessThanOrEqual(12);
    }
    expect(new Set(out).size).toBe(out.length);
  });

  it('builds questions about the entity that was asked about first', () => {
    const out = suggestFollowUps({ question: 'What does iron do for the legs?', passages: passagesFor('What does iron do for the legs?'), history: [] });
    expect(entitiesIn(out[0] ?? '').map((e) => e.id)).toContain('iron');
  });

  it('names only entities found in the passages', () => {
    const question = 'Can magnesium deficiency cause leg cramps?';
    const passages = passagesFor(question);
    const inPassages = new Set(entitiesIn(passages.map((p) => [...p.headings, p.text].join(' ')).join(' ')).map((e) => e.id));
    for (const s of suggestFollowUps({ question, passages, history: [] })) {
      for (const e of entitiesIn(s)) expect(inPassages.has(e.id), s).toBe(true);
    }
  });

  it('does not suggest what was already asked, in the question or the history', () => {
    const question = 'What are the symptoms of magnesium deficiency?';
    const history = ['Which foods are rich in magnesium?', { role: 'assistant' as const, text: 'Leafy greens [1].' }];
    const out = suggestFollowUps({ question, passages: passagesFor('magnesium deficiency symptoms foods blood tests', 6), history });
    for (const s of out) {
      const sameEntity = entitiesIn(s).some((e) => e.id === 'magnesium');
      const intents = detectIntents(s);
      if (sameEntity) {
        expect(intents).not.toContain('symptoms');
        expect(intents).not.toContain('foods');
      }
    }
  });

  it('drops a suggestion whose answer the passages do not hold', () => {
    const passages = [{ title: 'T', headings: ['Iron'], text: 'Iron is needed to make hemoglobin, which carries oxygen.' }];
    const out = suggestFollowUps({ question: 'What is iron?', passages, history: [] });
    expect(out.some((s) => /foods/i.test(s))).toBe(false);
    expect(out.some((s) => /diagnosed/i.test(s))).toBe(false);
  });

  it('returns nothing for passages that name nothing it knows', () => {
    expect(suggestFollowUps({ question: 'Hello?', passages: [{ title: 'T', headings: [], text: 'The weather is mild.' }], history: [] })).toEqual([]);
  });
});
