import { z } from 'zod';

/**
 * The emergency signs triage knows, as concepts (the same ids as the frozen vignette set), and
 * what the emergency reply says about each in plain words.
 */
export const triageSignIdSchema = z.enum([
  'stroke',
  'ascending-weakness',
  'weakness-with-breathing-or-swallowing',
  'cauda-equina',
  'chest-pain-or-palpitations-with-weakness',
  'fainting-or-collapse',
  'breathing-difficulty',
  'severe-dehydration',
  'hot-swollen-calf',
  'cold-pale-leg',
  'sudden-paralysis',
  'coughing-blood',
]);
export type TriageSignId = z.infer<typeof triageSignIdSchema>;

export const triageLevelSchema = z.enum(['emergency', 'urgent-soon', 'none']);
export type TriageLevel = z.infer<typeof triageLevelSchema>;

export const triageSignSchema = z.object({ id: triageSignIdSchema, plain: z.string() });
export type TriageSign = z.infer<typeof triageSignSchema>;

export const triageResultSchema = z.object({ level: triageLevelSchema, signs: z.array(triageSignSchema) });
export type TriageResult = z.infer<typeof triageResultSchema>;

/** One sentence per sign, in the order the reply names them. */
export const SIGN_PLAIN_WORDS: Readonly<Record<TriageSignId, string>> = {
  stroke:
    'Sudden weakness or numbness on one side of the body, a drooping face, slurred or muddled speech or sudden loss of sight in one eye can be a sign of a stroke.',
  'ascending-weakness':
    'Weakness or numbness that climbs up the body over hours or days can be a sign of a nerve condition such as Guillain-Barré syndrome, which can affect breathing.',
  'weakness-with-breathing-or-swallowing':
    'Weakness together with trouble breathing, choking or swallowing can mean the muscles for breathing and swallowing are affected.',
  'cauda-equina':
    'Numbness around the groin, buttocks or inner thighs, or losing control of the bladder or bowels, can be a sign of pressure on the nerves at the base of the spine (cauda equina syndrome).',
  'chest-pain-or-palpitations-with-weakness': 'Chest pain, pressure or tightness, or a racing or irregular heartbeat, can be a sign of a heart problem.',
  'fainting-or-collapse': 'Fainting, passing out or collapsing needs to be checked straight away.',
  'breathing-difficulty': 'Struggling to breathe or to get enough air is a medical emergency.',
  'severe-dehydration': 'Confusion, not passing urine, severe dizziness or being unable to keep fluids down can be signs of severe dehydration.',
  'hot-swollen-calf': 'A calf or leg that is swollen, hot, red or painful can be a sign of a blood clot (deep vein thrombosis).',
  'cold-pale-leg': 'A leg or foot that turns cold, pale or blue and painful or numb can mean its blood supply is blocked.',
  'sudden-paralysis': 'Suddenly being unable to move your legs or to stand needs emergency care.',
  'coughing-blood': 'Coughing up blood needs emergency care, especially with breathlessness or chest pain.',
};

export const signOf = (id: TriageSignId): TriageSign => ({ id, plain: SIGN_PLAIN_WORDS[id] });

/**
 * Words a passage's care sentence must use to be about a sign: the emergency reply cites only a
 * passage that says to seek care for the sign reported.
 */
export const SIGN_CARE_TOPICS: Readonly<Record<TriageSignId, readonly string[]>> = {
  stroke: ['stroke', 'one side', 'face', 'speech', 'slurred', 'vision', 'sight'],
  'ascending-weakness': ['guillain', 'spreading', 'ascending', 'rapidly worsening', 'breathing'],
  'weakness-with-breathing-or-swallowing': ['breathing', 'breath', 'swallowing', 'choking'],
  'cauda-equina': ['cauda equina', 'bladder', 'bowel', 'groin', 'saddle'],
  'chest-pain-or-palpitations-with-weakness': ['chest pain', 'palpitations', 'heartbeat', 'heart rhythm'],
  'fainting-or-collapse': ['fainting', 'faint', 'collapse', 'consciousness'],
  'breathing-difficulty': ['breathing', 'breath'],
  'severe-dehydration': ['dehydration'],
  'hot-swollen-calf': ['clot', 'thrombosis', 'swollen calf', 'swelling'],
  'cold-pale-leg': ['blood supply', 'artery', 'circulation', 'cold', 'pale'],
  'sudden-paralysis': ['paralysis', 'sudden weakness', 'sudden'],
  'coughing-blood': ['coughing blood', 'coughing up blood', 'clot'],
};
