import { SIGN_PLAIN_WORDS, type TriageSign } from './signs';

/** The fixed texts the server adds to a turn for its triage level. */

export const URGENT_NOTICE =
  'What you describe can be a sign of a medical emergency. Please call your local emergency number (such as 911, 112 or 999) or go to the nearest emergency department now. Do not wait to see if it passes.';

/** The urgent-soon line, after the answer and before the disclaimer. */
export const URGENT_SOON_NOTE =
  'Please see a doctor within a day or two about what you describe, and sooner (or call your local emergency number) if it suddenly gets worse or new symptoms appear.';

/** What an emergency reply says about the rest of the question. */
export const SAFETY_FIRST_LINE = 'Once you are safe and have been seen, you are welcome to come back with any other questions.';

/** The emergency notice part: the notice first, then each sign found in plain words. */
export function urgentPartText(signs: readonly TriageSign[]): string {
  return [URGENT_NOTICE, ...signs.map((s) => s.plain)].join('\n\n');
}

const SIGN_SENTENCES = new Set(Object.values(SIGN_PLAIN_WORDS));

/** Whether a text is one the server adds for triage (it says nothing about what was asked). */
export function isTriageText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.startsWith(URGENT_NOTICE)) return true;
  return trimmed === URGENT_SOON_NOTE || trimmed === SAFETY_FIRST_LINE || SIGN_SENTENCES.has(trimmed);
}

/** Every fixed text triage adds to an answer (none of them cites a passage). */
export const TRIAGE_SERVER_TEXTS: readonly string[] = [URGENT_NOTICE, ...SIGN_SENTENCES, SAFETY_FIRST_LINE, URGENT_SOON_NOTE];
