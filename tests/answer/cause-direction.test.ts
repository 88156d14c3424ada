import { describe, expect, it } from 'vitest';
import { askedEffects, statesCauseOf } from '@/lib/answer/cause-direction';
import { composeExtractiveAnswer } from '@/lib/answer/compose';
import type { PromptPassage } from '@/lib/answer/prompt';
import { analyzeQuestion } from '@/lib/question';

/** Synthetic passages of my own: which way a cause question points. */
const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });
const sentences = (answer: string) => answer.replace(/^- /gm, '').split(/(?<=\]\.)\s+/);
const effects = (question: string) => [...askedEffects(analyzeQuestion(question))];

describe('the thing a question asks the causes of', () => {
  it('is the one named after a cause word, in clinical and everyday wording', () => {
    expect(effects('what tends to bring on low zinc?')).toEqual(['zinc']);
    expect(effects('can heavy periods leave me short on iron?')).toEqual(['iron']);
    expect(effects('why does a copper deficiency develop?')).toEqual(['copper']);
  });

  it('is not the thing whose own effects are asked, nor one named first as the cause', () => {
    expect(effects('what does low zinc cause?')).toEqual([]);
    expect(effects('can low iron cause tiredness?')).toEqual([]);
    expect(effects('hypokalemia leading to potassium loss in the urine')).toEqual([]);
  });
});

describe('a sentence naming the asked thing as the effect', () => {
  const zinc = new Set(['zinc']);
  it('has it right after a cause word or right before "due to"', () => {
    expect(statesCauseOf('Long courses of some antacids can induce zinc deficiency.', zinc)).toBe(true);
    expect(statesCauseOf('Zinc deficiency in older adults is often due to a poor appetite.', zinc)).toBe(true);
  });
  it('does not when the thing is what does the causing', () => {
    expect(statesCauseOf('Zinc deficiency causes slow wound healing and weak legs.', zinc)).toBe(false);
    expect(statesCauseOf('Slow healing follows; zinc is also needed for taste.', zinc)).toBe(false);
    expect(statesCauseOf('Zinc deficiency causes weak legs due to nerve damage.', zinc)).toBe(false);
  });
});

describe('the answer to what brings a thing about', () => {
  const passages = [
    P(1, 'Zinc deficiency weakens the legs, slows the healing of wounds and dulls the sense of taste in people with zinc deficiency.', ['Zinc deficiency']),
    P(2, 'Long courses of some antacids, heavy drinking and a diet without meat can induce zinc deficiency.', ['Zinc']),
    P(3, 'Zinc deficiency also lowers the body defences against infection.', ['Zinc deficiency']),
  ];

  it('opens with the sentence naming its causes, not with what it does', () => {
    const answer = composeExtractiveAnswer('what can cause zinc deficiency?', passages);
    expect(sentences(answer)[0]).toMatch(/^Long courses of some antacids/);
  });

  it('still opens with what it does when that is what was asked', () => {
    const answer = composeExtractiveAnswer('what does zinc deficiency do to the legs?', passages);
    expect(sentences(answer)[0]).toMatch(/^Zinc deficiency weakens the legs/);
  });
});
