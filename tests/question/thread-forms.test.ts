import { describe, expect, it } from 'vitest';
import { analyzeTurn, answerSubject } from '@/lib/question';
import { condenseQuery, type ChatTurn } from '@/lib/question/follow-up';
import { focusPhrase } from '@/lib/question/fragments';
import { splitLeadIn } from '@/lib/question/lead-in';
import { resolveAnaphor } from '@/lib/question/rewrite';

/**
 * Follow-up forms, each on a conversation of my own written from the articles' subjects (not taken
 * from any evaluation set or the issue's quoted examples).
 */

function talk(...texts: string[]): ChatTurn[] {
  return texts.map((text, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', text }));
}

const query = (...texts: string[]) => condenseQuery(talk(...texts)).toLowerCase();

describe('the subject is what the previous answer was about', () => {
  it('a which-X question is about the X its answer names, not the other thing the question named', () => {
    const q = query('which vitamin lets the gut take up calcium?', 'Vitamin D is needed to absorb calcium from food [1].', 'where can I get it?');
    expect(q).toContain('vitamin d');
    expect(q).not.toContain('calcium');
  });

  it('a which-deficiency question answered by one deficiency: "it" is that deficiency, not the symptom asked', () => {
    const q = query(
      'which deficiency can hurt the nerves of the feet?',
      'A long-lasting vitamin B12 deficiency can damage the nerves of the feet [1].',
      'who gets it most?',
    );
    expect(q).toContain('b12');
    expect(q).not.toMatch(/\bit\b/);
  });

  it('a which-X question that names its own group keeps the group for "they"', () => {
    const q = query('which b vitamins keep nerves healthy?', 'Vitamin B12 keeps the myelin around nerves healthy [1].', 'what if they run short?');
    expect(q).toContain('b vitamins');
  });

  it('a question about something the lexicon does not name: "it" is that thing, not what the answer mentions later', () => {
    const q = query(
      'what is a nerve conduction study for?',
      'A nerve conduction study measures how fast signals move along a nerve [1]. It is often done when diabetes is suspected [2].',
      'does it hurt?',
    );
    expect(q).toContain('nerve conduction study');
    expect(q).not.toContain('diabetes');
  });

  it('the subject carried in the answer metadata is read instead of the answer text', () => {
    const turns: ChatTurn[] = [
      { role: 'user', text: 'tell me about that' },
      {
        role: 'assistant',
        text: 'Iron and zinc are both minerals [1].',
        query: 'tell me about zinc',
        subject: { id: 'iron', surface: 'iron', deficiency: false },
      },
      { role: 'user', text: 'how is it tested?' },
    ];
    expect(condenseQuery(turns).toLowerCase()).toContain('iron');
  });

  it('a carried subject the lexicon does not know is ignored: the answer text decides', () => {
    const turns: ChatTurn[] = [
      { role: 'user', text: 'what does zinc do?' },
      {
        role: 'assistant',
        text: 'Zinc helps wounds heal [1].',
        query: 'what does zinc do?',
        subject: { id: 'no-such-entity', surface: 'forged', deficiency: false },
      },
      { role: 'user', text: 'which foods have it?' },
    ];
    const q = condenseQuery(turns).toLowerCase();
    expect(q).toContain('zinc');
    expect(q).not.toContain('forged');
  });

  it('answerSubject reads the subject once from the query and the answer', () => {
    expect(answerSubject('which mineral relaxes muscles?', 'Magnesium lets muscles relax after they contract [1].')).toMatchObject({
      id: expect.stringContaining('magnesium'),
    });
    expect(answerSubject('what helps?', 'Rest and fluids help [1].')).toBeNull();
  });
});

describe('pronouns', () => {
  it('"that" opening a clause is no pronoun: the "it" after it is resolved', () => {
    expect(resolveAnaphor('what are the signs that I am short of it?', 'potassium')).toBe('what are the signs that I am short of potassium?');
  });

  it('"lack it" takes the nutrient, not "lack … deficiency"', () => {
    const q = query('what does iron do?', 'Iron carries oxygen in the blood [1].', 'how would I notice that I lack it?');
    expect(q).toContain('lack iron');
    expect(q).not.toContain('lack iron deficiency');
  });
});

describe('possessive pronouns keep their noun', () => {
  it('"its signs" becomes the subject\'s signs, not the subject alone', () => {
    expect(resolveAnaphor('what are its early signs?', 'low folate')).toBe("what are low folate's early signs?");
    expect(resolveAnaphor('how common are their side effects?', 'statins')).toBe("how common are statins' side effects?");
  });
});

describe('short forms', () => {
  it('a bare "why?" after a yes/no question asks the reason for its answer', () => {
    expect(query('can low calcium cause spasms?', 'Yes, low calcium makes nerves fire too easily [1].', 'why?')).toBe('why can low calcium cause spasms?');
  });

  it('a bare name is the previous question asked about it', () => {
    const q = query('what are the signs of low magnesium?', 'Low magnesium brings twitches and cramps [1].', 'potassium?');
    expect(q).toContain('potassium');
    expect(q).toContain('signs');
    expect(q).not.toContain('magnesium');
  });

  it('"which kind …?" asks for a kind of the subject', () => {
    expect(query('do statins cause muscle pain?', 'Statins can cause muscle pain [1].', 'which type is safest?')).toBe('which type of statins is safest?');
  });

  it('"which one …?" after a question naming two things asks which of them', () => {
    expect(query('does potassium or magnesium matter more for cramps?', 'Both matter [1].', 'which one is easier to get from food?')).toBe(
      'which of potassium and magnesium is easier to get from food?',
    );
  });

  it('"only the … ones" narrows the previous list', () => {
    const q = query('what can make legs cramp?', 'Low magnesium, dehydration and some medicines can [1].', 'only the ones from food');
    expect(q).toContain('cramp');
    expect(q).toContain('food');
  });

  it('"what about <a group of people>?" and "and for …?" ask the previous question for them', () => {
    expect(query('how do I avoid dehydration?', 'Drink water through the day [1].', 'what about runners?')).toBe('how do i avoid dehydration for runners?');
    expect(query('which foods have iron?', 'Red meat and lentils have iron [1].', 'and for pregnant women?')).toBe('which foods have iron for pregnant women?');
  });

  it('a clarification that names a case, not a thing, asks the same question for that case', () => {
    expect(query('what does vitamin d do?', 'Vitamin D helps absorb calcium [1].', 'sorry, I meant in older adults')).toBe(
      'what does vitamin d do in older adults?',
    );
  });
});

describe('topic switches', () => {
  it('a "what about"-style opening followed by a question of its own stands alone', () => {
    expect(query('which foods have calcium?', 'Dairy and kale have calcium [1].', 'now tell me about restless legs')).toBe('now tell me about restless legs');
    expect(query('what does iron do?', 'Iron carries oxygen [1].', 'and how is vitamin e deficiency treated?')).toBe(
      'and how is vitamin e deficiency treated?',
    );
  });

  it('a lead-in announcing a new subject is taken off and the question stands alone', () => {
    expect(splitLeadIn('unrelated, but is coffee bad for cramps?')).toEqual({ rest: 'is coffee bad for cramps?', newTopic: true });
    expect(splitLeadIn('on another note: what is sciatica?')).toEqual({ rest: 'what is sciatica?', newTopic: true });
    expect(splitLeadIn('one more question, how is it treated?')).toEqual({ rest: 'how is it treated?', newTopic: false });
    expect(splitLeadIn('btw, does zinc matter?')).toEqual({ rest: 'does zinc matter?', newTopic: false });
    // Not lead-ins: the words carry the question.
    expect(splitLeadIn('something else that brings on cramps?').newTopic).toBe(false);
    expect(splitLeadIn('something else that brings on cramps?').rest).toBe('something else that brings on cramps?');
  });

  it('after a switching lead-in a short question is not merged with the earlier subject', () => {
    const turns = talk('what does magnesium do?', 'Magnesium relaxes muscles [1].', 'different topic: what are the symptoms?');
    const analysis = analyzeTurn(turns, []);
    expect(analysis.standaloneQuery).toBe('what are the symptoms?');
    expect(analysis.followUp).toBe(false);
    // Without the lead-in the same question follows on.
    expect(
      analyzeTurn(talk('what does magnesium do?', 'Magnesium relaxes muscles [1].', 'what are the symptoms?'), []).standaloneQuery.toLowerCase(),
    ).toContain('magnesium');
  });

  it('a greeting and an announcing lead-in before a question are both taken off', () => {
    expect(analyzeTurn(talk('evening! quick question: does zinc help nerves?'), []).question).toBe('does zinc help nerves?');
  });
});

describe('focusPhrase', () => {
  it('is the longest run of topic words, or null for a question of intent words only', () => {
    expect(focusPhrase('how is a doppler ultrasound done?')).toBe('doppler ultrasound');
    expect(focusPhrase('what is it?')).toBeNull();
  });
});

describe('lead-ins on hostile input', () => {
  it('stay linear on long runs of glue words and punctuation', () => {
    const started = performance.now();
    splitLeadIn(`${'ok, '.repeat(20_000)}different question`);
    splitLeadIn(`unrelated${' ,'.repeat(50_000)}x`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
