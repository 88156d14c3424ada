import { describe, expect, it } from 'vitest';
import { condenseQuery, type ChatTurn } from '@/lib/question/follow-up';

/**
 * thread10's follow-up mechanisms, each on conversations written for this file (not taken from any
 * evaluation set, own set 2 included, nor from the issue's examples).
 */

function talk(...texts: string[]): ChatTurn[] {
  return texts.map((text, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', text }));
}

const query = (...texts: string[]) => condenseQuery(talk(...texts)).toLowerCase();

describe('a correction that names one thing re-aims the previous question', () => {
  it('takes the new nutrient in place of the old, whatever words come around it', () => {
    const q = query('which foods give you magnesium?', 'Spinach, almonds and black beans give magnesium [1].', 'hmm, scratch that, calcium');
    expect(q).toContain('calcium');
    expect(q).toContain('foods');
    expect(q).not.toContain('magnesium');
  });

  it('re-aims a drug question at another drug', () => {
    const q = query('how do diuretics affect potassium?', 'Diuretics can cause hypokalemia [1].', 'my mistake, statins I mean');
    expect(q).toContain('statins');
    expect(q).not.toContain('diuretics');
  });

  it('leaves a turn that asks a new kind of thing to the other rules', () => {
    const q = query('which foods give you magnesium?', 'Spinach, almonds and black beans give magnesium [1].', 'is calcium dangerous to take?');
    expect(q).not.toContain('foods');
  });

  it('does not re-aim when the named thing is of another kind', () => {
    const q = query('which foods give you magnesium?', 'Spinach, almonds and black beans give magnesium [1].', 'mostly leg cramps, really');
    expect(q).not.toMatch(/foods give you leg cramps/);
  });
});

describe('a what-about swap says "too little" once', () => {
  it('keeps the previous wording of the deficiency and puts in the bare name', () => {
    const q = query('does not enough iron make you tired?', 'Yes, iron deficiency causes fatigue [1].', 'what about magnesium deficiency?');
    expect(q).toContain('not enough magnesium');
    expect(q).not.toMatch(/magnesium deficiency/);
  });
});

describe('a bare group or case asks the previous question for it', () => {
  const before = ['what can I eat for more iron?', 'Red meat, lentils and spinach are good sources of iron [1].'] as const;

  it('asks the previous question for the group named', () => {
    const q = query(...before, 'teenagers?');
    expect(q).toContain('iron');
    expect(q).toContain('teenagers');
  });

  it('leaves a word that reaches nothing in the articles alone', () => {
    expect(query(...before, 'hmm')).toBe('hmm');
  });
});
