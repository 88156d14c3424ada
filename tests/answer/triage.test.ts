import { describe, expect, it } from 'vitest';
import { detectRedFlags, URGENT_NOTICE, type TriageSignId } from '@/lib/triage';

/** The sign ids each test label accepts (a sudden weakness may read as a stroke or a paralysis). */
const SIGNS_FOR_LABEL: Record<string, readonly TriageSignId[]> = {
  sudden: ['sudden-paralysis', 'ascending-weakness', 'stroke'],
  breathing: ['breathing-difficulty', 'weakness-with-breathing-or-swallowing'],
  'chest pain': ['chest-pain-or-palpitations-with-weakness'],
  palpitations: ['chest-pain-or-palpitations-with-weakness'],
  stroke: ['stroke'],
  bladder: ['cauda-equina'],
  groin: ['cauda-equina'],
  fainting: ['fainting-or-collapse'],
  dehydration: ['severe-dehydration'],
  paralysis: ['sudden-paralysis'],
  clot: ['hot-swollen-calf', 'cold-pale-leg', 'coughing-blood'],
};

const MUST_TRIGGER: Array<[string, string]> = [
  // sudden or rapidly worsening weakness
  ["My legs suddenly went weak and I can't stand up", 'sudden'],
  ['sudden weakness in both legs', 'sudden'],
  ['All of a sudden my legs are so weak', 'sudden'],
  ['legs getting weaker by the hour', 'sudden'],
  ['My leg weakness is getting worse very quickly', 'sudden'],
  ['My legs gave out and I fell', 'sudden'],
  ['My knees just gave way out of nowhere', 'sudden'],
  ['This morning I woke up and suddenly both legs were numb', 'sudden'],
  // breathing
  ["I can't breathe properly and my legs are weak", 'breathing'],
  ['shortness of breath with weak legs', 'breathing'],
  ['trouble breathing', 'breathing'],
  ['I have difficulty breathing and my legs feel heavy', 'breathing'],
  ["I'm struggling to breathe", 'breathing'],
  ['I cant breath', 'breathing'],
  ['My breahting is hard and my legs are weak', 'breathing'],
  ["It's hard to breathe when I lie down", 'breathing'],
  // chest / heart
  ['I have chest pain and my legs feel weak', 'chest pain'],
  ['chest pian and weak legs', 'chest pain'],
  ['There is a tightness in my chest', 'chest pain'],
  ["I'm having palpitations", 'palpitations'],
  ['my heart is racing and my legs feel like jelly', 'palpitations'],
  ['My heartbeat feels irregular and my legs are weak', 'palpitations'],
  ['heart pounding and legs weak', 'palpitations'],
  ['I have an irregular heart beat since yesterday', 'palpitations'],
  // stroke
  ['my face is drooping and my speech is slurred', 'stroke'],
  ['weakness on one side of my body', 'stroke'],
  ["My mum's words are slurred and she can't lift her arm", 'stroke'],
  ['My right arm and leg went numb', 'stroke'],
  ['Am I having a stroke? My smile looks crooked', 'stroke'],
  // cauda equina
  ['I lost control of my bladder and my legs are numb', 'bladder'],
  ["I can't control my bowels and my back hurts", 'bladder'],
  ['I wet myself without noticing and my legs are weak', 'bladder'],
  ['numbness in my groin and both legs weak', 'groin'],
  ['My inner thighs and buttocks feel numb', 'groin'],
  // fainting
  ['I fainted twice today', 'fainting'],
  ['my dad collapsed', 'fainting'],
  ["I feel like I'm going to faint", 'fainting'],
  ['She passed out after standing up', 'fainting'],
  // dehydration
  ["I haven't peed all day and I'm very dizzy", 'dehydration'],
  ["I can't keep any fluids down", 'dehydration'],
  ["I'm really confused and weak", 'dehydration'],
  ["I've been vomiting nonstop and my legs are weak", 'dehydration'],
  // paralysis
  ["I can't move my legs", 'paralysis'],
  ['My legs are paralysed', 'paralysis'],
  ["My legs won't move this morning", 'paralysis'],
  ["I can't stand up at all", 'paralysis'],
  // blood clot, blocked artery, bleeding in the brain
  ['One calf is suddenly swollen, hot and red and it hurts to walk', 'clot'],
  ["My leg is suddenly cold, pale and very painful and I can't feel my foot", 'clot'],
  ["After a long flight my leg is swollen and now I'm short of breath and coughing blood", 'clot'],
  ['I had a sudden severe headache and then my leg gave way', 'stroke'],
  // mixed with a negation elsewhere in the message
  ["No chest pain but I can't breathe", 'breathing'],
  ["I'm not dizzy, but I have chest pain", 'chest pain'],
  // legs giving way with an emergency cue, even in an ordinary setting
  ['my legs gave way on the stairs and I fell and hit my head', 'sudden'],
  ["halfway through my run both my legs suddenly gave out and I can't stand up", 'sudden'],
  ["my knee gave way out of the blue and now I can't put weight on it", 'sudden'],
  ['my legs just gave out on me twice today, no idea why', 'sudden'],
  ['after the car crash my legs keep giving way', 'sudden'],
  ["both my legs went weak within an hour and it's spreading up", 'sudden'],
  // everyday wording of other signs
  ["my husband's face has gone lopsided and he can't lift his left arm", 'stroke'],
  ['I woke up and the right side of my body is numb', 'stroke'],
  // Wetting oneself with legs gone numb reads as cauda equina, the more precise sign.
  ["I'm peeing myself and can't feel my legs properly", 'bladder'],
  ['my calf is red, hot and swollen since I got off the plane', 'clot'],
  ["my chest feels tight and I'm sweating buckets", 'chest pain'],
  ['my heart keeps skipping beats and I feel faint', 'palpitations'],
  ['I keep blacking out when I stand up', 'fainting'],
  ["I've had the runs for three days, can barely pee and feel really lightheaded", 'dehydration'],
  ["numb between my legs and I can't pee since my back went", 'groin'],
  ["can't catch my breath even sitting down", 'breathing'],
  ["my mum collapsed in the kitchen and isn't responding", 'fainting'],
  // a symptom list or a history that still says it is happening now
  ['symptoms like chest pain and sweating right now', 'chest pain'],
  ["I had chest pain years ago and now it's back and crushing", 'chest pain'],
  ['I fainted last year and again today', 'fainting'],
  ["sudden weakness on one side, what's causing it?", 'stroke'],
  ["I'm not used to this, my chest hurts", 'chest pain'],
];

const MUST_NOT_TRIGGER: string[] = [
  'mild cramps after running',
  'what causes heavy legs',
  'does low potassium cause weakness',
  'what is the role of the heart in circulation issues',
  'can potassium deficiency affect heart rhythm?',
  'Can low potassium cause an irregular heartbeat?',
  'Can potassium deficiency cause paralysis?',
  'Is shortness of breath a symptom of iron deficiency?',
  'What are the signs of severe dehydration?',
  'Why does dehydration cause confusion?',
  'Can B12 deficiency cause slurred speech?',
  'What does numbness in the legs mean?',
  'Does magnesium help with palpitations?',
  'Which deficiencies cause fainting?',
  'How does iron deficiency affect breathing?',
  'no chest pain, just tired legs',
  "I don't have trouble breathing",
  "I'm not dizzy, my legs just ache",
  'I have no chest pain and no shortness of breath',
  'My legs feel weak but no trouble breathing',
  'Never fainted, just heavy legs in the evening',
  'I have no idea why my legs feel heavy',
  'my legs have been weak for months',
  "I can't walk far without cramps",
  'I get out of breath after running',
  'I painted my room and my legs ache',
  'I fell off a ladder last year and my knee still hurts',
  'What foods are rich in iron?',
  'How is vitamin D deficiency diagnosed?',
  'My calves cramp at night',
  'I feel tired and my legs are heavy',
  'Which foods help with restless legs?',
  'Is it normal for legs to feel heavy after a long day?',
  'My legs tingle when I sit for a long time',
  "I'm vegan, should I worry about B12?",
  'What is hypokalemia?',
  'Can statins cause muscle weakness?',
  'How much water should I drink to avoid cramps?',
  'My legs are sore after the gym',
  'Explain how potassium affects the heart',
  'Tell me about irregular heartbeat and potassium',
  'I am not confused, I just want to know about magnesium',
  'my legs feel heavy and swollen by the evening',
  'What causes a blood clot in the leg?',
  'My feet are always cold in winter',
  'I get headaches when I skip meals',
  // legs giving way in an ordinary setting: exertion, stairs, again and again over time
  'my legs gave out after the long hike',
  'my knees keep giving way on stairs',
  'my knees sometimes give way when I come down the stairs',
  'my legs felt like they were giving out by the end of the football match',
  'after leg day my legs were giving way all evening',
  'my legs feel like giving way after standing all day at work',
  'my knees have been giving way for months, is it my vitamin D?',
  "my wobbly knees give way now and then when I'm tired",
  // symptoms asked about as a topic, not reported
  'what deficiency causes symptoms such as pale skin and chest pain?',
  'magnesium deficiency symptoms such as an irregular heartbeat',
  'list of symptoms such as palpitations and fainting linked to low potassium',
  'which deficiencies have symptoms like shortness of breath and dizziness?',
  'are palpitations and chest tightness signs of magnesium deficiency?',
  'what are the symptoms of a stroke, like face drooping?',
  'I read that B12 deficiency can cause numbness on one side, is that right?',
  'I keep reading that chest pain can come from low potassium',
  'tell me about the warning signs of a blood clot in the leg',
  'signs of dehydration in older people',
  // something long past
  'I passed out once as a teenager during a heatwave, could that have been low salt?',
  'I used to faint a lot when I was a kid, is that linked to iron?',
];

describe('detectRedFlags', () => {
  it.each(MUST_TRIGGER)('flags "%s"', (text, expectedSign) => {
    const result = detectRedFlags(text);
    expect(result.urgent).toBe(true);
    expect(result.signs.some((s) => SIGNS_FOR_LABEL[expectedSign]?.includes(s))).toBe(true);
  });

  it.each(MUST_NOT_TRIGGER)('does not flag "%s"', (text) => {
    expect(detectRedFlags(text)).toEqual({ urgent: false, signs: [] });
  });

  it('has at least 40 phrasings each way', () => {
    expect(MUST_TRIGGER.length).toBeGreaterThanOrEqual(40);
    expect(MUST_NOT_TRIGGER.length).toBeGreaterThanOrEqual(40);
  });

  it('names each kind of sign once, for a message with several', () => {
    const result = detectRedFlags('I have chest pain. Also chest pain when walking, and I fainted.');
    expect(result.signs.filter((s) => s === 'chest-pain-or-palpitations-with-weakness')).toHaveLength(1);
    expect(result.signs).toContain('fainting-or-collapse');
  });

  it('reads an urgent message among harmless sentences', () => {
    expect(detectRedFlags('What foods have iron? Also my face is drooping on the left.').urgent).toBe(true);
  });
});

describe('URGENT_NOTICE', () => {
  it('tells the user to get emergency care now', () => {
    expect(URGENT_NOTICE).toMatch(/emergency/i);
    expect(URGENT_NOTICE).toMatch(/now/i);
    expect(URGENT_NOTICE.split(/\s+/).length).toBeLessThan(60);
  });
});
