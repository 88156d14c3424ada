/**
 * Recognises requests that must never get invented content: attempts to override the
 * instructions, reveal them or change the assistant's role; requests for a personal diagnosis or
 * a prescription; requests for doses; and shopping questions (brands, prices, where to buy).
 * Patterns describe the kind of request, never any article's content.
 */

export type RequestKind = 'out-of-scope' | 'diagnosis' | 'dose' | 'shopping' | 'question';

const OVERRIDE_PATTERNS: RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass)\b[^.?!]{0,40}\b(instructions?|rules?|prompts?|guidelines?|directives?|constraints?|context|articles?|sources?)\b/i,
  /\b(system|developer|hidden|initial|original)\s+(prompt|message|instructions?)\b/i,
  /\b(reveal|show|print|repeat|tell me|what are|output|leak)\b[^.?!]{0,30}\byour\s+(instructions|rules|prompt|guidelines|configuration)\b/i,
  /\brepeat\b[^.?!]{0,30}\b(above|verbatim|everything)\b/i,
  /\byou\s+are\s+(now|no longer)\b/i,
  /\b(act|behave|respond)\s+as\s+(if\s+you\s+were\s+|a\s+|an\s+|my\s+)/i,
  /\bpretend\s+(to\s+be|you\s*('re|\s+are))\b/i,
  /\b(role-?play|jail-?break|developer\s+mode|DAN\s+mode|do\s+anything\s+now)\b/i,
  /\bfrom\s+now\s+on\b[^.?!]{0,40}\b(you|answer|respond|reply)\b/i,
  /\bnew\s+(instructions?|rules?|persona|role)\b/i,
  /^\s*\[?(system|assistant|developer)\]?\s*:/im,
  /<\/?\s*(system|context|instructions?|prompt|passages?)\s*>/i,
];

const DIAGNOSIS_PATTERNS: RegExp[] = [
  /\bdiagnos(e|is)\s+(me|my)\b/i,
  /\bmy\s+diagnosis\b/i,
  /\b(which|what)\s+(condition|disease|illness|disorder|deficiency)\s+(do\s+)?i\s+(have|got)\b/i,
  /\btell\s+me\s+(exactly\s+)?what\s+(i\s+have|is\s+wrong\s+with\s+me)\b/i,
  /\bwhat('s|\s+is)\s+wrong\s+with\s+me\b/i,
  /\bprescri(be|ption)\b/i,
];

const DOSE_PATTERNS: RegExp[] = [
  /\b(dose|doses|dosage|dosing)\b/i,
  /\bhow\s+(much|many)\b[^.?!]{0,60}\b(mg|mcg|µg|iu|milligrams?|micrograms?|grams?|units?|tablets?|pills?|capsules?|drops?)\b/i,
  /\bhow\s+(much|many)\b[^.?!]{0,60}\b(should|must|can|do)\s+(i|we|you|a|an|my|they)\b[^.?!]{0,30}\b(take|give|have|need|use)\b/i,
  /\bhow\s+(much|many)\b[^.?!]{0,60}\b(does|do)\s+(an?\s+)?(adult|child|kid|baby|person|woman|man|vegan|people)\b[^.?!]{0,20}\bneed\b/i,
];

// Brands, prices and where to buy: general health articles never settle these.
const SHOPPING_PATTERNS: RegExp[] = [
  /\b(which|what|best|good|recommended?)\s+(brands?|products?|make)\b/i,
  /\bbrands?\s+of\b/i,
  /\b(where|which\s+(shop|store|site))\b[^.?!]{0,30}\b(buy|purchase|order|get hold of)\b/i,
  /\b(best|cheapest)\s+(one\s+)?to\s+(buy|purchase|order)\b/i,
  /\bhow\s+much\s+(does|do|will)\b[^.?!]{0,40}\bcost\b/i,
];

/** A quantity with a dose unit ("400 IU", "2.4 mcg"): a passage that states a dose. */
const STATED_DOSE = /\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|μg|iu|milligrams?|micrograms?|international units?)\b/i;

export function classifyRequest(question: string): RequestKind {
  if (OVERRIDE_PATTERNS.some((p) => p.test(question))) return 'out-of-scope';
  if (DIAGNOSIS_PATTERNS.some((p) => p.test(question))) return 'diagnosis';
  if (DOSE_PATTERNS.some((p) => p.test(question))) return 'dose';
  if (SHOPPING_PATTERNS.some((p) => p.test(question))) return 'shopping';
  return 'question';
}

export function statesDose(text: string): boolean {
  return STATED_DOSE.test(text);
}
