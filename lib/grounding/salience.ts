import { termMatch } from './term-match';
import { type QuestionAnalysis, type QuestionTerm } from '@/lib/question';

/**
 * Whether an answer speaks to what a question asks beyond the thing it names. "Can I take
 * magnesium with antibiotics?" names magnesium, which the passages cover, but asks about
 * antibiotics, which they never mention: sentences about magnesium alone do not answer it.
 */

/** The question's own topic words: not a name of what it asks about, a leg symptom, an intent cue or chat. */
export function salientTerms(q: QuestionAnalysis): QuestionTerm[] {
  const excluded = new Set([...q.entityStems, ...q.symptomStems]);
  return q.terms.filter((t) => q.focusStems.includes(t.stem) && !excluded.has(t.stem));
}

// A question with more such words than this is chatty: its incidental words are no subject.
const MAX_SALIENT_TERMS = 2;

/**
 * False only when the question's few salient words include one the passages never use (nor any
 * other wording of it) and the `carried` stems answer none of them: "with antibiotics?" answered
 * by sentences about magnesium alone. Chatty questions and questions with nothing salient pass.
 */
export function carriesSalientTerms(q: QuestionAnalysis, carried: Stems, known: Stems): boolean {
  const terms = salientTerms(q);
  if (terms.length === 0 || terms.length > MAX_SALIENT_TERMS) return true;
  const carriedStems = typeof carried === 'function' ? carried() : carried;
  if (terms.some((t) => termMatch(t, carriedStems) > 0)) return true;
  const knownStems = typeof known === 'function' ? known() : known;
  return terms.every((t) => termMatch(t, knownStems) > 0);
}

/** A set of stems, or how to get it when it is needed (all of a turn's passages take a while to analyse). */
export type Stems = ReadonlySet<string> | (() => ReadonlySet<string>);
