import { askedCovered, presentEntities, salientTerms, termMatch } from '@/lib/grounding';
import { entityFit, sectionEntities } from './entity-fit';
import { documentFrequencies, lexicalScore, type Idf, type UnitFeatures } from './lexical-score';
import { contentUnit, sharedPassageUnits, type PassageInput, type SentenceUnit } from './sentences';
import { DEFAULT_ANSWER_SETTINGS } from './settings';
import { unitFacts } from './unit-facts';
import { mentionsFoods, sentenceMatchesIntent, sentenceStronglyMatchesIntent, type QuestionAnalysis } from '@/lib/question';

const S = DEFAULT_ANSWER_SETTINGS.scoring;

/** A candidate unit with what scoring found out about it. */
export type ScoredUnit = SentenceUnit & {
  score: number;
  /** Content stems of the unit's core other than the question's own, used to spot near-duplicates. */
  stems: Set<string>;
  /** Names an asked-about entity in its own text (not only in its heading). */
  namesEntity: boolean;
  /** Asked-about entity ids this unit speaks of, in text or through its subject. */
  entityIds: Set<string>;
  /** Reads wrongly without the sentence before it ("This…", "A deficiency…"): see dangling.ts. */
  anaphoric: boolean;
  words: number;
  /** Question words other than the names of what it asks about that the unit's text holds. */
  topicHits: number;
  /** The question's own topic words (not names, symptoms or intent cues) that the unit's text holds. */
  focusHits: number;
  /** Share of the question's idf-weighted terms, names included, that the unit's own text carries. */
  coverage: number;
};

const WEAK_START = /^(furthermore|additionally|moreover|also|in addition|for (instance|example)|finally|therefore|thus)\b/i;
// Summaries restate the article in general terms; a direct answer is better, unless the summary
// is itself the direct answer: a list of the specific causes asked for.
const SUMMARY_START = /^(in (summary|conclusion|short)|overall|to (sum up|summarize|conclude)|in the end)\b/i;
// Filler that says a thing has causes without naming any.
const VAGUE =
  /\b(many|various|numerous|several|multiple|a (variety|number|range|host) of) ([\w-]+ )?(causes|reasons|factors|issues|problems|conditions|ways|roles|symptoms|types)\b|\bcommon (symptom|complaint|ailment)\b/i;

// Share of the question a unit's headings and title must carry to stand in for its own words.
const MIN_CONTEXT_SCORE = S.minContextScore;

// A sentence that plainly gives the kind of answer asked ("… are at risk") is worth this much more.
const STRONG_INTENT_WEIGHT = S.strongIntentWeight;

// Food answers are better the more foods they name.
function foodRichness(unit: SentenceUnit, q: QuestionAnalysis): number {
  if (!q.intents.includes('foods')) return 0;
  return Math.min(S.foodRichnessCap, S.foodRichnessPerPart * textFacts(unit).foodParts);
}

function intentFactor(unit: SentenceUnit, q: QuestionAnalysis): { bonus: number; factor: number } {
  if (q.intents.length === 0) return { bonus: 0, factor: 1 };
  const hits =
    q.intents.filter((i) => sentenceMatchesIntent(unit.text, i)).length +
    STRONG_INTENT_WEIGHT * q.intents.filter((i) => sentenceStronglyMatchesIntent(unit.text, i)).length;
  let factor = 1;
  // Food questions want food names; a sentence without any is rarely an answer to them.
  if (q.intents.includes('foods') && !mentionsFoods(unit.text)) factor *= S.foodlessFactor;
  if (q.intents.includes('diagnosis') && !sentenceMatchesIntent(unit.text, 'diagnosis')) factor *= S.testlessFactor;
  return { bonus: (S.intentHitBonus * hits) / q.intents.length, factor };
}

/** What scoring tests about a unit's wording whatever the question, worked out once per unit. */
type TextFacts = {
  /** Distinct specific nutrients, conditions and drugs the text names. */
  specificNames: number;
  vague: boolean;
  summary: boolean;
  /** Comma- or and/or-separated parts of the text that name a food. */
  foodParts: number;
  shape: number;
};

const textFactsByUnit = new WeakMap<SentenceUnit, TextFacts>();

function textFacts(numberedUnit: SentenceUnit): TextFacts {
  const unit = contentUnit(numberedUnit);
  let facts = textFactsByUnit.get(unit);
  if (facts === undefined) {
    const text = unit.text;
    facts = {
      specificNames: unitFacts(unit).named.filter((e) => !e.broad).length,
      vague: VAGUE.test(text),
      summary: SUMMARY_START.test(text),
      foodParts: text.split(/,|\band\b|\bor\b/).filter((part) => mentionsFoods(part)).length,
      shape: shapeFactor(unit, unitFacts(unit).words),
    };
    textFactsByUnit.set(unit, facts);
  }
  return facts;
}

// Questions answered best by a sentence that names several things: causes of a symptom, a list.
export function wantsEnumeration(q: QuestionAnalysis): boolean {
  const specific = q.entities.some((e) => !e.broad);
  return !specific && (q.intents.includes('causes') || q.list || q.entities.some((e) => e.broad));
}

/**
 * How directly a unit answers: a sentence naming several of the causes or members asked about
 * ("deficiencies in iron, vitamin D, B12 and magnesium can cause heavy legs") is the answer;
 * a sentence saying only that there are "many possible causes" is not.
 */
function directness(unit: SentenceUnit, q: QuestionAnalysis, carriesTopic: boolean): { bonus: number; factor: number } {
  const facts = textFacts(unit);
  const names = facts.specificNames;
  let bonus = 0;
  let factor = 1;
  if (wantsEnumeration(q) && carriesTopic && names >= 2) bonus += S.enumerationBonusPerName * Math.min(S.enumerationMaxNames, names - 1);
  if (names === 0 && facts.vague) factor *= S.vagueFactor;
  // An article's summary that names the causes asked for is its own direct answer.
  if (facts.summary) {
    if (names < 2) factor *= S.summaryFactor;
    else if (wantsEnumeration(q)) bonus += S.summaryEnumerationBonus;
  }
  return { bonus, factor };
}

function shapeFactor(unit: SentenceUnit, wordCount: number): number {
  let factor = 1;
  // Text without a sentence ending that is not a rendered cell is often a flattened table or a fragment.
  if (!unit.rendered && !/[.!?]["')\]]*$/.test(unit.text)) factor *= S.unendedFactor;
  // A dangling sentence is not penalised here: selection shows it after the sentence it leans on.
  if (WEAK_START.test(unit.text)) factor *= S.weakStartFactor;
  if (wordCount < S.shortWords) factor *= S.shortFactor;
  if (wordCount > S.longWords) factor *= S.longFactor;
  return factor;
}

function hasTopicWords(q: QuestionAnalysis): boolean {
  return q.terms.some((t) => !q.entityStems.has(t.stem));
}

/** One passage's usable units with their stems, and in how many of them each stem occurs. */
type PassageFeatures = { features: readonly UnitFeatures[]; df: ReadonlyMap<string, number> };

// Kept with the passage's shared units, so it lives exactly as long as they do.
const featuresByPassage = new WeakMap<readonly SentenceUnit[], PassageFeatures>();

function passageFeatures(passage: PassageInput): PassageFeatures {
  const units = sharedPassageUnits(passage);
  let found = featuresByPassage.get(units);
  if (found === undefined) {
    const features = units
      .filter((unit) => unitFacts(unit).answerText)
      .map((unit): UnitFeatures => ({ unit, textStems: unitFacts(unit).textStems, contextStems: unitFacts(unit).contextStems }));
    found = { features, df: documentFrequencies(features) };
    featuresByPassage.set(units, found);
  }
  return found;
}

/** Every usable unit of the passages with its stems, and word weights over them. */
export function unitFeatures(passages: readonly PassageInput[]): { features: UnitFeatures[]; idf: Idf } {
  const parts = passages.map(passageFeatures);
  const features = parts.flatMap((p) => p.features);
  // Document frequencies over all the passages are the sums of each one's; only asked stems are summed.
  const summed = new Map<string, number>();
  const df = (s: string) => {
    let count = summed.get(s);
    if (count === undefined) {
      count = 0;
      for (const p of parts) count += p.df.get(s) ?? 0;
      summed.set(s, count);
    }
    return count;
  };
  const n = Math.max(1, features.length);
  const idf: Idf = { of: (s) => Math.log(1 + n / (1 + df(s))), known: (s) => df(s) > 0 };
  return { features, idf };
}

const questionStemsByQuestion = new WeakMap<QuestionAnalysis, ReadonlySet<string>>();

/** The question's own stems and its entities' stems: what every answer shares with it. */
function questionStems(q: QuestionAnalysis): ReadonlySet<string> {
  let stems = questionStemsByQuestion.get(q);
  if (stems === undefined) {
    stems = new Set([...q.terms.map((t) => t.stem), ...q.entityStems]);
    questionStemsByQuestion.set(q, stems);
  }
  return stems;
}

/** A unit as a candidate with no score of its own (a sentence pulled in for its referent). */
export function unscored(unit: SentenceUnit, q: QuestionAnalysis): ScoredUnit {
  const own = questionStems(q);
  const facts = unitFacts(unit);
  return {
    ...unit,
    score: 0,
    stems: new Set(facts.coreStems.filter((s) => !own.has(s))),
    namesEntity: false,
    entityIds: new Set(),
    anaphoric: facts.anaphoric,
    words: facts.words,
    topicHits: 0,
    focusHits: 0,
    coverage: 0,
  };
}

/**
 * How much of the question's focus a unit's own text carries: its topic words (idf-weighted, see
 * lexicalScore) and the specific things it names (by name or alias: "hypocalcemia" names calcium),
 * each half when the question has both.
 */
function focusCoverage(topics: number | null, named: number, asked: number): number {
  const names = asked > 0 ? named / asked : null;
  if (topics === null) return names ?? 0;
  return names === null ? topics : (topics + names) / 2;
}

/** Scores every sentence of every passage against the question; unusable units are left out. */
export function scoreUnits(q: QuestionAnalysis, passages: readonly PassageInput[]): ScoredUnit[] {
  const { features, idf } = unitFeatures(passages);
  // Every answer shares the question's words; what tells two answers apart is everything else.
  const own = questionStems(q);
  const present = presentEntities(q, passages);
  const sections = sectionEntities(features.map((f) => f.unit));
  const salient = salientTerms(q);
  const askedNames = q.entities.filter((e) => !e.broad);
  const topicWords = hasTopicWords(q);
  const scored: ScoredUnit[] = [];
  for (const f of features) {
    const fit = entityFit(f.unit, q, present, sections);
    if (!fit.eligible) continue;
    const lexical = lexicalScore(f, q, idf);
    // A unit must share some word with the question, or name what it asks about, or, about it by
    // its section, plainly give the kind of answer asked ("… are particularly at risk" for "who gets it?").
    const answersIntent = (fit.ids.size > 0 || lexical.score >= MIN_CONTEXT_SCORE) && q.intents.some((i) => sentenceStronglyMatchesIntent(f.unit.text, i));
    if (lexical.textHits + lexical.topicHits === 0 && !(fit.ids.size > 0 && f.unit.rendered) && !fit.namesEntity && !answersIntent) continue;
    const facts = unitFacts(f.unit);
    const wordCount = facts.words;
    const intent = intentFactor(f.unit, q);
    const direct = directness(f.unit, q, lexical.topicHits > 0);
    const position = S.positionBonus * (1 - Math.min(f.unit.index, S.positionSpan) / S.positionSpan);
    const rank = 1 - S.rankStep * (Math.min(f.unit.n, S.rankSpan) - 1);
    const raw = lexical.score + fit.bonus + intent.bonus + direct.bonus + position + foodRichness(f.unit, q);
    // Naming the entity is not an answer: a sentence should also speak to what was asked about it.
    const offTopic = q.entities.length > 0 && topicWords && lexical.topicHits === 0 ? S.offTopicFactor : 1;
    scored.push({
      ...f.unit,
      score: raw * intent.factor * direct.factor * textFacts(f.unit).shape * rank * offTopic * fit.dilution,
      stems: new Set(facts.coreStems.filter((s) => !own.has(s))),
      namesEntity: fit.namesEntity,
      entityIds: fit.ids,
      anaphoric: facts.anaphoric,
      words: wordCount,
      topicHits: lexical.topicHits,
      focusHits: salient.filter((t) => termMatch(t, f.textStems) > 0).length,
      coverage: focusCoverage(lexical.coverage, askedCovered(askedNames, facts.named).length, askedNames.length),
    });
  }
  return scored.sort((a, b) => b.score - a.score || a.n - b.n || a.index - b.index);
}
