import { FOCUS_KINDS, type EntityDef } from '@/lib/vocabulary';
import { covers, deficiencyName, entitiesIn } from './entities';
import { INTENT_ONLY_WORDS, mentionsFoods, sentenceMatchesIntent, type Intent } from './intent';
import type { QuestionAnalysis } from './question-terms';
import { contentStems } from './terms';

/**
 * Short retrieval queries in the articles' own words, built from what a question names and what it
 * asks: "who tends to be low on iron?" → "iron deficiency at risk". Lay wording often shares few
 * words with the passage that answers it; a second search with the canonical form finds that
 * passage. A food question about several nutrients gets one query per nutrient, so each one's
 * food list is found.
 */

export type IntentSearch = {
  query: string;
  /** What the query is about: a passage must name one of these to be worth adding. */
  subjects: EntityDef[];
  intent?: Intent;
};

// The wording articles use for each kind of answer.
const INTENT_WORDS: Record<Intent, string> = {
  foods: 'dietary sources foods',
  symptoms: 'symptoms',
  causes: 'causes',
  risk: 'at risk risk factors induce',
  diagnosis: 'diagnosis tests',
  treatment: 'treatment',
  seriousness: 'severe complications',
  doctor: 'seek medical attention',
  role: 'role function',
  definition: '',
};

// Asked about a nutrient, these intents are about its deficiency ("symptoms of iron deficiency").
const DEFICIENCY_INTENTS: ReadonlySet<Intent> = new Set(['symptoms', 'causes', 'risk', 'diagnosis', 'treatment', 'seriousness', 'doctor']);

/** The query used when the message reports warning signs: what the articles say about urgent care. */
export const URGENT_CARE_QUERY = 'seek medical attention immediately emergency severe symptoms';

/** Nutrients, conditions and drugs named (groups only when nothing specific is), then the first leg symptom. */
function namedSubjects(q: QuestionAnalysis): EntityDef[] {
  const seen = new Map<string, EntityDef>();
  for (const m of q.mentions) if (!seen.has(m.entity.id)) seen.set(m.entity.id, m.entity);
  const all = [...seen.values()];
  const focus = all.filter((e) => FOCUS_KINDS.includes(e.kind));
  const specific = focus.filter((e) => !e.broad);
  const symptom = all.find((e) => !FOCUS_KINDS.includes(e.kind));
  return [...(specific.length > 0 ? specific : focus), ...(symptom ? [symptom] : [])];
}

function subjectPhrase(entity: EntityDef, intent: Intent | undefined): string {
  if (entity.kind === 'nutrient' && !entity.broad && intent !== undefined && DEFICIENCY_INTENTS.has(intent)) return deficiencyName(entity);
  return entity.name;
}

const INTENT_STEMS = new Set(contentStems([...INTENT_ONLY_WORDS].join(' ')));

/** The question's own topic words besides the names: "exercise" in "what exercise helps weak legs?". */
function otherTopicWords(q: QuestionAnalysis, phrases: readonly string[]): string[] {
  const named = new Set([...q.entityStems, ...q.symptomStems, ...contentStems(phrases.join(' '))]);
  const wanted = new Set(q.focusStems.filter((s) => !named.has(s) && !INTENT_STEMS.has(s)));
  return q.question.split(/[^A-Za-z0-9-]+/).filter((w) => contentStems(w).some((s) => wanted.has(s)));
}

/** Canonical searches for a question (as the turn analysis read it); none when it names nothing to anchor them. */
export function intentSearches(q: QuestionAnalysis): IntentSearch[] {
  const intent = q.intents[0];
  const named = namedSubjects(q);
  const words = intent === undefined ? '' : INTENT_WORDS[intent];
  const nutrients = named.filter((e) => e.kind === 'nutrient' && !e.broad);
  // Foods are a nutrient's; each nutrient's list is searched for on its own.
  if (intent === 'foods' && nutrients.length > 0) {
    return nutrients.map((e) => ({ query: `${e.name} ${words}`, subjects: [e], intent }));
  }
  if (named.length === 0) return [];
  const phrases = named.map((e) => subjectPhrase(e, intent));
  const phrase = [...phrases, ...otherTopicWords(q, phrases)].join(' ');
  const query = `${phrase} ${words}`.replace(/\s+/g, ' ').trim();
  return query.toLowerCase() === q.question.trim().toLowerCase() ? [] : [{ query, subjects: named, intent }];
}

const namesSubject = (search: IntentSearch, named: readonly EntityDef[]) => named.some((m) => search.subjects.some((s) => covers(m, s)));

type FitPassage = { headings: readonly string[]; text: string };

/** What a passage names: anywhere, in its innermost heading, and in its table row's first cell. */
type PassageNames = { headings: readonly string[]; all: readonly EntityDef[]; heading: readonly EntityDef[]; row: readonly EntityDef[] };

// Canonical searches find the same passages turn after turn; what they name is kept by text.
const MAX_REMEMBERED_PASSAGES = 2_000;
const namesByText = new Map<string, PassageNames>();

const sameHeadings = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);

function passageNames(passage: FitPassage): PassageNames {
  const known = namesByText.get(passage.text);
  if (known && sameHeadings(known.headings, passage.headings)) return known;
  const rowSubject = /(?:^|\s[—–-]\s)[A-Z][\w ()/&'’-]{0,48}:\s*([^.;]+)/.exec(passage.text)?.[1] ?? '';
  const names: PassageNames = {
    headings: [...passage.headings],
    all: entitiesIn([...passage.headings, passage.text].join('\n')),
    heading: entitiesIn(passage.headings.at(-1) ?? ''),
    row: entitiesIn(rowSubject),
  };
  if (namesByText.size >= MAX_REMEMBERED_PASSAGES) namesByText.clear();
  namesByText.set(passage.text, names);
  return names;
}

/**
 * How well a passage found by a canonical search fits it: 0 when it does not name the subject or
 * give the kind of answer asked; 2 when the subject is what the passage is about (its innermost
 * heading or its table row's first cell names it), else 1.
 */
export function searchFit(search: IntentSearch, passage: FitPassage): number {
  const names = passageNames(passage);
  if (!namesSubject(search, names.all)) return 0;
  const answers =
    search.intent === 'foods'
      ? mentionsFoods(passage.text)
      : search.intent === undefined || search.intent === 'definition' || sentenceMatchesIntent(passage.text, search.intent);
  if (!answers) return 0;
  return namesSubject(search, names.heading) || namesSubject(search, names.row) ? 2 : 1;
}
