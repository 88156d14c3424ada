import { contentStems, contentStemSet, sentenceMatchesIntent, type Intent, type QuestionAnalysis } from '@/lib/question';
import type { GroundingPassage } from './passage';
import { presentEntities } from './present-entities';
import { salientTerms } from './salience';
import { termMatch } from './term-match';
import { passagesSupportTopic, qualifiedTermFound } from './topic-support';

/**
 * Whether the passages, and the best sentence found in them, answer the question at all: the one
 * decision retrieval takes before any model runs (so every model, offline or remote, gets it) and
 * the extractive model takes again of its own lead sentence.
 */

type Lead = { text: string };

/**
 * Whether the passages can answer at all. A named nutrient, condition or drug must appear (the
 * first one named, which is what the question is about), and a passage naming it must speak to the
 * question's own topic words; otherwise a leg symptom the passages also name will do, or more
 * than half of the question's topic words.
 */
export function passagesCoverQuestion(q: QuestionAnalysis, passages: readonly GroundingPassage[]): boolean {
  if (passages.length === 0) return false;
  // Analysed only when needed: many questions are decided without it.
  let analysed: ReadonlySet<string> | undefined;
  const all = () => (analysed ??= contentStemSet(passages.map((p) => [p.title, ...p.headings, p.text].join('\n')).join('\n')));
  if (q.entities.length > 0) {
    const present = presentEntities(q, passages);
    const main = q.entities.find((e) => !e.broad);
    if (present.size === 0 || (main !== undefined && !present.has(main.id))) return false;
    // Named and present, it must still be asked about something the passages say of it.
    return main === undefined || passagesSupportTopic(q, passages, main);
  }
  const found = (stem: string) => {
    const term = q.terms.find((t) => t.stem === stem);
    return all().has(stem) || (term?.alternatives.some((alt) => alt.every((s) => all().has(s))) ?? false);
  };
  // A leg symptom the passages also speak of vouches for itself only: the question's other
  // topic words ("… during pregnancy", "… from caffeine") must be found too.
  if (q.symptomStems.some(found)) return symptomPairingsFound(q, found);
  if (q.focusStems.length === 0) return true;
  // Without a named nutrient, condition, drug or leg symptom, nearly all topic words must be
  // found: one word the passages never use ("antibiotics", "gout") is often the whole subject.
  return q.focusStems.filter(found).length / q.focusStems.length > MIN_FOUND_SHARE;
}

/**
 * Whether what a symptom question pairs with its symptom is in the passages: one of its other
 * topic words (or another wording of it) will do, since a long question's words are partly
 * incidental; none found means it asks of the symptom something the passages never discuss.
 */
function symptomPairingsFound(q: QuestionAnalysis, found: (stem: string) => boolean): boolean {
  const paired = salientTerms(q);
  return paired.length === 0 || qualifiedTermFound(q, paired, found);
}

// Share of an unanchored question's topic words the passages must use: 3 of 4 pass, 2 of 3 do not.
const MIN_FOUND_SHARE = 2 / 3 + 0.01;

// Intents a lead sentence must answer, or the passages do not answer the question.
const REQUIRED_LEAD_INTENTS: readonly Intent[] = ['foods', 'diagnosis'];

export function leadAnswersIntent(lead: Lead, q: QuestionAnalysis): boolean {
  return REQUIRED_LEAD_INTENTS.every((i) => !q.intents.includes(i) || sentenceMatchesIntent(lead.text, i));
}

/**
 * With nothing named to anchor it (no nutrient, condition, drug or leg symptom), the lead must
 * itself say at least half of the question's topic words, and both when there are only two:
 * passages that share scattered words with an off-topic question ("knee replacement recovery",
 * "exercises for a bad back") do not answer it.
 */
export function leadCarriesTopic(lead: Lead, q: QuestionAnalysis): boolean {
  if (q.entities.length > 0 || q.symptomStems.length > 0 || q.focusStems.length === 0) return true;
  const stems = new Set(contentStems(lead.text));
  const said = q.focusStems.filter((s) => {
    const term = q.terms.find((t) => t.stem === s);
    return term ? termMatch(term, stems) > 0 : stems.has(s);
  });
  const needed = q.focusStems.length <= 2 ? q.focusStems.length : Math.ceil(q.focusStems.length / 2);
  return said.length >= needed;
}
