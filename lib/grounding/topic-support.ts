import { LruCache } from '@/lib/lru';
import type { GroundingPassage } from './passage';
import { salientTerms } from './salience';
import { isShrunkStem, takesWordingsOf } from './shrunk-phrases';
import { termMatch } from './term-match';
import {
  isComparisonCue,
  isIntentCue,
  type Intent,
  covers,
  entitiesIn,
  related,
  type EntityMention,
  type QuestionAnalysis,
  type QuestionTerm,
  contentStems,
  stemsOf,
} from '@/lib/question';
import { FOCUS_KINDS, type EntityDef } from '@/lib/vocabulary';
import { normalizeText } from '@/lib/text';

/**
 * Whether the passages speak to what a question asks about the thing it names. "Does iron help
 * with hair loss?" names iron, which the passages cover, but asks about hair loss: a passage
 * about iron and blood loss shares "loss", not the topic. The question's few topic words must be
 * found in a passage that also names the subject, each with the words that qualify it.
 */

type Passage = GroundingPassage;

// A question with more topic words than this is chatty: its incidental words are no subject.
const MAX_TOPIC_TERMS = 2;

const EFFECT_INTENTS: readonly Intent[] = ['treatment'];
const DEFICIENCY_NOUN = /^(deficien\w*|insufficien\w*|shortages?)$/;
// The same nouns by stem, so that a misspelt one the analysis corrected ("defficiency") is one too.
const DEFICIENCY_STEMS: readonly string[] = ['deficiency', 'deficient', 'insufficiency', 'shortage'].flatMap(stemsOf);

type QuestionWord = { stems: string[]; phrase: number; afterName: boolean; word: string };

// Words after which the next word is a verb ("can iron cause", "does it protect"), not a modifier.
const BEFORE_A_VERB = new Set([
  'can',
  'could',
  'do',
  'does',
  'did',
  'will',
  'would',
  'should',
  'may',
  'might',
  'must',
  'to',
  'i',
  'you',
  'it',
  'they',
  'we',
  'he',
  'she',
  'that',
  'which',
  'who',
  'not',
  'also',
  'really',
  'actually',
]);

/**
 * The question's words in order, each with its stems, the number of the phrase it is in, and
 * whether it stands where a verb would (right after a name, a pronoun or an auxiliary).
 */
function questionWords(q: QuestionAnalysis): readonly QuestionWord[] {
  let words = wordsByQuestion.get(q);
  if (words === undefined) wordsByQuestion.set(q, (words = readQuestionWords(q)));
  return words;
}

// Analyses are shared and kept (analyzeQuestion): their words are read once.
const wordsByQuestion = new WeakMap<QuestionAnalysis, readonly QuestionWord[]>();

function readQuestionWords(q: QuestionAnalysis): QuestionWord[] {
  const text = normalizeText(q.question);
  const nameEnds = new Set(q.mentions.map((m) => m.end));
  const out: QuestionWord[] = [];
  let phrase = 0;
  let previous: { word: string; end: number } | undefined;
  // A comma, a full stop or a bracket ends a phrase; hyphens and spaces do not.
  for (const m of text.matchAll(/[a-z0-9']+|[^a-z0-9'\s-]+/g)) {
    const word = m[0];
    if (!/^[a-z0-9']/.test(word)) {
      phrase += 1;
      previous = undefined;
      continue;
    }
    const afterName = previous !== undefined && (nameEnds.has(previous.end) || BEFORE_A_VERB.has(previous.word));
    out.push({ word, stems: stemsOf(word), phrase, afterName });
    previous = { word, end: m.index + word.length };
  }
  return out;
}

/**
 * For each topic stem, the topic stems written right before it ("hair loss": loss ← hair). In
 * English the last word of such a run is its head, and the words before narrow it: "hair loss"
 * is a kind of loss, so a passage on blood loss does not speak to it. A word in a verb's place
 * starts no such run: "protect nerves" is about nerves.
 */
function qualifiersByStem(words: readonly QuestionWord[], topic: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let run: string[] = [];
  let phrase = -1;
  for (const w of words) {
    const stem = w.stems.find((s) => topic.has(s));
    if (stem === undefined || w.phrase !== phrase || w.afterName) run = [];
    phrase = w.phrase;
    if (stem === undefined || w.afterName) continue;
    if (run.length > 0 && !out.has(stem)) out.set(stem, [...run]);
    run.push(stem);
  }
  return out;
}

/**
 * A topic term with only the other wordings that are evidence for it: none from a vocabulary
 * phrase the question only shares a bare word with ("good for sleep" is not "during sleep").
 */
function asEvidence(term: QuestionTerm, question: string): QuestionTerm {
  if (term.alternatives.length === 0) return term;
  if (!takesWordingsOf(term.stem, question)) return { ...term, alternatives: [] };
  const alternatives = term.alternatives.filter((alt) => alt.length > 1 || !isShrunkStem(alt[0] as string));
  return alternatives.length === term.alternatives.length ? term : { ...term, alternatives };
}

// Between two names, only a conjunction (and words naming a deficiency): "zinc and copper",
// "iron deficiency or low magnesium" ask about each, not how they relate.
const COORDINATION = /^[\s,&/]*(and|or|vs\.?|versus|plus|as well as|and also)?[\s,&/]*$/;
const DEFICIENCY_WORDS = /\b(deficien\w*|low|lack(ing)?( of)?|levels?|insufficien\w*|not enough)\b/g;

/** Names only listed beside another name, by a conjunction. */
function listedNames(q: QuestionAnalysis): Set<string> {
  const text = normalizeText(q.question);
  const mentions = q.mentions;
  const listed = new Set<string>();
  for (let i = 1; i < mentions.length; i += 1) {
    const [before, after] = [mentions[i - 1], mentions[i]] as [EntityMention, EntityMention];
    if (!COORDINATION.test(text.slice(before.end, after.start).replace(DEFICIENCY_WORDS, ' '))) continue;
    listed.add(before.entity.id);
    listed.add(after.entity.id);
  }
  return listed;
}

/**
 * What the question asks about: its subject and the names listed with it ("zinc or folate"), and
 * the other names, which it asks how they relate to the subject ("can diuretics lower potassium?").
 */
function namedInQuestion(q: QuestionAnalysis, subject: EntityDef): { subjects: EntityDef[]; others: EntityDef[] } {
  const specific = q.entities.filter((e) => !e.broad && !related(e, subject));
  if (specific.length === 0) return { subjects: [subject], others: [] };
  const listed = listedNames(q);
  return { subjects: [subject, ...specific.filter((e) => listed.has(e.id))], others: specific.filter((e) => !listed.has(e.id)) };
}

/**
 * True when the question's topic words (beside the subject it names, leg symptoms, intent cues and
 * chat) are few and one of them, with the words qualifying it, is found in a passage that names
 * `subject` (or a name listed with it), or a passage names the subject together with another
 * thing the question names.
 * Questions with no topic words, chatty ones and ones that also name a leg symptom pass.
 */
export function passagesSupportTopic(q: QuestionAnalysis, passages: readonly Passage[], subject: EntityDef): boolean {
  // A question that names a leg symptom too is tied to what the articles are about already.
  if (q.symptomStems.length > 0) return true;
  const salient = salientTerms(q);
  const { subjects, others } = namedInQuestion(q, subject);
  if (salient.length === 0 && others.length === 0) return true;
  const words = questionWords(q);
  // "prevent", "improve", "supplements": what the subject is asked to do, not what it is done to;
  // "deficiency": part of the subject's name ("iron deficiency").
  // "vs", "differ": with two things named, what the question asks of them, not a third topic.
  const compares = q.entities.filter((e) => !e.broad).length > 1;
  const isCue = (w: QuestionWord) => isIntentCue(w.word, EFFECT_INTENTS) || DEFICIENCY_NOUN.test(w.word) || (compares && isComparisonCue(w.word));
  const cues = new Set([...words.filter(isCue).flatMap((w) => w.stems), ...DEFICIENCY_STEMS]);
  const terms = salient.filter((t) => !cues.has(t.stem));
  if (terms.length === 0 && others.length === 0) return true;
  const byStem = new Map(terms.map((t) => [t.stem, asEvidence(t, q.question)]));
  if (terms.length > MAX_TOPIC_TERMS) return longQuestionSupported(terms, byStem, passages, subjects, others);
  const qualifiers = qualifiersByStem(words, new Set(byStem.keys()));
  const found = (stems: ReadonlySet<string>, stem: string) => {
    const term = byStem.get(stem);
    return term !== undefined && termMatch(term, stems) > 0;
  };
  // A word qualifying another ("weight" in "weight loss") is no topic on its own: its head, with it, is.
  // A head no passage uses (an uncorrected typo: "bone pian") leaves its qualifiers to carry the topic.
  const used = (stem: string) => passages.some((p) => found(passageStems([p.title, ...p.headings, p.text].join('\n')), stem));
  const qualifying = new Set([...qualifiers].filter(([head]) => used(head)).flatMap(([, quals]) => quals));
  const heads = terms.filter((t) => !qualifying.has(t.stem));
  const answers = (stems: ReadonlySet<string>) => heads.some((t) => found(stems, t.stem) && (qualifiers.get(t.stem) ?? []).every((s) => found(stems, s)));
  return passages.some((p) => {
    const text = [p.title, ...p.headings, p.text].join('\n');
    const named = entitiesIn(text, FOCUS_KINDS);
    if (!named.some((m) => subjects.some((e) => covers(m, e)))) return false;
    // A passage naming both things asked about speaks of how they relate ("lower", "deplete").
    return others.some((o) => named.some((m) => covers(m, o))) || answers(passageStems(text));
  });
}

/**
 * A long question ("is it legal to buy potassium pills online?"): some of its topic words are
 * incidental, so one found will do, but in a passage naming its subject (or naming another thing
 * it asks about too). When none is, it asks about something the articles never discuss of the
 * thing it names (law, price, pregnancy, another drug's interactions) and is declined.
 */
function longQuestionSupported(
  terms: readonly QuestionTerm[],
  byStem: ReadonlyMap<string, QuestionTerm>,
  passages: readonly Passage[],
  subjects: readonly EntityDef[],
  others: readonly EntityDef[],
): boolean {
  const stems = new Set<string>();
  for (const p of passages) {
    const text = [p.title, ...p.headings, p.text].join('\n');
    const named = entitiesIn(text, FOCUS_KINDS);
    if (!named.some((m) => subjects.some((e) => covers(m, e)))) continue;
    if (others.some((o) => named.some((m) => covers(m, o)))) return true;
    for (const s of passageStems(text)) stems.add(s);
  }
  return terms.some((t) => termMatch(byStem.get(t.stem) ?? t, stems) > 0);
}

// Passages come back turn after turn; their stems are kept (the corpus has a few hundred).
const MAX_REMEMBERED_PASSAGES = 1_000;
const stemsByPassage = new LruCache<string, ReadonlySet<string>>(MAX_REMEMBERED_PASSAGES);

function passageStems(text: string): ReadonlySet<string> {
  return stemsByPassage.remember(text, () => new Set(contentStems(text)));
}

/**
 * Whether one of `terms` is found as the question writes it: a head word with the words that
 * qualify it ("contact lenses" needs both), a qualifier never counting on its own.
 */
export function qualifiedTermFound(q: QuestionAnalysis, terms: readonly QuestionTerm[], found: (stem: string) => boolean): boolean {
  const qualifiers = qualifiersByStem(questionWords(q), new Set(terms.map((t) => t.stem)));
  const qualifying = new Set([...qualifiers.values()].flat());
  return terms.some((t) => !qualifying.has(t.stem) && found(t.stem) && (qualifiers.get(t.stem) ?? []).every(found));
}
