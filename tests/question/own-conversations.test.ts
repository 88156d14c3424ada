import { describe, expect, it } from 'vitest';
import { analyzeTurn } from '@/lib/question';
import { condenseQuery, type ChatTurn } from '@/lib/question/follow-up';

/**
 * Two- and three-turn conversations written for this test from the articles' subjects (not taken
 * from any gold or held-out set): pronouns, "what about …", narrowing, clarification, topic
 * switches, greetings and thanks.
 */

function conversation(...texts: string[]): ChatTurn[] {
  return texts.map((text, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', text }));
}

// The words typos are corrected against: a few sentences of our own about the same subjects.
const VOCABULARY = [
  'Peripheral neuropathy is often caused by diabetes.',
  'Leg swelling can come from a blood clot or heart failure; the signs of a clot include warmth and pain.',
];

type Case = { name: string; turns: string[]; must: RegExp[]; mustNot: RegExp[] };

const cases: Case[] = [
  {
    name: 'pronoun → the condition asked and answered',
    turns: ['What are the symptoms of vitamin B12 deficiency?', 'Vitamin B12 deficiency can cause numbness and tingling in the legs.', 'How is it treated?'],
    must: [/vitamin b12 deficiency/, /treated/],
    mustNot: [/\bit\b/],
  },
  {
    name: 'what-about swaps the nutrient',
    turns: ['Which foods are rich in iron?', 'Red meat, beans and spinach are good sources of iron.', 'What about magnesium?'],
    must: [/foods/, /magnesium/],
    mustNot: [/\biron\b/],
  },
  {
    name: 'foods after an answer naming nutrients',
    turns: ['What causes leg cramps?', 'Leg cramps can be caused by dehydration, low potassium or low magnesium.', 'Which foods have them?'],
    must: [/potassium/, /magnesium/, /foods/],
    mustNot: [],
  },
  {
    name: 'pronoun → the low nutrient',
    turns: ['Can low potassium cause leg weakness?', 'Yes, low potassium (hypokalemia) can cause muscle weakness and cramps.', 'How is it diagnosed?'],
    must: [/potassium/, /diagnosed/],
    mustNot: [/\bit\b/],
  },
  {
    name: 'thanks before a follow-up',
    turns: [
      'What are the symptoms of iron deficiency?',
      'Iron deficiency can cause fatigue, pale skin and restless legs.',
      'Thanks! And what foods help with it?',
    ],
    must: [/\biron\b/, /foods/],
    mustNot: [/\bit\b/],
  },
  {
    name: '"low on it"',
    turns: ['What does vitamin D do?', 'Vitamin D helps the body absorb calcium.', 'What happens if I am low on it?'],
    must: [/low on vitamin d/],
    mustNot: [/calcium/],
  },
  {
    name: 'topic switch with its own subject stands alone',
    turns: [
      'What causes leg weakness?',
      'Leg weakness can be caused by nerve damage, stroke or multiple sclerosis.',
      'Tell me about vitamin D deficiency symptoms',
    ],
    must: [/^tell me about vitamin d deficiency symptoms$/],
    mustNot: [/weakness/],
  },
  {
    name: 'which-X answered with one thing: "it" is that thing',
    turns: [
      'Which vitamin deficiency causes numbness in the feet?',
      'Vitamin B12 deficiency can damage nerves and cause numbness in the feet.',
      'Who is at risk for it?',
    ],
    must: [/vitamin b12/, /risk/],
    mustNot: [/for numbness/],
  },
  {
    name: 'answer listing several causes: "it" stays the symptom asked',
    turns: ['What causes leg weakness?', 'Leg weakness can be caused by nerve damage, a stroke, multiple sclerosis or low potassium.', 'How is it treated?'],
    must: [/leg weakness/, /treated/],
    mustNot: [/nerve damage/, /\bit\b/],
  },
  {
    name: 'answer listing several conditions: "it" stays the symptom',
    turns: [
      'Why do my legs feel heavy?',
      'Heavy legs are often linked to poor circulation, such as peripheral artery disease or varicose veins.',
      'Is it serious?',
    ],
    must: [/heavy legs/, /serious/],
    mustNot: [/circulation/],
  },
  {
    name: 'pronoun → the clot',
    turns: ['What are the signs of a blood clot in the leg?', 'Deep vein thrombosis can cause swelling, warmth and pain in one leg.', 'Is it dangerous?'],
    must: [/clot|thrombosis/, /dangerous/],
    mustNot: [/\bit\b/],
  },
  {
    name: 'and-for swaps the nutrient of a symptoms question',
    turns: ['What are the symptoms of magnesium deficiency?', 'Magnesium deficiency can cause muscle cramps and weakness.', 'And for potassium?'],
    must: [/symptoms/, /potassium/],
    mustNot: [/magnesium/],
  },
  {
    name: 'what-about narrows to a group of people',
    turns: ['Which foods contain vitamin B12?', 'Meat, fish, eggs and dairy contain vitamin B12.', 'What about for vegans?'],
    must: [/vitamin b12/, /vegans/],
    mustNot: [],
  },
  {
    name: 'a new complete question drops the old subject',
    turns: ['What is sciatica?', 'Sciatica is pain that runs along the sciatic nerve.', 'What are the treatments for peripheral artery disease?'],
    must: [/peripheral artery disease/],
    mustNot: [/sciatica/],
  },
  {
    name: '"the same as" keeps both sides',
    turns: ['What are the symptoms of low calcium?', 'Low calcium can cause muscle cramps and tingling.', 'Is it the same as low magnesium?'],
    must: [/calcium/, /magnesium/],
    mustNot: [/\bit\b/],
  },
  {
    name: '"too" extends the question to a new symptom',
    turns: ['What are the symptoms of vitamin D deficiency?', 'Vitamin D deficiency can cause bone pain and muscle weakness.', 'Can it cause leg cramps too?'],
    must: [/vitamin d deficiency/, /cramps/],
    mustNot: [/\bit\b/],
  },
  {
    name: 'a greeting then a question: the question stands alone',
    turns: ['Hi there', 'Hello! I can answer questions about leg weakness, leg pain and vitamin deficiencies.', 'What causes restless legs?'],
    must: [/^what causes restless legs\?$/],
    mustNot: [/hello|hi there/],
  },
  {
    name: 'three turns: the latest subject wins',
    turns: [
      'What are the symptoms of iron deficiency?',
      'Iron deficiency can cause fatigue and restless legs.',
      'What about vitamin B12?',
      'Vitamin B12 deficiency can cause numbness.',
      'How is it diagnosed?',
    ],
    must: [/vitamin b12/, /diagnosed/],
    mustNot: [/\biron\b/],
  },
  {
    name: 'a short treatment question with no subject asks it of the topic',
    turns: ['How is vitamin D deficiency diagnosed?', 'A blood test measures vitamin D levels.', 'How long does treatment take?'],
    must: [/vitamin d deficiency/, /treatment/],
    mustNot: [],
  },
  {
    name: '"does X help?" asks it of the symptom discussed',
    turns: ['What causes leg cramps?', 'Leg cramps can be caused by dehydration or low magnesium.', 'Does exercise help?'],
    must: [/exercise/, /leg cramps/],
    mustNot: [],
  },
  {
    name: 'a short question naming its own nutrient switches topic',
    turns: ['What is sciatica?', 'Sciatica is pain along the sciatic nerve.', 'What foods contain iron?'],
    must: [/iron/],
    mustNot: [/sciatica/],
  },
];

describe('own conversations: the follow-up reads as a standalone question', () => {
  it.each(cases)('$name', ({ turns, must, mustNot }) => {
    const query = condenseQuery(conversation(...turns)).toLowerCase();
    for (const re of must) expect(query).toMatch(re);
    for (const re of mustNot) expect(query).not.toMatch(re);
  });
});

describe('own conversations: small talk inside a thread', () => {
  it('"ok cool" after an answer is small talk, not a search', () => {
    const turns = conversation('What causes peripheral neuropathy?', 'Diabetes is a common cause of peripheral neuropathy.', 'ok cool');
    expect(analyzeTurn(turns, VOCABULARY).smallTalk).toBe(true);
  });
  it('thanks followed by a question is answered as the question', () => {
    const turns = conversation(
      'What causes leg swelling?',
      'Leg swelling can be caused by a blood clot or heart failure.',
      'Thanks, what are the signs of a blood clot?',
    );
    const analysis = analyzeTurn(turns, VOCABULARY);
    expect(analysis.smallTalk).toBe(false);
    expect(analysis.standaloneQuery.toLowerCase()).toMatch(/signs of a blood clot/);
  });
});
