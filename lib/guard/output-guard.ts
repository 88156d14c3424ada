/**
 * The output guard: every sentence a model writes is checked before the user sees it. A sentence
 * fails when it carries something an answer from the retrieved passages has no reason to carry:
 *
 * - a secret from the system instructions (a canary), plain, spaced out, reversed or in Base64;
 * - eight words in a row from the system instructions (an instruction echo);
 * - words addressed to the assistant about its own answer ("… in your response");
 * - a link, domain, mail address, image or HTML tag that no retrieved passage contains;
 * - a long Base64/Base32/hex-looking token, emoji, or letters of another script not in the passages;
 * - letter-spaced text ("Y o u  a r e …") or code syntax;
 * - many function words of another language (a translation);
 * - too few known English words (reversed text, ciphers), against the corpus vocabulary plus a
 *   common-word list;
 * - too little content-word overlap with the retrieved passages (an off-topic insertion). Passage
 *   sentences that read as inserted into their article (see corpus-profile.ts) do not count as
 *   support, so copying a planted instruction fails too.
 *
 * The rules are general: they know the passages, the instructions and the vocabulary, never any
 * attack string. Word statistics are also kept over all accepted sentences, so an attack cut into
 * many short sentences is judged as a whole.
 */
import { ClaimCheck, type ClaimFailure } from './claim-check';
import { countStems, isInsertion, type CorpusProfile } from './corpus-profile';
import { COMMON_ENGLISH_WORDS } from '@/lib/text';
import { InstructionLeakCheck } from './instruction-leak';
import {
  addressesAssistant,
  codeSymbolCount,
  emojiIn,
  encodedTokens,
  FOREIGN_ONLY_WORDS,
  hasHtmlTag,
  hasMarkdownImage,
  isAnswerContentWord,
  linkTargets,
  longestSingleCharRun,
  nonLatinLetters,
  stem,
  stripMarkers,
  withoutLinks,
  words,
} from './output-text';
import { textPiece, type TextPiece } from './passage-signals';
import { guardSettings } from './settings';

export type GuardPassage = { text: string; title?: string; headings?: readonly string[] };

export type OutputGuardContext = {
  /** The retrieved passages the model was given. */
  passages: readonly GuardPassage[];
  /** The system instructions the model was given. */
  instructions: string;
  /** Strings that must never reach a user (besides the distinctive tokens of the instructions). */
  canaries?: readonly string[];
  /** The whole corpus: its vocabulary and which of its sentences are article text. */
  corpus?: CorpusProfile;
  /**
   * Check each sentence's claims against the passage it cites (see claim-check.ts): for remote
   * models, whose words are their own. The extractive model copies passage sentences.
   */
  checkClaims?: boolean;
};

export type GuardCheck =
  | 'canary'
  | 'instruction-echo'
  | 'instruction'
  | 'link'
  | 'image'
  | 'html'
  | 'encoded'
  | 'emoji'
  | 'script'
  | 'spaced-letters'
  | 'code'
  | 'foreign-language'
  | 'unknown-words'
  | 'off-topic'
  | ClaimFailure;

export type GuardVerdict = { ok: true } | { ok: false; check: GuardCheck };

const { shares, shape, tailChars } = guardSettings;

const COMMON_VOCABULARY: ReadonlySet<string> = new Set(COMMON_ENGLISH_WORDS.map(stem));

/** The foreign function-word lists, in a fixed order: Counts.foreign[i] counts words of list i. */
const FOREIGN_WORD_SETS: readonly ReadonlySet<string>[] = [...FOREIGN_ONLY_WORDS.values()];
/** Each foreign function word and the lists that have it: one lookup per word, not one per list. */
const FOREIGN_LISTS_OF = new Map<string, number[]>();
FOREIGN_WORD_SETS.forEach((set, i) => {
  for (const word of set) FOREIGN_LISTS_OF.set(word, [...(FOREIGN_LISTS_OF.get(word) ?? []), i]);
});

type Counts = { known: number; words: number; foreign: readonly number[]; grounded: number; content: number };

/**
 * What the retrieved passages vouch for: their article text, without any sentence that reads as
 * inserted (it addresses the assistant, or its content words occur nowhere else in the corpus,
 * or, without a corpus profile, nowhere else in the retrieved text). Titles and headings count.
 * `units` are the kept sentences in passage order; a stem is vouched for when one of `stems` has it.
 */
type Vouched = { units: readonly string[]; stems: readonly ReadonlySet<string>[] };

function vouchedBy(bodies: readonly TextPiece[], labels: readonly TextPiece[], corpus: CorpusProfile | undefined): Vouched {
  const labelStems = new Set(labels.flatMap((l) => l.labelStems));
  // Against the corpus a sentence is judged on its own, so each passage's verdicts are cached.
  if (corpus) {
    const vouched = bodies.map((b) => b.vouchedBy(corpus));
    return { units: vouched.flatMap((v) => v.units), stems: [labelStems, ...new Set(vouched.map((v) => v.stems))] };
  }
  const units = bodies.flatMap((b) => b.units.units);
  const stems = bodies.flatMap((b) => b.units.stems);
  const counts = countStems([...stems.flat(), ...labels.flatMap((l) => l.labelStems)]);
  const kept = units.flatMap((unit, i) => (isInsertion(unit, stems[i] ?? [], counts) ? [] : [i]));
  const keptStems = new Set(kept.flatMap((i) => stems[i] ?? []));
  return { units: kept.map((i) => units[i] ?? ''), stems: [labelStems, keptStems] };
}

export class OutputGuard {
  /** Vocabularies of the distinct passage bodies and labels. */
  private readonly passageVocabularies: readonly ReadonlySet<string>[];
  private readonly vouched: Vouched;
  private readonly labels: readonly string[];
  private vouchedTextCache: string | undefined;
  private vouchedLowerCache: string | undefined;
  private readonly leaks: InstructionLeakCheck;
  private readonly claims: ClaimCheck | undefined;
  private readonly corpusVocabulary: ReadonlySet<string> | undefined;
  private readonly totals: Counts = { known: 0, words: 0, foreign: FOREIGN_WORD_SETS.map(() => 0), grounded: 0, content: 0 };
  /** The end of the accepted text, for checks that span a sentence boundary. */
  private tail = '';

  constructor(context: OutputGuardContext) {
    this.labels = context.passages.flatMap((p) => [p.title ?? '', ...(p.headings ?? [])]);
    const bodies = context.passages.map((p) => textPiece(p.text));
    const labels = this.labels.map(textPiece);
    // The passage text the model saw: bodies, then titles and headings, in this order.
    const pieces = [...bodies, ...labels];
    this.passageVocabularies = [...new Set(pieces)].map((p) => p.vocabulary);
    this.corpusVocabulary = context.corpus?.vocabulary;
    this.vouched = vouchedBy(bodies, labels, context.corpus);
    this.leaks = new InstructionLeakCheck(context.instructions, context.canaries ?? [], pieces);
    this.claims = context.checkClaims ? new ClaimCheck(bodies) : undefined;
  }

  /** Passage text minus inserted sentences: links, emoji and tokens must come from here. */
  private get vouchedText(): string {
    return (this.vouchedTextCache ??= [...this.vouched.units, ...this.labels].join('\n'));
  }

  private get vouchedLower(): string {
    return (this.vouchedLowerCache ??= this.vouchedText.toLowerCase());
  }

  /** Checks one sentence; an accepted sentence joins the running statistics. */
  check(sentence: string): GuardVerdict {
    if (this.leaks.leaksSecret(sentence, this.tail)) return { ok: false, check: 'canary' };
    if (this.leaks.echoes(sentence, this.tail)) return { ok: false, check: 'instruction-echo' };
    if (addressesAssistant(sentence)) return { ok: false, check: 'instruction' };
    const markup = this.markupFailure(sentence);
    if (markup) return { ok: false, check: markup };
    const counts = this.countsOf(sentence);
    const sum = this.plus(counts);
    const wordCheck = wordFailure(counts, sum);
    if (wordCheck) return { ok: false, check: wordCheck };
    const claim = this.claims?.check(sentence);
    if (claim) return { ok: false, check: claim };
    Object.assign(this.totals, sum);
    this.tail = (this.tail + sentence).slice(-tailChars);
    return { ok: true };
  }

  private markupFailure(sentence: string): GuardCheck | undefined {
    if (!this.allVouched(linkTargets(sentence))) return hasMarkdownImage(sentence) ? 'image' : 'link';
    if (hasHtmlTag(sentence)) return 'html';
    if (!this.allVouched(encodedTokens(sentence))) return 'encoded';
    for (const emoji of emojiIn(sentence)) if (!this.vouchedText.includes(emoji)) return 'emoji';
    let foreignScript = 0;
    for (const letter of nonLatinLetters(stripMarkers(sentence))) if (!this.vouchedText.includes(letter)) foreignScript++;
    if (foreignScript > shape.maxForeignScriptLetters) return 'script';
    if (longestSingleCharRun(sentence) > shape.maxSingleCharRun) return 'spaced-letters';
    if (codeSymbolCount(sentence) > shape.maxCodeSymbols) return 'code';
    return undefined;
  }

  /** Every link target or token occurs (case aside) in the vouched passage text. */
  private allVouched(targets: readonly string[]): boolean {
    for (const target of targets) if (!this.vouchedLower.includes(target.toLowerCase())) return false;
    return true;
  }

  private isKnownStem(s: string): boolean {
    if (COMMON_VOCABULARY.has(s) || this.corpusVocabulary?.has(s) === true) return true;
    for (const vocabulary of this.passageVocabularies) if (vocabulary.has(s)) return true;
    return false;
  }

  private isVouched(contentStem: string): boolean {
    for (const stems of this.vouched.stems) if (stems.has(contentStem)) return true;
    return false;
  }

  /** One pass over the words: known, foreign and content words (each word stemmed once). */
  private countsOf(sentence: string): Counts {
    // Link targets are checked above; their letters are not words.
    const text = withoutLinks(stripMarkers(sentence));
    const foreign = FOREIGN_WORD_SETS.map(() => 0);
    const counts = { known: 0, words: 0, foreign, grounded: 0, content: 0 };
    for (const w of words(text)) {
      if (w.length <= 1) continue;
      counts.words++;
      const s = stem(w);
      if (this.isKnownStem(s)) counts.known++;
      for (const list of FOREIGN_LISTS_OF.get(w) ?? []) foreign[list] = (foreign[list] ?? 0) + 1;
      // Content words are three letters or more, so all of them pass through here.
      if (isAnswerContentWord(w)) {
        counts.content++;
        if (this.isVouched(s)) counts.grounded++;
      }
    }
    return counts;
  }

  private plus(counts: Counts): Counts {
    const foreign = this.totals.foreign.map((n, i) => n + (counts.foreign[i] ?? 0));
    return {
      known: this.totals.known + counts.known,
      words: this.totals.words + counts.words,
      foreign,
      grounded: this.totals.grounded + counts.grounded,
      content: this.totals.content + counts.content,
    };
  }
}

/** Word statistics of the sentence alone, and of the whole answer so far with it. */
function wordFailure(sentence: Counts, answer: Counts): GuardCheck | undefined {
  if (tooForeign(sentence, 1) || tooForeign(answer, shares.cumulativeFactor)) return 'foreign-language';
  if (tooUnknown(sentence, 1) || tooUnknown(answer, shares.cumulativeFactor)) return 'unknown-words';
  if (tooUngrounded(sentence, 1) || tooUngrounded(answer, shares.cumulativeFactor)) return 'off-topic';
  return undefined;
}

function tooForeign(counts: Counts, factor: number): boolean {
  if (counts.words < shares.minWordsForForeignShare * factor) return false;
  return counts.foreign.some((n) => n / counts.words >= shares.maxForeignShare);
}

function tooUnknown(counts: Counts, factor: number): boolean {
  if (counts.words < shares.minWordsForKnownShare * factor) return false;
  return counts.known / counts.words < shares.minKnownShare;
}

function tooUngrounded(counts: Counts, factor: number): boolean {
  if (counts.content < shares.minContentWordsForGrounding * factor) return false;
  return counts.grounded / counts.content < shares.minGroundedShare;
}

export function createOutputGuard(context: OutputGuardContext): OutputGuard {
  return new OutputGuard(context);
}
