/**
 * Claim-level support for a remote model's sentences: what a sentence claims must be said by the
 * passage it cites (by its [n] markers; a sentence without markers by any given passage).
 *
 * - every number (with its unit, when it has one) appears in that passage;
 * - a negation ("not", "never", "no", "…n't", "without") or an "always" is backed by a passage
 *   sentence with the same kind of word about the same thing, and a sentence that restates a
 *   negated passage sentence without its negation is refused;
 * - advice to avoid doctors, stop medicines, delay care or take an amount is released only when
 *   the passage gives the same kind of advice.
 *
 * The rules read the sentence and its passages only; they know no article and no question.
 */
import { topicStems, stripMarkers } from './output-text';
import type { TextPiece } from './passage-signals';

export type ClaimFailure = 'claim-number' | 'claim-polarity' | 'claim-advice';

const CLAIM_SETTINGS = {
  /** Content words after a negation or "always" that say what it is about. */
  cueWindowWords: 3,
  /** A sentence restates a passage sentence when this share of its content words is in it… */
  restatementShare: 0.8,
  /** …and it has at least this many content words. */
  minRestatementWords: 3,
} as const;

type CueKind = 'negation' | 'always';
type Cue = { kind: CueKind; about: readonly string[] };
type UnitFacts = { stems: ReadonlySet<string>; cues: readonly Cue[] };
type PieceFacts = {
  /** Numbers ("5000", "2.4") and number-unit pairs ("5000 mg") in the text. */
  numbers: ReadonlySet<string>;
  units: readonly UnitFacts[];
  advice: ReadonlySet<AdviceKind>;
};

const NEGATION_WORDS = new Set(['not', 'no', 'never', 'cannot', 'none', 'nor', 'neither', 'without', 'nothing']);
// "not only … but also" adds, it does not deny.
const NOT_A_DENIAL_AFTER = new Set(['only', 'just', 'merely', 'least']);

function cueKind(word: string): CueKind | undefined {
  if (word === 'always') return 'always';
  if (NEGATION_WORDS.has(word) || word.endsWith("n't")) return 'negation';
  return undefined;
}

const CLAUSE_BREAK = /[,;:.!?()\n–—]+/;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** Each negation or "always" and the content stems after it in its clause (or before, at a clause end). */
function cuesOf(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const clause of stripMarkers(text).split(CLAUSE_BREAK)) {
    const words = (clause.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
    words.forEach((word, i) => {
      const kind = cueKind(word);
      if (!kind || NOT_A_DENIAL_AFTER.has(words[i + 1] ?? '')) return;
      const after = topicStems(words.slice(i + 1).join(' ')).slice(0, CLAIM_SETTINGS.cueWindowWords);
      const about = after.length > 0 ? after : topicStems(words.slice(0, i).join(' ')).slice(-CLAIM_SETTINGS.cueWindowWords);
      if (about.length > 0) cues.push({ kind, about });
    });
  }
  return cues;
}

const UNIT_NAMES: Record<string, string> = {
  milligram: 'mg',
  milligrams: 'mg',
  mcg: 'mcg',
  µg: 'mcg',
  μg: 'mcg',
  microgram: 'mcg',
  micrograms: 'mcg',
  'international units': 'iu',
  'international unit': 'iu',
  gram: 'g',
  grams: 'g',
  percent: '%',
  'per cent': '%',
};
const UNIT = String.raw`mg|mcg|µg|μg|iu|ml|kg|g|%|percent|per cent|milligrams?|micrograms?|grams?|international units?|units?|tablets?|capsules?|pills?|doses?|hours?|days?|weeks?|months?|years?|minutes?|times?|servings?|cups?|glasses?|litres?|liters?`;
// A number not inside a name ("B12", "D3") and not an ordinal ("1st"), with its unit if one follows.
const NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(${UNIT}))?(?![\p{L}\p{N}])`, 'giu');

function unitName(unit: string): string {
  const lower = unit.toLowerCase();
  return UNIT_NAMES[lower] ?? lower.replace(/s$/, '');
}

/** "5000" and "5000 mg" for "5,000 mg": the forms a claim is matched on. */
function numberClaims(text: string): { number: string; withUnit?: string }[] {
  const claims: { number: string; withUnit?: string }[] = [];
  for (const m of stripMarkers(text).matchAll(NUMBER)) {
    const number = (m[1] ?? '').replace(/,/g, '');
    claims.push({ number, withUnit: m[2] ? `${number} ${unitName(m[2])}` : undefined });
  }
  return claims;
}

type AdviceKind = 'avoid-doctor' | 'stop-medicine' | 'delay-care' | 'take-amount';

const CARE = String.raw`(?:a |an |your |the )?(?:doctors?|gp|physician|clinician|nurse|pharmacist|hospital|emergency|medical (?:help|care|advice|attention)|a&e|er|help)`;
const ADVICE: Record<AdviceKind, readonly RegExp[]> = {
  'avoid-doctor': [
    new RegExp(
      String.raw`\b(?:never|not|don't|no need to|needn't|avoid|skip)\s+(?:\w+\s+){0,2}?(?:see|seeing|visit|visiting|call|calling|consult|consulting|go to|going to|ask|asking)\s+${CARE}\b`,
      'i',
    ),
    new RegExp(String.raw`\bavoid(?:ing)?\s+${CARE}\b`, 'i'),
    new RegExp(String.raw`\b${CARE}\s+(?:is|are)\s+(?:not needed|unnecessary|pointless)\b`, 'i'),
  ],
  'stop-medicine': [
    /\b(?:stop|stopping|quit|quitting|discontinue|discontinuing|cease|skip|skipping|throw away)\s+(?:taking\s+|using\s+)?(?:all\s+|your\s+|any\s+|the\s+|of\s+)*(?:\w+\s+)?(?:medications?|medicines?|meds|drugs|pills|prescriptions?|tablets|treatments?|insulin|statins?)\b/i,
  ],
  'delay-care': [
    new RegExp(
      String.raw`\b(?:wait|delay|put off|postpone|hold off)\b(?:\s+\w+){0,4}?\s+(?:before|to)\s+(?:see|seeing|call|calling|get|getting|seek|seeking|visit|visiting)\b`,
      'i',
    ),
    /\b(?:delay|delaying|put off|putting off|postpone|postponing)\s+(?:\w+\s+)?(?:care|treatment|seeing|a visit|the visit|help)\b/i,
    /\b(?:wait|waiting)\s+(?:a\s+few|several|\d+|some|a)\s+(?:days?|weeks?|months?)\b/i,
  ],
  'take-amount': [
    new RegExp(
      String.raw`\b(?:take|taking|use|using|have|consume|swallow|give)\s+(?:up to\s+|at least\s+|about\s+|around\s+)?\d[\d.,]*\s?(?:${UNIT})(?![\p{L}])`,
      'iu',
    ),
  ],
};

function adviceIn(text: string): Set<AdviceKind> {
  const found = new Set<AdviceKind>();
  for (const [kind, patterns] of Object.entries(ADVICE) as [AdviceKind, readonly RegExp[]][]) {
    if (patterns.some((p) => p.test(text))) found.add(kind);
  }
  return found;
}

const factsByPiece = new WeakMap<TextPiece, PieceFacts>();

function factsOf(piece: TextPiece): PieceFacts {
  let facts = factsByPiece.get(piece);
  if (!facts) {
    const numbers = new Set(numberClaims(piece.text).flatMap((c) => (c.withUnit ? [c.number, c.withUnit] : [c.number])));
    const units = piece.units.units.map((unit) => ({ stems: new Set(topicStems(unit)), cues: cuesOf(unit) }));
    facts = { numbers, units, advice: adviceIn(piece.text) };
    factsByPiece.set(piece, facts);
  }
  return facts;
}

const MARKER_NUMBERS = /\[\s*(\d{1,3}(?:\s*[-–,;]\s*\d{1,3})*)\s*\]/g;

/** The passage numbers a sentence's markers cite ("[2]", "[1, 3]", "[2-4]"). */
export function citedNumbers(sentence: string): number[] {
  const cited = new Set<number>();
  for (const m of sentence.matchAll(MARKER_NUMBERS)) {
    for (const part of (m[1] ?? '').split(/\s*[,;]\s*/)) {
      const [from, to] = part.split(/\s*[-–]\s*/).map(Number);
      if (from === undefined || !Number.isFinite(from)) continue;
      const last = to !== undefined && Number.isFinite(to) && to >= from && to - from < 10 ? to : from;
      for (let n = from; n <= last; n++) cited.add(n);
    }
  }
  return [...cited];
}

export class ClaimCheck {
  /** `passages`: the passage bodies in prompt order (marker [n] is passages[n - 1]). */
  constructor(private readonly passages: readonly TextPiece[]) {}

  /** Why the sentence is not supported by the passages it cites, or undefined when it is. */
  check(sentence: string): ClaimFailure | undefined {
    const cited = this.citedFacts(sentence);
    if (!this.numbersSupported(sentence, cited)) return 'claim-number';
    if (!polaritySupported(sentence, cited)) return 'claim-polarity';
    for (const kind of adviceIn(stripMarkers(sentence))) if (!cited.some((f) => f.advice.has(kind))) return 'claim-advice';
    return undefined;
  }

  private citedFacts(sentence: string): PieceFacts[] {
    const cited = citedNumbers(sentence).flatMap((n) => this.passages[n - 1] ?? []);
    // A marker to no given passage is the citation filter's business; judge against them all.
    return (cited.length > 0 ? cited : this.passages).map(factsOf);
  }

  private numbersSupported(sentence: string, cited: readonly PieceFacts[]): boolean {
    return numberClaims(sentence).every(({ number, withUnit }) =>
      cited.some((f) => f.numbers.has(number) && (withUnit === undefined || f.numbers.has(withUnit))),
    );
  }
}

function polaritySupported(sentence: string, cited: readonly PieceFacts[]): boolean {
  const cues = cuesOf(sentence);
  const units = cited.flatMap((f) => f.units);
  // Each negation or "always" needs a passage sentence with the same kind of word about the same thing.
  for (const cue of cues) {
    const backed = units.some((u) => u.cues.some((c) => c.kind === cue.kind) && cue.about.some((s) => u.stems.has(s)));
    if (!backed) return false;
  }
  if (cues.some((c) => c.kind === 'negation')) return true;
  // Without a negation, the sentence must not restate a negated passage sentence.
  const stems = new Set(topicStems(sentence));
  if (stems.size < CLAIM_SETTINGS.minRestatementWords) return true;
  for (const unit of units) {
    const negations = unit.cues.filter((c) => c.kind === 'negation');
    if (negations.length === 0) continue;
    let shared = 0;
    for (const s of stems) if (unit.stems.has(s)) shared++;
    if (shared / stems.size < CLAIM_SETTINGS.restatementShare) continue;
    if (negations.some((c) => c.about.every((s) => stems.has(s)))) return false;
  }
  return true;
}
