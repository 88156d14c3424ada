import { describe, expect, it } from 'vitest';
import { condenseQuery, topicOf, type ChatTurn } from '@/lib/question/follow-up';

/** Alternating user/assistant turns, starting with the user. */
function conversation(...texts: string[]): ChatTurn[] {
  return texts.map((text, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', text }));
}

const lower = (s: string) => s.toLowerCase();

describe('condenseQuery: follow-ups carry the topic', () => {
  it.each<[string[], RegExp[], RegExp[]]>([
    // [turns, must match, must not match]
    [['What is iron deficiency?', 'Iron deficiency can lead to anemia.', 'how is it diagnosed?'], [/iron deficiency/, /diagnosed/], [/\bit\b/]],
    [['Tell me about vitamin D', 'Vitamin D helps absorb calcium.', 'and who is at risk?'], [/vitamin d deficiency/, /at risk/], []],
    [['Tell me about vitamin B12', 'Vitamin B12 is needed for nerves.', 'which foods fix it?'], [/vitamin b12/, /foods/], [/\bit\b/]],
    [['What is magnesium deficiency?', 'Magnesium deficiency causes cramps.', 'what are the symptoms?'], [/magnesium deficiency/, /symptoms/], []],
    [['Why are my legs weak?', 'Potassium deficiency can cause muscle weakness.', 'is it serious?'], [/potassium/, /serious/], [/\bit\b/]],
    [['Can low iron cause heavy legs?', 'Yes.', 'what foods help with that?'], [/\biron\b/, /foods/], [/\bthat\b/]],
    [['Could low zinc slow healing?', 'It can.', 'are vegans often low in it?'], [/low in zinc/], [/low in low/]],
    [
      ['Which vitamin do older people absorb badly?', 'Vitamin B12 absorption falls with age.', 'what would that do to my nerves?'],
      [/vitamin b12/, /nerves/],
      [/\bthat\b/],
    ],
    [['What causes leg cramps?', 'Several things.', 'what about at night?'], [/leg cramps/, /night/], []],
    [['Should I buy supplements without asking anyone?', 'Not recommended.', 'what about zinc?'], [/zinc/, /supplements/], []],
    [['What is peripheral neuropathy?', 'Nerve damage.', 'what tests are used?'], [/peripheral neuropathy/, /tests/], []],
    [['Can diabetes cause numb feet?', 'Diabetic neuropathy can cause numbness [1].', 'is it reversible?'], [/diabet/, /reversible/], [/\bit\b/]],
    [['What does hypokalemia do?', 'It causes weakness.', 'how is it treated?'], [/hypokalemia/, /treated/], [/\bit\b/]],
    [['Do statins cause leg weakness?', 'Statins can cause myopathy.', 'why do they do that?'], [/statins/], []],
    [['What is restless legs syndrome?', 'RLS is an urge to move the legs.', 'what causes it?'], [/restless legs syndrome/, /causes/], [/\bit\b/]],
    [
      ['Which foods have iron?', 'Red meat, lentils.', 'What about vitamin D?', 'Fatty fish.', 'how is that diagnosed?'],
      [/vitamin d/, /diagnosed/],
      [/\bthat\b/],
    ],
    [['Is dehydration a cause of leg weakness?', 'Yes.', 'how can I prevent it?'], [/dehydration/, /prevent/], [/\bit\b/]],
    [['Tell me about calcium', 'Calcium is needed for contraction.', 'and the signs?'], [/calcium/, /signs/], []],
    [['Tell me about diabetic neuropathy', 'Nerve damage from diabetes.', 'is this condition treatable?'], [/diabet/, /treatable/], [/this condition/]],
  ])('%j', (texts, mustMatch, mustNotMatch) => {
    const query = lower(condenseQuery(conversation(...texts)));
    for (const re of mustMatch) expect(query).toMatch(re);
    for (const re of mustNotMatch) expect(query).not.toMatch(re);
  });
});

describe('condenseQuery: swapping the entity keeps the intent', () => {
  it.each<[string[], RegExp[], RegExp[]]>([
    [['What foods help with low potassium?', 'Bananas and spinach.', 'what about magnesium?'], [/foods/, /magnesium/], [/potassium/]],
    [['What are the symptoms of iron deficiency?', 'Fatigue.', 'and vitamin B12?'], [/symptoms/, /vitamin b12/], [/iron/]],
    [['Who is at risk of vitamin D deficiency?', 'People with little sun.', 'how about magnesium?'], [/at risk/, /magnesium/], [/vitamin d/]],
    [['How is hypokalemia diagnosed?', 'Blood tests.', 'what about calcium?'], [/diagnosed/, /calcium/], [/hypokalemia/]],
    [['Can statins cause leg weakness?', 'Yes.', 'what about diuretics?'], [/diuretics/, /leg weakness/], [/statins/]],
  ])('%j', (texts, mustMatch, mustNotMatch) => {
    const query = lower(condenseQuery(conversation(...texts)));
    for (const re of mustMatch) expect(query).toMatch(re);
    for (const re of mustNotMatch) expect(query).not.toMatch(re);
  });
});

describe('condenseQuery: follow-ups lean on what the answer named', () => {
  it('asks for foods of the nutrients the answer gave as the cause of a symptom', () => {
    const query = lower(
      condenseQuery(
        conversation('why do my calves twitch?', 'Deficiencies in magnesium, calcium and potassium can cause twitching [1].', 'what should I eat for that?'),
      ),
    );
    expect(query).toMatch(/eat/);
    for (const nutrient of ['magnesium', 'calcium', 'potassium']) expect(query).toContain(nutrient);
    expect(query).not.toMatch(/\bthat\b/);
  });

  it('then swaps one nutrient for another, keeping the food question', () => {
    const query = lower(
      condenseQuery(
        conversation(
          'what causes leg cramps at night?',
          'Magnesium deficiency is a well-known cause of night cramps [1].',
          'what foods fix that?',
          'Spinach, almonds [1].',
          'what about potassium?',
        ),
      ),
    );
    expect(query).toMatch(/foods/);
    expect(query).toMatch(/potassium/);
    expect(query).not.toMatch(/magnesium|leg potassium/);
  });

  it('swaps a group for one of its members', () => {
    const query = lower(condenseQuery(conversation('can pills cause muscle pain?', 'Some can [1].', 'what about diuretics in particular?')));
    expect(query).toMatch(/diuretics/);
    expect(query).not.toMatch(/pills/);
  });

  it('reads "is it good for …?" as asking about the topic, "is it normal for … to …" as not', () => {
    expect(lower(condenseQuery(conversation('what does magnesium do?', 'It relaxes muscles [1].', 'is it good for sleep?')))).toMatch(
      /magnesium good for sleep/,
    );
    expect(lower(condenseQuery(conversation('tell me about iron', 'It carries oxygen [1].', 'is it safe for children?')))).toMatch(/iron.*children/);
  });

  it('carries the topic into "… too?" and "enough" questions', () => {
    expect(lower(condenseQuery(conversation('tell me about folate', 'It helps make red blood cells [1].', 'can teenagers be affected too?')))).toMatch(
      /teenagers.*folate/,
    );
    expect(
      lower(condenseQuery(conversation('what does potassium do for my muscles?', 'It keeps them contracting [1].', "and what if I don't eat enough?"))),
    ).toMatch(/enough potassium/);
  });
});

describe('condenseQuery: self-contained questions stay as they are', () => {
  it.each<string[]>([
    ['What causes heavy legs?', 'Several things.', 'What causes leg cramps?'],
    ['Tell me about iron', 'Iron carries oxygen.', 'Which foods are rich in magnesium?'],
    ['What is vitamin D?', 'A vitamin.', 'is it normal to have cramps at night?'],
    ['What is vitamin D?', 'A vitamin.', 'is it normal for my legs to ache at night?'],
    ['What is potassium?', 'An electrolyte.', 'Can dehydration cause leg weakness?'],
    ['Why are my legs heavy?'],
  ])('%j', (...texts) => {
    const last = texts[texts.length - 1] as string;
    expect(condenseQuery(conversation(...texts))).toBe(last);
  });

  it('returns an empty string when there is no user turn', () => {
    expect(condenseQuery([])).toBe('');
    expect(condenseQuery([{ role: 'assistant', text: 'Hello' }])).toBe('');
  });

  it('uses the latest user turn even if an assistant turn follows it', () => {
    expect(condenseQuery(conversation('What is iron?', 'A mineral.', 'What is magnesium?', 'Another mineral.'))).toBe('What is magnesium?');
  });

  it('is deterministic', () => {
    const turns = conversation('What foods help with low potassium?', 'Bananas.', 'what about magnesium?');
    expect(condenseQuery(turns)).toBe(condenseQuery(turns));
  });
});

describe('topicOf', () => {
  it('prefers a nutrient or condition over a symptom and keeps the "low" form', () => {
    expect(topicOf('Does low potassium cause leg cramps?')?.surface).toBe('low potassium');
    expect(topicOf('Why do I get cramps from statins?')?.entity.id).toBe('statins');
  });

  it('returns null when nothing is named', () => {
    expect(topicOf('How are you today?')).toBeNull();
  });
});

describe('condenseQuery: the subject is what the previous answer was about', () => {
  it('takes the named thing the answer spoke of, not the first one the question named', () => {
    const query = lower(
      condenseQuery(conversation('is it iron or folate that makes legs tired?', 'Folate deficiency can cause tiredness [1].', 'how is it tested?')),
    );
    expect(query).toMatch(/folate/);
    expect(query).not.toMatch(/\biron\b/);
  });

  it("takes the answer's subject when the question named only a symptom", () => {
    expect(lower(condenseQuery(conversation('why do my feet burn?', 'Peripheral neuropathy can cause burning feet [1].', 'how is it treated?')))).toMatch(
      /peripheral neuropathy/,
    );
  });

  it('asks the cause of the effect: "what causes that?" after "can X cause <symptom>?"', () => {
    const query = lower(condenseQuery(conversation('can diabetes cause numb feet?', 'Yes [1].', 'what else could cause that?')));
    expect(query).toMatch(/numb/);
    expect(query).not.toMatch(/diabet/);
  });

  it('asks whether the described symptom is another condition: "could it be X?"', () => {
    const query = lower(
      condenseQuery(conversation('my feet tingle at night', 'Peripheral neuropathy causes tingling in the feet [1].', 'could it be sciatica?')),
    );
    expect(query).toMatch(/sciatica/);
    expect(query).toMatch(/tingl/);
    expect(query).not.toMatch(/peripheral neuropathy/);
  });
});

describe('condenseQuery: clarifications re-aim the previous question', () => {
  it('swaps in the thing named: "no, I meant zinc"', () => {
    const query = lower(condenseQuery(conversation('which foods have iron?', 'Red meat [1].', 'no, I meant zinc')));
    expect(query).toMatch(/foods/);
    expect(query).toMatch(/zinc/);
    expect(query).not.toMatch(/\biron\b/);
  });

  it('finds the thing by its class among what was said: "I meant the mineral, not the vitamin"', () => {
    const query = lower(
      condenseQuery(
        conversation('does vitamin D or calcium help bones?', 'Vitamin D helps absorb calcium [1].', 'sorry, I meant the mineral, not the vitamin'),
      ),
    );
    expect(query).toMatch(/calcium/);
    expect(query).not.toMatch(/vitamin d/);
  });

  it('is no clarification when nothing is named', () => {
    const turns = conversation('which foods have iron?', 'Red meat [1].', 'I mean, is that all?');
    expect(lower(condenseQuery(turns))).not.toMatch(/^which foods have iron\?$/);
  });
});

describe('condenseQuery: what was taken stays what was taken', () => {
  it('asks "is that safe?" of the supplement, not of a deficiency', () => {
    const query = lower(
      condenseQuery(conversation('should I take zinc supplements for healing?', 'Zinc helps wounds heal [1].', 'is that safe for teenagers?')),
    );
    expect(query).toMatch(/zinc supplements/);
    expect(query).not.toMatch(/deficiency/);
  });
});
