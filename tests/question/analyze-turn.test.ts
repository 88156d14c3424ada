import { describe, expect, it } from 'vitest';
import { analyzeQuestion, analyzeTurn, MAX_QUESTION_WORDS, turnAnalysisSchema, type ChatTurn } from '@/lib/question';

// A tiny corpus of our own: the words typos are corrected against.
const VOCABULARY = [
  'Zinc deficiency can slow wound healing and weaken the legs.',
  'Folate deficiency can cause tiredness. Leafy greens and beans contain folate.',
  'Peripheral neuropathy causes numbness and tingling in the feet.',
];

const turns = (...texts: string[]): ChatTurn[] => texts.map((text, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', text }));

describe('analyzeTurn', () => {
  it('reads the standalone query into the terms every later stage uses', () => {
    const a = analyzeTurn(turns('does zinc help wound healing?', 'Zinc deficiency can slow wound healing [1].', 'and what about folatte?'), VOCABULARY);
    expect(a.queryTerms.question).toBe(a.standaloneQuery);
    expect(a.queryTerms).toEqual(analyzeQuestion(a.standaloneQuery));
    expect(a.queryTerms.mentions.map((m) => m.entity.id)).toContain('folate');
    expect(a.queryTerms.mentions.map((m) => m.entity.id)).not.toContain('zinc');
    expect(a.intents).toEqual(a.queryTerms.intents);
    expect(a.entities.map((e) => e.id)).toEqual([...new Set(a.queryTerms.mentions.filter((m) => !m.entity.broad).map((m) => m.entity.id))]);
  });

  it('corrects typos once against the corpus, and reads entities, kind and focus', () => {
    const a = analyzeTurn(turns('can folatte defficiency cause tiredness?'), VOCABULARY);
    expect(turnAnalysisSchema.parse(a)).toEqual(a);
    expect(a.question).toBe('can folate deficiency cause tiredness?');
    expect(a.standaloneQuery).toBe(a.question);
    expect(a.followUp).toBe(false);
    expect(a.entities.map((e) => e.id)).toContain('folate');
    expect(a.focus).toBe('folate');
    expect(a.kind).toBe('yes-no');
    expect(a.expects).toBe('yes-no');
    expect(a.smallTalk).toBe(false);
  });

  it('marks a greeting alone as small talk with no query', () => {
    const a = analyzeTurn(turns('good evening!'), VOCABULARY);
    expect(a).toMatchObject({ smallTalk: true, question: '', standaloneQuery: '', politeness: ['greeting'], kind: 'small-talk' });
  });

  it('answers the question behind a greeting, and resolves a follow-up after thanks', () => {
    expect(analyzeTurn(turns('hi! what foods have folate?'), VOCABULARY)).toMatchObject({
      question: 'what foods have folate?',
      smallTalk: false,
      kind: 'foods',
    });
    const a = analyzeTurn(turns('what is peripheral neuropathy?', 'Peripheral neuropathy causes numbness [1].', 'thanks! how is it treated?'), VOCABULARY);
    expect(a.followUp).toBe(true);
    expect(a.standaloneQuery.toLowerCase()).toContain('peripheral neuropathy');
    expect(a.politeness).toEqual(['thanks']);
  });

  it('skips a small-talk turn in the history when it looks for the subject', () => {
    const a = analyzeTurn(
      turns(
        'what does zinc do for healing?',
        'Zinc deficiency can slow wound healing [1].',
        'ok thanks',
        'Glad that helped.',
        'who is at risk of running low on it?',
      ),
      VOCABULARY,
    );
    expect(a.standaloneQuery.toLowerCase()).toContain('zinc');
  });
});

describe('analyzeTurn on hostile input', () => {
  it('normalises white space and punctuation runs, and stays fast on long runs', () => {
    expect(analyzeTurn(turns('what   foods\n\nhave folate?!!!!!!'), VOCABULARY).question).toBe('what foods have folate?!!!');
    const history = turns('what foods have folate?', 'Beans [1].');
    const started = performance.now();
    for (const head of ['no, I meant zinc', 'what about zinc', 'what causes that']) {
      analyzeTurn([...history, { role: 'user', text: `${head}${' '.repeat(50_000)}x` }], VOCABULARY);
      analyzeTurn([...history, { role: 'user', text: `${head}${'!'.repeat(50_000)}` }], VOCABULARY);
    }
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('reads at most MAX_QUESTION_WORDS words of a message as the question', () => {
    const a = analyzeTurn(turns(`${'folate '.repeat(MAX_QUESTION_WORDS * 3)}?`), VOCABULARY);
    expect(a.question.split(' ').length).toBe(MAX_QUESTION_WORDS);
  });
});
