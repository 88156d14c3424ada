import { describe, expect, it } from 'vitest';
import { condenseQuery, type ChatTurn } from '@/lib/question/follow-up';

/**
 * Clarifications that point instead of naming: by a qualifier ("the high one"), by place ("the
 * second", "the last one"), as "the other one", or by what the answer said of it ("the one about
 * nerves"). Our own conversations, worded from the articles.
 */

function conversation(...texts: string[]): ChatTurn[] {
  return texts.map((text, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', text }));
}

const condensed = (...texts: string[]) => condenseQuery(conversation(...texts)).toLowerCase();

describe('a clarification by a qualifier re-aims the previous subject', () => {
  it('takes the qualified name the answer used, dropping the old qualifier ("low calcium" → "high calcium")', () => {
    const query = condensed(
      'how does low calcium affect the muscles?',
      'Low calcium makes nerves fire too easily [1]. High calcium can leave muscles weak [1].',
      'no, I meant the high one',
    );
    expect(query).toMatch(/high calcium/);
    expect(query).toMatch(/muscles/);
    expect(query).not.toMatch(/\blow\b/);
  });

  it('puts the word before the subject when the answer never qualified it so', () => {
    const query = condensed('what does dehydration do to the legs?', 'It can cause cramps [1].', 'sorry, I mean the severe one');
    expect(query).toMatch(/severe dehydration/);
    expect(query).toMatch(/legs/);
  });

  it('leaves a class word to the class lookup ("the mineral one" is calcium, not "mineral vitamin d")', () => {
    const query = condensed('does vitamin D or calcium keep bones strong?', 'Vitamin D helps the gut absorb calcium [1].', 'no, I meant the mineral one');
    expect(query).toMatch(/calcium/);
    expect(query).not.toMatch(/mineral/);
  });
});

describe('a clarification by place picks a thing the previous answer named', () => {
  it('"the second": the second option the question offered, and the choice it settles reads as one name', () => {
    const query = condensed('is iron or magnesium better for cramps?', 'Iron carries oxygen; magnesium relaxes muscles [1].', 'sorry, I meant the second');
    expect(query).toMatch(/magnesium/);
    expect(query).not.toMatch(/\biron\b/);
    expect(query).toMatch(/cramps/);
  });

  it('"the last one": the last thing named', () => {
    const query = condensed(
      'which nutrients matter for nerve health?',
      'Vitamin B12, vitamin E and copper all support nerves [1].',
      'no, I meant the last one',
    );
    expect(query).toMatch(/copper/);
  });

  it('"the other one": another thing of the same kind, not a symptom named on the way', () => {
    const query = condensed('what does low potassium do?', 'Low potassium causes cramps; low sodium does too [1].', 'no, I meant the other one');
    expect(query).toMatch(/sodium/);
    expect(query).not.toMatch(/cramps/);
  });

  it('is no clarification of anything when the answer named too few things', () => {
    const query = condensed('what does zinc do?', 'Zinc helps wounds heal [1].', 'no, I meant the third');
    expect(query).not.toMatch(/^what does zinc do\?$/);
  });
});

describe('a clarification by description picks the thing the answer said it of', () => {
  it('"the one about muscles": the thing whose sentence spoke of muscles, not the one answered first', () => {
    const query = condensed(
      'what do vitamin E and magnesium protect?',
      'Vitamin E protects nerve cells from oxidative damage [1]. Magnesium helps muscles relax after they contract [2].',
      'sorry, I was asking about the one that helps muscular relaxation',
    );
    expect(query).toMatch(/magnesium/);
    expect(query).not.toMatch(/vitamin e/);
  });

  it('reads a word stem, so "nerves" finds a sentence about nerve cells', () => {
    const query = condensed(
      'what do vitamin E and magnesium protect?',
      'Magnesium helps muscles relax [2]. Vitamin E protects nerve cells from oxidative damage [1].',
      'no, I meant the one about nerves',
    );
    expect(query).toMatch(/vitamin e/);
    expect(query).not.toMatch(/magnesium/);
  });

  it('changes nothing when the description fits no sentence of the answer', () => {
    const query = condensed('what does iron do?', 'Iron carries oxygen to the muscles [1].', 'no, I meant the one about eyesight');
    expect(query).not.toMatch(/^what does iron do\?$/);
    expect(query).not.toMatch(/vitamin|magnesium|calcium/);
  });
});

describe('a pointer on its own, without "I meant", is a clarification too', () => {
  const question = 'what does low calcium do to the nerves?';
  const answer = 'Low calcium makes nerves fire too easily [1]. High calcium can slow them down [1].';

  it.each(['what about the high one?', 'and the high one?', 'thanks! the high one?'])('%s', (followUp) => {
    const query = condensed(question, answer, followUp);
    expect(query).toMatch(/high calcium/);
    expect(query).toMatch(/nerves/);
    expect(query).not.toMatch(/\bone\b/);
  });

  it('"what about the second one?" after a question offering two things', () => {
    const query = condensed('can zinc or copper help nerve repair?', 'Copper supports nerve health [1].', 'what about the second one?');
    expect(query).toMatch(/copper/);
    expect(query).not.toMatch(/zinc/);
  });

  it('is no pointer when more than a pointer follows ("what about the symptoms?")', () => {
    const query = condensed(question, answer, 'what about the symptoms?');
    expect(query).not.toMatch(/high calcium/);
    expect(query).toMatch(/symptoms/);
  });
});
