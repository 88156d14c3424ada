import { type EntityDef } from '@/lib/vocabulary';
import { normalizeText } from '@/lib/text';

/**
 * Words that name a class of things ("the mineral", "which vitamin …?"), so the one of that class
 * among what was said can be picked out.
 */
export type EntityClass = { pattern: RegExp; fits: (e: EntityDef) => boolean };

const isVitamin = (e: EntityDef) => /vitamin|folate/.test(e.id);

export const CLASS_WORDS: readonly EntityClass[] = [
  { pattern: /\bminerals?\b/, fits: (e) => e.kind === 'nutrient' && !isVitamin(e) },
  { pattern: /\bvitamins?\b/, fits: (e) => e.kind === 'nutrient' && isVitamin(e) },
  { pattern: /\b(nutrients?|deficienc(y|ies))\b/, fits: (e) => e.kind === 'nutrient' },
  { pattern: /\b(medications?|medicines?|drugs?|pills?|tablets?)\b/, fits: (e) => e.kind === 'drug' },
  { pattern: /\b(conditions?|diseases?|illness|disorders?)\b/, fits: (e) => e.kind === 'condition' },
  { pattern: /\b(symptoms?|feeling)\b/, fits: (e) => e.kind === 'symptom' },
];

/** The class a text names, if any. */
export function classNamed(text: string): EntityClass | null {
  const lower = normalizeText(text);
  return CLASS_WORDS.find((c) => c.pattern.test(lower)) ?? null;
}

// "which vitamin …?", "what mineral …?", "which two deficiencies …?": the answer names one of a class.
const ASKS_FOR_ONE_OF =
  /\b(?:which|what)\s+(?:\w+\s+)?(vitamins?|minerals?|nutrients?|deficienc(?:y|ies)|medications?|medicines?|drugs?|conditions?|diseases?|disorders?)\b/;

/** The class a which-X question asks for and where it asks (offsets in the normalised text), or null. */
export function classAskedFor(question: string): { cls: EntityClass; start: number; end: number } | null {
  const m = ASKS_FOR_ONE_OF.exec(normalizeText(question));
  const cls = m?.[1] ? classNamed(m[1]) : null;
  return m && cls ? { cls, start: m.index, end: m.index + m[0].length } : null;
}
