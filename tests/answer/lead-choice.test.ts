import { describe, expect, it } from 'vitest';
import { composeExtractiveAnswer } from '@/lib/answer/compose';
import { asksSameQuestion } from '@/lib/answer/faq-match';
import { barredFromLead, fitsQuestionForm, leadRole } from '@/lib/answer/lead-sentence';
import type { PromptPassage } from '@/lib/answer/prompt';
import { leadCandidates, scoreUnits, type ScoredUnit } from '@/lib/answer/select-sentences';
import { analyzeQuestion } from '@/lib/question';

/** Synthetic passages of my own: the lead must be chosen by mechanism, on any article. */
const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });
const firstSentence = (answer: string) => answer.replace(/^- /, '').split(/(?<=\]\.)\s+/)[0] ?? '';

describe('an FAQ answer to the question asked', () => {
  const faq = P(
    1,
    'Does a copper shortage make the feet go numb? Yes, a lack of copper can slowly damage the nerves of the feet. Copper is also needed for red cells.',
    ['Frequently Asked Questions'],
  );
  const other = P(2, 'Copper deficiency is rare, and copper deficiency is found mostly after stomach surgery, with numb feet in some people.', ['Copper']);

  it('is recognised as the same question in other words, not by one shared name', () => {
    const faqQuestion = 'Does a copper shortage make the feet go numb?';
    expect(asksSameQuestion(analyzeQuestion('can low copper make my feet numb?'), faqQuestion)).toBe(true);
    expect(asksSameQuestion(analyzeQuestion('is copper stored in the liver?'), faqQuestion)).toBe(false);
  });

  it('leads the answer with its own "Yes, …"', () => {
    const answer = composeExtractiveAnswer('can low copper make my feet numb?', [other, faq]);
    expect(firstSentence(answer)).toMatch(/^Yes, a lack of copper can slowly damage the nerves of the feet \[\d\]\.$/);
  });

  it('keeps its "Yes, …" first for a yes/no question asked after a condition', () => {
    const answer = composeExtractiveAnswer('if my feet go numb is it a copper shortage?', [other, faq]);
    expect(firstSentence(answer)).toMatch(/^Yes, a lack of copper/);
  });

  it('does not lead a question of another form', () => {
    const answer = composeExtractiveAnswer('what happens to the feet when copper runs low?', [other, faq]);
    expect(firstSentence(answer)).not.toMatch(/^Yes,/);
  });
});

describe('what never leads', () => {
  it("does not open with one study's finding when a sentence states the answer", () => {
    expect(leadRole('One study found that cyclists low in zinc had more calf cramps.')).toBe('evidence');
    const q = analyzeQuestion('does low zinc cause calf cramps?');
    expect(barredFromLead('One study found that cyclists low in zinc had more calf cramps.', q)).toBe(true);
    const passages = [
      P(1, 'One study found that cyclists low in zinc had more calf cramps after long rides in the heat.', ['Zinc']),
      P(2, 'Zinc deficiency can cause calf cramps.', ['Zinc']),
    ];
    expect(firstSentence(composeExtractiveAnswer('does low zinc cause calf cramps?', passages))).toBe('Zinc deficiency can cause calf cramps [2].');
  });
});

describe('the form of the question', () => {
  it('takes "can help" as the relation a yes/no question asks about', () => {
    const q = analyzeQuestion('can sunlight help my bones?');
    expect(fitsQuestionForm('Regular sunlight can help the body make its own vitamin D.', q)).toBe(true);
  });

  it('does not answer "which minerals does X work with?" by naming X again', () => {
    const q = analyzeQuestion('which minerals does zinc work with?');
    expect(fitsQuestionForm('Zinc is a mineral needed by nerves.', q)).toBe(false);
    expect(fitsQuestionForm('Zinc works with copper in the nerves.', q)).toBe(true);
  });
});

describe("the lead carries the question's focus", () => {
  it('opens with the sentence naming both things asked about, not the one naming one of them', () => {
    const passages = [
      P(
        1,
        'Zinc deficiency is a common cause of muscle weakness and leg cramps in older adults. ' + 'Low copper and low zinc together can leave the legs weak.',
        ['Zinc'],
      ),
    ];
    expect(firstSentence(composeExtractiveAnswer('zinc and copper deficiency weak legs', passages))).toBe(
      'Low copper and low zinc together can leave the legs weak [1].',
    );
  });
});

describe('lead candidates', () => {
  // Scores set by hand, so only the tiers decide: the mechanisms, not the weights, are under test.
  const rescored = (units: readonly ScoredUnit[], scores: Record<string, number>): ScoredUnit[] =>
    units.map((u) => ({ ...u, score: scores[u.text.slice(0, 12)] ?? u.score })).sort((a, b) => b.score - a.score);

  it("put the articles' own answer to the same question first, however it scores", () => {
    const passages = [
      P(1, 'Copper is found in liver and cashews, and low copper in the feet is rare in meat eaters.', ['Copper']),
      P(2, 'How does a copper shortage affect the feet? A lack of copper slowly damages the nerves of the feet.', ['Frequently Asked Questions']),
    ];
    const q = analyzeQuestion('how does low copper affect my feet?');
    const ranked = rescored(scoreUnits(q, passages), { 'Copper is fo': 2, 'A lack of co': 0.2 });
    expect(leadCandidates(ranked, q)[0]?.text).toBe('A lack of copper slowly damages the nerves of the feet.');
    // Asked in another form, the FAQ's answer is no longer the answer to this question.
    const yesNo = analyzeQuestion('does low copper affect my feet?');
    expect(leadCandidates(rescored(scoreUnits(yesNo, passages), { 'Copper is fo': 2, 'A lack of co': 0.2 }), yesNo)[0]?.text).not.toBe(
      'A lack of copper slowly damages the nerves of the feet.',
    );
  });

  it('put a lead carrying more of the focus before a better-scoring one carrying less', () => {
    const passages = [P(1, 'Zinc deficiency often comes with tired legs in winter. Zinc and copper deficiency both slow nerve repair.', ['Zinc'])];
    const q = analyzeQuestion('zinc and copper deficiency nerve repair');
    const ranked = rescored(scoreUnits(q, passages), { 'Zinc deficie': 2, 'Zinc and cop': 1.8 });
    expect(leadCandidates(ranked, q)[0]?.text).toBe('Zinc and copper deficiency both slow nerve repair.');
  });

  it('count a thing named by another of its names as named', () => {
    const passages = [P(1, 'Calcium deficiency slows nerve repair in winter. Hypocalcemia and copper deficiency both slow nerve repair.', ['Calcium'])];
    const q = analyzeQuestion('calcium and copper deficiency nerve repair');
    const ranked = rescored(scoreUnits(q, passages), { 'Calcium defi': 2, Hypocalcemia: 1.8 });
    expect(leadCandidates(ranked, q)[0]?.text).toBe('Hypocalcemia and copper deficiency both slow nerve repair.');
  });
});
