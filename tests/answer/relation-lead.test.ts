import { describe, expect, it } from 'vitest';
import { composeExtractiveAnswer } from '@/lib/answer/compose';
import { askedPolarity, explains, pointerResolvedByQuestion, questionForm, sentencePolarity } from '@/lib/answer/lead-sentence';
import type { PromptPassage } from '@/lib/answer/prompt';
import { analyzeQuestion } from '@/lib/question';

/** Synthetic passages: the mechanisms must work on any article, not only the corpus. */
const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });

const firstSentence = (answer: string) => answer.split(/(?<=\]\.)\s+/)[0] ?? '';

describe('a mechanism asked with "how"', () => {
  it('reads "how does X do Y?" as asking why, not a way to do something, a procedure or a comparison', () => {
    expect(questionForm('how does low zinc slow wound healing?')).toBe('why');
    expect(questionForm('How can a lack of copper make your feet numb?')).toBe('why');
    expect(questionForm('how do I get more zinc?')).toBe('open');
    expect(questionForm('how can you tell if copper is low?')).toBe('open');
    expect(questionForm('how is copper deficiency diagnosed?')).toBe('open');
    expect(questionForm('how does zinc compare with copper for healing?')).toBe('open');
  });
});

describe('explanation versus restatement', () => {
  const q = analyzeQuestion('how does low copper cause numb feet?');

  it('takes a reason or a means that brings words the question did not say', () => {
    expect(explains('Low copper causes numb feet by thinning the coating of sensory fibres.', q)).toBe(true);
    expect(explains('Copper is essential for building the sheath around each fibre.', q)).toBe(true);
    expect(explains('Feet go numb because the fibres lose their coating.', q)).toBe(true);
  });

  it('does not take the asked relation said again, nor the asked effect given as its own reason', () => {
    expect(explains('Low copper is a common cause of numb feet.', q)).toBe(false);
    expect(explains('Low copper can lead to numb feet.', q)).toBe(false);
    expect(explains('Some people get numb feet due to low copper.', q)).toBe(false);
    // Advice is not a role.
    expect(explains('It is important to see a doctor about numb feet.', q)).toBe(false);
  });

  it('leads a "how does X cause Y?" answer with the mechanism, not the restatement before it', () => {
    const passage = P(
      1,
      'Low copper is a well-known cause of numb feet in older adults. Low copper causes numb feet by thinning the coating of sensory fibres. Numb feet can also follow long walks.',
      ['Copper and numb feet'],
    );
    const answer = composeExtractiveAnswer('how does low copper cause numb feet?', [passage]);
    expect(firstSentence(answer)).toContain('by thinning the coating');
  });
});

describe('a reason that points at the asked effect', () => {
  it('reads "This is because …" as answering a "why" question on its own', () => {
    const why = analyzeQuestion('why does low copper make feet numb?');
    expect(pointerResolvedByQuestion('This is because copper keeps the fibre coating intact.', why)).toBe(true);
    expect(pointerResolvedByQuestion('This is because copper keeps the fibre coating intact.', analyzeQuestion('can low copper make feet numb?'))).toBe(false);
    expect(pointerResolvedByQuestion('This can also cause numb hands.', why)).toBe(false);
  });

  it('leads with the reason and lets the sentence it leans on follow', () => {
    const passage = P(
      1,
      'In advanced cases, low copper can leave the feet numb and the gait unsteady. This is because copper keeps the fatty coating of sensory fibres intact. Oysters and nuts are rich in copper.',
      ['Copper'],
    );
    const answer = composeExtractiveAnswer('why does low copper make feet numb?', [passage]);
    expect(firstSentence(answer)).toMatch(/^This is because copper keeps/);
    expect(answer).toContain('In advanced cases, low copper can leave the feet numb');
  });
});

describe('the amount asked about', () => {
  it('tells a question about too much from one about too little', () => {
    expect(askedPolarity(analyzeQuestion('can you take too much zinc?'))).toBe('excess');
    expect(askedPolarity(analyzeQuestion('what are the side effects of zinc tablets?'))).toBe('excess');
    expect(askedPolarity(analyzeQuestion('what happens if my zinc is low?'))).toBe('none');
    // "hyper-" words that are not a level in the blood are not an excess.
    expect(askedPolarity(analyzeQuestion('why does low zinc cause hypersensitivity?'))).toBe('none');
  });

  it('tells sentences about an excess from sentences about a deficiency', () => {
    expect(sentencePolarity('Taking excessive zinc can have adverse effects such as nausea.')).toBe('excess');
    expect(sentencePolarity('Hyperzincemia is rare.')).toBe('excess');
    expect(sentencePolarity('Zinc deficiency slows wound healing.')).toBe('deficiency');
    expect(sentencePolarity('Zinc is found in oysters.')).toBe('none');
  });

  it('does not lead a question about too much with a deficiency sentence when the passages speak of the excess', () => {
    const passage = P(
      1,
      'Zinc deficiency slows wound healing and weakens the legs. Low zinc levels are common in older adults who eat little meat. Excessive zinc supplementation can have adverse effects, such as nausea and low copper.',
      ['Zinc'],
    );
    const answer = composeExtractiveAnswer('can you take too much zinc?', [passage]);
    expect(firstSentence(answer)).toContain('Excessive zinc supplementation');
  });
});

describe('a pointer whose noun the question names', () => {
  it('reads "These minerals are …" as standing on its own when the question names the minerals, and nothing else in it points back', () => {
    const q = analyzeQuestion('How do low trace minerals slow wound healing?');
    expect(pointerResolvedByQuestion('These minerals are needed for wound repair.', q)).toBe(true);
    expect(pointerResolvedByQuestion('These fibres are needed for wound repair.', q)).toBe(false);
    expect(pointerResolvedByQuestion('These minerals are needed for this process.', q)).toBe(false);
  });

  it('leads with it, the sentence it leans on after it', () => {
    const passage = P(
      1,
      'Long fasting often coincides with low trace minerals, notably zinc and copper. These minerals are needed for wound repair and the skin barrier. Oysters are rich in zinc.',
      ['Trace minerals'],
    );
    const answer = composeExtractiveAnswer('How do low trace minerals slow wound healing?', [passage]);
    expect(firstSentence(answer)).toMatch(/^These minerals are needed for wound repair/);
    expect(answer).toContain('Long fasting often coincides');
  });
});
