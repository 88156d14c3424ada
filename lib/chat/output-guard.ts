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
import { countStems, isInsertion, type CorpusProfile } from './corpus-profile';
import { COMMON_ENGLISH_WORDS } from './english-words';
import { InstructionLeakCheck } from './instruction-leak';
import {
  addressesAssistant,
  answerContentStems,
  codeSymbolCount,
  contentStems,
  emojiIn,
  encodedTokens,
  FOREIGN_ONLY_WORDS,
  hasHtmlTag,
  hasMarkdownImage,
  linkTargets,
  longestSingleCharRun,
  nonLatinLetters,
  stem,
  stripMarkers,
  withoutLinks,
  words,
} from './output-text';
import { splitUnits } from './sentence-stream';

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
  | 'off-topic';

export type GuardVerdict = { ok: true } | { ok: false; check: GuardCheck };

const MIN_WORDS_FOR_KNOWN_SHARE = 4;
const MIN_KNOWN_SHARE = 0.6;
const MIN_WORDS_FOR_FOREIGN_SHARE = 5;
const MAX_FOREIGN_SHARE = 0.2;
const MIN_CONTENT_WORDS_FOR_GROUNDING = 3;
const MIN_GROUNDED_SHARE = 0.5;
/** Cumulative statistics need more words than one sentence before they judge. */
const CUMULATIVE_FACTOR = 2;
const MAX_SINGLE_CHAR_RUN = 7;
const MAX_FOREIGN_SCRIPT_LETTERS = 1;
const MAX_CODE_SYMBOLS = 2;
/** Secrets and echoes split over two sentences: this much of the accepted text is kept. */
const TAIL_CHARS = 400;

const COMMON_VOCABULARY: ReadonlySet<string> = new Set(COMMON_ENGLISH_WORDS.map(stem));

type Counts = { known: number; words: number; foreign: Map<string, number>; grounded: number; content: number };

/**
 * What the retrieved passages vouch for: their article text, without any sentence that reads as
 * inserted (it addresses the assistant, or its content words occur nowhere else in the corpus,
 * or, without a corpus profile, nowhere else in the retrieved text). Titles and headings count.
 */
type Vouched = { text: string; stems: Set<string> };

function vouchedText(passages: readonly GuardPassage[], corpus: CorpusProfile | undefined): Vouched {
  const units = passages.flatMap((p) => splitUnits(p.text));
  const stems = units.map((unit) => contentStems(withoutLinks(unit)));
  const labels = passages.flatMap((p) => [p.title ?? '', ...(p.headings ?? [])]);
  const labelStems = labels.flatMap(contentStems);
  const counts = corpus?.supportCounts ?? countStems([...stems.flat(), ...labelStems]);
  const kept = units.flatMap((unit, i) => (isInsertion(unit, stems[i] ?? [], counts) ? [] : [i]));
  return {
    text: [...kept.map((i) => units[i] ?? ''), ...labels].join('\n'),
    stems: new Set([...labelStems, ...kept.flatMap((i) => stems[i] ?? [])]),
  };
}

export class OutputGuard {
  private readonly passageText: string;
  /** Passage text minus inserted sentences: links, emoji and tokens must come from here. */
  private readonly vouchedText: string;
  private readonly vouchedLower: string;
  private readonly passageVocabulary: Set<string>;
  private readonly support: Set<string>;
  private readonly leaks: InstructionLeakCheck;
  private readonly corpusVocabulary: ReadonlySet<string> | undefined;
  private readonly totals: Counts = { known: 0, words: 0, foreign: new Map(), grounded: 0, content: 0 };
  /** The end of the accepted text, for checks that span a sentence boundary. */
  private tail = '';

  constructor(context: OutputGuardContext) {
    const labels = context.passages.flatMap((p) => [p.title ?? '', ...(p.headings ?? [])]);
    this.passageText = [...context.passages.map((p) => p.text), ...labels].join('\n');
    this.passageVocabulary = new Set(words(this.passageText).map(stem));
    this.corpusVocabulary = context.corpus?.vocabulary;
    const vouched = vouchedText(context.passages, context.corpus);
    this.vouchedText = vouched.text;
    this.vouchedLower = vouched.text.toLowerCase();
    this.support = vouched.stems;
    this.leaks = new InstructionLeakCheck(context.instructions, context.canaries ?? [], this.passageText);
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
    Object.assign(this.totals, sum);
    this.tail = (this.tail + sentence).slice(-TAIL_CHARS);
    return { ok: true };
  }

  private markupFailure(sentence: string): GuardCheck | undefined {
    const vouched = (t: string) => this.vouchedLower.includes(t.toLowerCase());
    if (hasMarkdownImage(sentence) && !linkTargets(sentence).every(vouched)) return 'image';
    if (!linkTargets(sentence).every(vouched)) return 'link';
    if (hasHtmlTag(sentence)) return 'html';
    if (!encodedTokens(sentence).every(vouched)) return 'encoded';
    if (emojiIn(sentence).some((e) => !this.vouchedText.includes(e))) return 'emoji';
    const foreignScript = nonLatinLetters(stripMarkers(sentence)).filter((l) => !this.vouchedText.includes(l));
    if (foreignScript.length > MAX_FOREIGN_SCRIPT_LETTERS) return 'script';
    if (longestSingleCharRun(sentence) > MAX_SINGLE_CHAR_RUN) return 'spaced-letters';
    if (codeSymbolCount(sentence) > MAX_CODE_SYMBOLS) return 'code';
    return undefined;
  }

  private isKnown(word: string): boolean {
    const s = stem(word);
    return COMMON_VOCABULARY.has(s) || this.passageVocabulary.has(s) || this.corpusVocabulary?.has(s) === true;
  }

  private countsOf(sentence: string): Counts {
    // Link targets are checked above; their letters are not words.
    const text = withoutLinks(stripMarkers(sentence));
    const ws = words(text).filter((w) => w.length > 1);
    const foreign = new Map<string, number>();
    for (const [language, set] of FOREIGN_ONLY_WORDS) foreign.set(language, ws.filter((w) => set.has(w)).length);
    const content = answerContentStems(text);
    return {
      known: ws.filter((w) => this.isKnown(w)).length,
      words: ws.length,
      foreign,
      grounded: content.filter((s) => this.support.has(s)).length,
      content: content.length,
    };
  }

  private plus(counts: Counts): Counts {
    const foreign = new Map(this.totals.foreign);
    for (const [language, n] of counts.foreign) foreign.set(language, (foreign.get(language) ?? 0) + n);
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
  if (tooForeign(sentence, 1) || tooForeign(answer, CUMULATIVE_FACTOR)) return 'foreign-language';
  if (tooUnknown(sentence, 1) || tooUnknown(answer, CUMULATIVE_FACTOR)) return 'unknown-words';
  if (tooUngrounded(sentence, 1) || tooUngrounded(answer, CUMULATIVE_FACTOR)) return 'off-topic';
  return undefined;
}

function tooForeign(counts: Counts, factor: number): boolean {
  if (counts.words < MIN_WORDS_FOR_FOREIGN_SHARE * factor) return false;
  return [...counts.foreign.values()].some((n) => n / counts.words >= MAX_FOREIGN_SHARE);
}

function tooUnknown(counts: Counts, factor: number): boolean {
  if (counts.words < MIN_WORDS_FOR_KNOWN_SHARE * factor) return false;
  return counts.known / counts.words < MIN_KNOWN_SHARE;
}

function tooUngrounded(counts: Counts, factor: number): boolean {
  if (counts.content < MIN_CONTENT_WORDS_FOR_GROUNDING * factor) return false;
  return counts.grounded / counts.content < MIN_GROUNDED_SHARE;
}

export function createOutputGuard(context: OutputGuardContext): OutputGuard {
  return new OutputGuard(context);
}
