import { contentStems, contentStemSet, entitiesIn, sentenceStronglyMatchesIntent, type QuestionAnalysis } from '@/lib/question';
import { FOCUS_KINDS } from '@/lib/vocabulary';
import { isDangling } from './dangling';
import { DEFAULT_ANSWER_SETTINGS } from './settings';
import {
  ADVICE_OPENING_CUES,
  CAUSE_OVERVIEW_CUES,
  TREATMENT_ANSWER_CUES,
  DEFICIENCY_SENTENCE_CUES,
  EXCESS_QUESTION_CUES,
  EXCESS_SENTENCE_CUES,
  EXPLANATION_CUES,
  PEOPLE_ASKED_CUES,
  type EntityDef,
} from '@/lib/vocabulary';
/**
 * What makes a sentence fit to open an answer, from the question's form and the sentence's own
 * shape, never from particular topic words: a yes/no question ("can…", "does…") opens with a
 * sentence asserting or denying a relation ("… can cause …", "… is linked to …"); a "why"
 * question with a causal one; a "which…" question with one naming a specific thing of the kind
 * asked. Hedges ("not fully understood", "more research is needed") and evidence (one study's
 * finding) never lead, nor do definitions and labels ("X, known as …", "X is often called …")
 * unless a definition was asked.
 */

export type QuestionForm = 'yesno' | 'why' | 'which' | 'open';

/**
 * The question's grammatical form, from the opening words of its asking clause: the last clause
 * of a message that starts with a question word ("my legs ache, which minerals …?"), else its
 * first, after any greeting or "so,".
 */
export function questionForm(question: string): QuestionForm {
  const clauses = question
    .toLowerCase()
    .split(/[,.;:!?]+\s*/)
    .map(openingOf)
    .filter((c) => c.length > 0);
  const forms = clauses.map(clauseForm);
  const asking = forms.filter((f) => f !== 'open');
  return asking[asking.length - 1] ?? 'open';
}

function openingOf(clause: string): string {
  return clause.replace(/^[^a-z]*(?:(?:hi|hello|hey|ok|okay|so|and|but|well|please)\b[\s,!.]*)*/, '').trim();
}

// "how does low iron make …", "how can dehydration cause …": a mechanism asked, as by "why". Not
// "how do I / you / they …" (a way to do something) nor "how is it diagnosed" (a procedure).
const HOW_MECHANISM = /^how (?:does|do|can|could|would|might|will|may) (?!(?:i|you|we|they|one|doctors?|people)\b)(?!.*\b(?:compare|differ)\b)/;

function clauseForm(opening: string): QuestionForm {
  if (/^why\b/.test(opening) || /^how (?:come|does it happen)\b/.test(opening) || HOW_MECHANISM.test(opening)) return 'why';
  if (/^(?:which|what) (?:\w+ )?(?:kinds?|types?|sorts?) of\b/.test(opening) || /^which\b/.test(opening)) return 'which';
  if (/^(?:can|could|do|does|did|is|are|was|were|will|would|may|might|has|have|had)\b/.test(opening)) return 'yesno';
  // "if my legs ache at night is that …", "once I fix it will the ache go …": a condition, then the question.
  if (/^(?:if|once|when|now that)\b.*\b(?:is|are|does|do|can|could|will|would|should) (?:that|this|it|there|they|i|my|the)\b/.test(opening)) return 'yesno';
  return 'open';
}

// Relations one thing has to another: what a yes/no question asks and a "why" question explains.
const RELATION =
  /\b(?:caus(?:e|es|ed|ing)|lead(?:s|ing)? to|led to|result(?:s|ed|ing)? in|contribut(?:e|es|ed|ing) to|trigger(?:s|ed)?|induc(?:e|es|ed)|linked (?:to|with)|associated with|responsible for|give(?:s)? rise to|(?:increase|raise|reduce|lower)s? (?:the )?risk|at (?:\w+ )?risk|prevent(?:s|ed)?|help(?:s|ed)? (?:to )?(?:prevent|relieve|reduce|improve|ease)|(?:can|may|might|could|will) help|help(?:s|ed)? (?:your |the )?(?:body|muscles?|nerves?)|impairs?|(?:reduc|increas)(?:e|es)|(?:lower|raise)s?|damag(?:e|es)|interfer(?:e|es|ing) with|deplet(?:e|es|ing)|affect(?:s|ed)?|can(?:not)? (?:\w+ )?(?:affect|weaken|strengthen|improve|worsen))\b/i;
const cueRegex = (cues: readonly string[]) => new RegExp(`\\b(?:${cues.join('|')})\\b`, 'i');
// How or why something happens, not only that it does (see lib/vocabulary/relation-cues.ts).
const EXPLANATION = new RegExp(cueRegex(EXPLANATION_CUES).source, 'gi');
const EXCESS_ASKED = cueRegex(EXCESS_QUESTION_CUES);
const EXCESS_SAID = cueRegex(EXCESS_SENTENCE_CUES);
const DEFICIENCY_SAID = cueRegex(DEFICIENCY_SENTENCE_CUES);
const CAUSE_OVERVIEW = cueRegex(CAUSE_OVERVIEW_CUES);
const TREATMENT_ANSWER = cueRegex(TREATMENT_ANSWER_CUES);
// At the start of the sentence or of a clause after it: "…, so be sure to drink …".
const ADVICE_OPENING = new RegExp(`(?:^|[,;:] (?:so |and |then )?)(?:${ADVICE_OPENING_CUES.join('|')})\\b`, 'i');

const { explanationWindowStems: WINDOW, explanationNewShare: NEW_SHARE, overviewMinNames: OVERVIEW_MIN_NAMES } = DEFAULT_ANSWER_SETTINGS.selection;

/**
 * Whether a sentence explains how or why, by a reason, a means or a failing role, what a "why"
 * question asks: some cue of it is followed by words the question did not say. "… weakness due to
 * nerve damage" does not explain how a deficiency damages nerves; "… by reducing blood volume" does.
 */
export function explains(text: string, q: QuestionAnalysis): boolean {
  const own = new Set([...contentStemSet(q.question), ...q.entityStems]);
  for (const cue of text.matchAll(EXPLANATION)) {
    const after = contentStems(text.slice(cue.index + cue[0].length)).slice(0, WINDOW);
    if (after.length > 0 && after.filter((s) => !own.has(s)).length > NEW_SHARE * after.length) return true;
  }
  return false;
}

/**
 * The amount a question asks about or a sentence speaks of: too much ("can you take too much
 * zinc?", "Excessive supplementation … adverse effects") or too little (a deficiency).
 */
export type Polarity = 'excess' | 'deficiency' | 'none';

export function askedPolarity(q: QuestionAnalysis): Polarity {
  return EXCESS_ASKED.test(q.question) ? 'excess' : 'none';
}

export function sentencePolarity(text: string): Polarity {
  if (EXCESS_SAID.test(text)) return 'excess';
  return DEFICIENCY_SAID.test(text) ? 'deficiency' : 'none';
}

// Saying that something is not known is no answer to a question about it.
const HEDGE =
  /\b(?:not (?:yet |fully |well |completely |entirely )?(?:understood|known|clear|established)|(?:remains?|is|are) (?:unclear|uncertain|unknown|debated|controversial)|poorly understood|more (?:research|studies) (?:is|are) needed|further (?:research|studies|investigation)|research is ongoing)\b/i;
// Naming or labelling a thing says what it is called, not what it does.
const DEFINITION =
  /(?:\b(?:is|are) (?:often |sometimes |also |commonly )?(?:called|known as|referred to as|defined as|termed)|^(?:often |sometimes |also |commonly )?(?:called|known as|referred to as)\b|, (?:also |often |sometimes )?(?:called|known as|defined as|referred to as)\b)/i;

// A single study's finding is evidence for an answer, not the answer: "One study found that …".
const EVIDENCE = /^(?:(?:one|a|another|a recent|a small) (?:study|trial|case report)|in (?:one|a) (?:study|case)\b)/i;

export type LeadRole = 'hedge' | 'evidence' | 'definition' | 'relation' | 'plain';

// A hedge that goes on to say what is thought ("… not fully understood but may involve …") still answers.
const HEDGED_CLAIM = /\b(?:but|however|although)\b[^.;]*\b(?:may|might|likely|probably|thought|believed|appears?|seems?)\b/i;

export function leadRole(text: string): LeadRole {
  if (HEDGE.test(text) && !HEDGED_CLAIM.test(text)) return 'hedge';
  if (EVIDENCE.test(text)) return 'evidence';
  if (RELATION.test(text)) return 'relation';
  if (DEFINITION.test(text)) return 'definition';
  return 'plain';
}

/** Whether a sentence should never open the answer to this question while another can. */
export function barredFromLead(text: string, q: QuestionAnalysis): boolean {
  const role = leadRole(text);
  if (role === 'hedge' || role === 'evidence') return true;
  return role === 'definition' && !q.intents.includes('definition');
}

/** Specific things of the kinds the question asks "which" of (the members of a broad group it names). */
function askedKindMembers(text: string, q: QuestionAnalysis): EntityDef[] {
  const groups = q.entities.filter((e) => e.broad);
  if (groups.length === 0) return [];
  const kinds = [...new Set(groups.map((g) => g.kind))];
  // "Which minerals does magnesium work with?" is not answered by naming magnesium again.
  const named = new Set(q.entities.map((e) => e.id));
  return entitiesIn(text, kinds).filter((e) => !e.broad && !named.has(e.id));
}

/** Whether a sentence gives the kind of answer the question's form asks for. */
export function fitsQuestionForm(text: string, q: QuestionAnalysis): boolean {
  switch (questionForm(q.question)) {
    case 'yesno':
      return leadRole(text) === 'relation';
    case 'why':
      return explains(text, q);
    case 'which':
      return askedKindMembers(text, q).length > 0;
    case 'open':
      return false;
  }
}

// "This is because …", "That happens due to …": the pointer is the thing a "why" question asks about.
const REASON_FOR_PREVIOUS = /^(?:this|that|it)(?: is| happens| occurs| may be| can be| is (?:partly|largely|mainly|mostly))? (?:because|due to)\b/i;
// "These electrolytes are …", "Such nerves …": a pointer and the noun it points with.
const POINTER_NOUN = /^(?:this|these|that|those|such|both) ([a-z][\w-]*)\s+/i;

/**
 * Whether a sentence that leans on the one before it reads as an answer on its own to this
 * question: for "why does X do Y?", "This is because …" gives the reason, its "this" being the Y
 * asked; "These electrolytes are …" answers a question naming electrolytes, if nothing else in it
 * points back.
 */
export function pointerResolvedByQuestion(text: string, q: QuestionAnalysis): boolean {
  const trimmed = text.trim();
  if (questionForm(q.question) === 'why' && REASON_FOR_PREVIOUS.test(trimmed)) return true;
  const m = POINTER_NOUN.exec(trimmed);
  if (!m?.[1]) return false;
  const asked = new Set([...contentStemSet(q.question), ...q.entityStems]);
  const nounStems = contentStems(m[1]);
  return nounStems.length > 0 && nounStems.every((s) => asked.has(s)) && !isDangling(trimmed.slice(m[0].length));
}

/**
 * Whether a question asks openly for the causes of something ("why …?", "what could be the
 * reason …?") without naming a cause or subject of its own: its answer opens with the passage's
 * overview of causes, not with one cause that scored best.
 */
export function asksOpenCause(q: QuestionAnalysis): boolean {
  return q.intents.includes('causes') && questionForm(q.question) !== 'yesno' && q.entities.every((e) => e.broad);
}

/** Whether a sentence gives the range of causes ("X and Y are frequent culprits …"), naming several. */
export function overviewsCauses(text: string): boolean {
  return CAUSE_OVERVIEW.test(text) && entitiesIn(text, FOCUS_KINDS).length >= OVERVIEW_MIN_NAMES;
}

/** Whether a sentence names what to do or take: a treatment stated, a remedy's effect, or advice given. */
export function namesTreatment(text: string): boolean {
  return TREATMENT_ANSWER.test(text) || ADVICE_OPENING.test(text.trim());
}

/**
 * Whether a sentence gives the kind of answer a treatment or an open cause question asks for
 * directly: what to do or take, or the overview naming the causes.
 */
export function answersAskedKind(text: string, q: QuestionAnalysis): boolean {
  return (q.intents.includes('treatment') && namesTreatment(text)) || kindLead(text, q);
}

/** Whether a sentence is the answer a question's kind asks before any other: the overview of causes, the definition asked. */
export function kindLead(text: string, q: QuestionAnalysis): boolean {
  return (asksOpenCause(q) && overviewsCauses(text)) || definesAskedTerm(text, q) || (asksForPeople(q) && sentenceStronglyMatchesIntent(text, 'risk'));
}

// "who gets …", "which folks tend to …", "what kind of people …": people asked for.
const PEOPLE_ASKED = new RegExp(`^(?:who\\b|(?:which|what) (?:\\w+ ){0,2}(?:${PEOPLE_ASKED_CUES.join('|')})\\b)`, 'i');

/** Whether a question's asking clause asks which people something happens to. */
export function asksForPeople(q: QuestionAnalysis): boolean {
  return q.question
    .toLowerCase()
    .split(/[,.;:!?]+\s*/)
    .some((clause) => PEOPLE_ASKED.test(openingOf(clause)));
}

// What follows a term that a sentence defines: an apposition (", a life-threatening condition …",
// ", which carries …") or a copula ("… is a protein …"), after an optional bracketed abbreviation.
const APPOSITION_AFTER_TERM = /^(?:\s*\([^)]*\))?,\s*(?:a|an|the|which|that)\b/i;
const COPULA_AFTER_TERM = /^(?:\s*\([^)]*\))?\s+(?:is|are|refers to|means|describes) (?:a|an|the)\b/i;

/**
 * Whether a sentence says what the thing a "what is X?" question asks about is: one of the
 * question's own topic words is followed by an apposition or a copula defining it.
 */
export function definesAskedTerm(text: string, q: QuestionAnalysis): boolean {
  if (!q.intents.includes('definition') || q.focusStems.length === 0) return false;
  // "What is vitamin D myopathy?" is not answered by defining myopathy in a sentence on statins.
  const named = new Set(entitiesIn(text, FOCUS_KINDS).map((e) => e.id));
  if (!q.entities.every((e) => e.broad || named.has(e.id))) return false;
  const asked = new Set(q.focusStems);
  for (const word of text.matchAll(/[A-Za-z][\w-]*/g)) {
    if (!contentStems(word[0]).some((s) => asked.has(s))) continue;
    const after = text.slice(word.index + word[0].length);
    // "X is a well-known cause of …" states a relation, not what X is.
    if (APPOSITION_AFTER_TERM.test(after) || (COPULA_AFTER_TERM.test(after) && !RELATION.test(after))) return true;
  }
  return false;
}
