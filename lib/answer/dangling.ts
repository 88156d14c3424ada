import { entitiesIn } from '@/lib/question';
import { FOCUS_KINDS } from '@/lib/vocabulary';

/**
 * Sentences that lean on the one before them: "This can also cause…", "It works closely with…",
 * "A deficiency can damage these nerves…", "Low levels can result in…", "In children, this
 * deficiency…". Shown alone they lose their referent, so an answer either includes the sentence
 * they lean on or leaves them out. Wording is never changed.
 */

// Pronouns and discourse words that point back.
const POINTS_BACK =
  /^(it|its|this|these|they|their|them|that|those|such(?! as\b)|both|conversely|similarly|likewise|here|however|nevertheless|nonetheless|instead|otherwise|still|yet|then)\b/i;

// A short prepositional opener ("In children,", "In severe cases,", "For instance,") before a
// pointer. A clause opener ("While exercise helps, it …") holds its own referent.
const OPENER_THEN_POINTER =
  /^(in|for|with|at|on|by|during|after|before|without|over|under|as a result|because of|due to)\b[^,]{0,40},\s+(this|these|that|those|it|they|such(?! as\b))\b/i;
// A pointer among the first words: "Without them, …", "Hypomagnesemia impairs these processes".
const EARLY_POINTER = /^(?:\S+\s+){1,3}(this|these|those|such(?! as\b)|them|it|its|they|their)\b/i;

// A subject that only makes sense once the thing it belongs to was named: "A deficiency …",
// "The weakness …", "Low levels …", "When levels drop …".
const BARE_SUBJECT =
  /^(an?|the)\s+(severe\s+|prolonged\s+|long-term\s+|chronic\s+)?(deficiency|deficiencies|shortage|lack|condition|weakness|damage|disruption|imbalance|compression|disorder|disease|mineral|vitamin|nutrient|impact|effect|mechanism|result)\b|^(low|high|proper|adequate|normal|reduced)\s+levels\b|^when\s+(levels|this|it|they)\b/i;

// How far into a sentence a name may stand and still tell what a bare subject belongs to.
const NAME_WINDOW_WORDS = 6;

function namesSomethingEarly(sentence: string): boolean {
  const opening = sentence.split(/\s+/).slice(0, NAME_WINDOW_WORDS).join(' ');
  return entitiesIn(opening, FOCUS_KINDS).some((e) => !e.broad);
}

// "It is important to…", "It's always wise to…": an "it" that points at nothing.
// The adjective must go on to what is important ("to …", "that …", "for you to …"): "It is
// essential for the absorption of calcium" is about a thing named before it.
const EXPLETIVE_IT =
  /^it(?: is|'s|’s| was| can be| may be)\s+(?:\w+\s+)?(?:(?:important|crucial|essential|vital|wise|necessary|possible|common|recommended|best|advisable|difficult|hard|easy|helpful|worth)\s+(?:to|that|for \w+ to)\b|(?:unclear|thought|believed|estimated|not)\b)/i;

// "… can correct these deficiencies", "… disrupt these processes": "these" before a noun, anywhere.
const THESE_NOUN = /\bthese\s+(?!(?:can|may|might|will|would|could|are|were|is|include|includes|have|has)\b)[a-z]/i;

/**
 * "these <noun>" later in a sentence points back too ("Low zinc levels disrupt these processes"),
 * unless the words before it list what it points at: two or more specific nutrients, conditions or
 * drugs ("… iron, magnesium … any of these areas").
 */
function pointsBackLater(text: string): boolean {
  const m = THESE_NOUN.exec(text);
  return m !== null && entitiesIn(text.slice(0, m.index), FOCUS_KINDS).filter((e) => !e.broad).length < 2;
}

/** True when the sentence reads wrongly without the sentence before it. */
export function isDangling(sentence: string): boolean {
  const text = sentence.trim();
  if (EXPLETIVE_IT.test(text)) return false;
  if (POINTS_BACK.test(text) || OPENER_THEN_POINTER.test(text) || EARLY_POINTER.test(text)) return true;
  if (pointsBackLater(text)) return true;
  return BARE_SUBJECT.test(text) && !namesSomethingEarly(text);
}
