import { isDangling } from './dangling';
import { contentUnit, type SentenceUnit } from './sentences';
import { isAnswerText } from './unit-filters';
import { entitiesIn, findEntities, contentStems, countWords } from '@/lib/question';
import { FOCUS_KINDS, type EntityDef } from '@/lib/vocabulary';

/**
 * What scoring needs to know about a unit whatever the question: its stems, length, the things
 * it names. A passage's units are the same objects every time the passage comes back
 * (`sharedPassageUnits`), so these are worked out once per unit and kept with it; a unit that is
 * dropped takes its facts with it (weak keys).
 */
export type UnitFacts = {
  /** The unit may appear in an answer at all (see unit-filters). */
  answerText: boolean;
  textStems: ReadonlySet<string>;
  contextStems: ReadonlySet<string>;
  coreStems: readonly string[];
  words: number;
  anaphoric: boolean;
  /** Nutrients, conditions and drugs named in the text, in its first 6, 5 and 3 words, and by its subject. */
  named: readonly EntityDef[];
  namedInOpening: readonly EntityDef[];
  namedInLead: readonly EntityDef[];
  namedFirst: readonly EntityDef[];
  namedBySubject: readonly EntityDef[];
  /** Everything the text names as a deficiency ("low iron", "hypokalemia"). */
  deficiencies: readonly EntityDef[];
  /** Nutrients, conditions and drugs the unit's headings (its section without the title) name. */
  namedByHeadings: readonly EntityDef[];
};

const opening = (text: string, words: number) => text.split(/\s+/).slice(0, words).join(' ');

function workOut(unit: SentenceUnit): UnitFacts {
  const text = unit.text;
  return {
    answerText: isAnswerText(text),
    textStems: new Set(contentStems(text)),
    contextStems: new Set(contentStems(unit.context)),
    coreStems: contentStems(unit.core),
    words: countWords(text),
    anaphoric: isDangling(text),
    named: entitiesIn(text, FOCUS_KINDS),
    namedInOpening: entitiesIn(opening(text, 6), FOCUS_KINDS),
    namedInLead: entitiesIn(opening(text, 5), FOCUS_KINDS),
    namedFirst: entitiesIn(opening(text, 3), FOCUS_KINDS),
    namedBySubject: unit.subject ? entitiesIn(unit.subject, FOCUS_KINDS) : [],
    deficiencies: findEntities(text).flatMap((m) => (m.deficiency ? [m.entity] : [])),
    namedByHeadings: entitiesIn(unit.section.split(' > ').slice(1).join(' > '), FOCUS_KINDS),
  };
}

const factsByUnit = new WeakMap<SentenceUnit, UnitFacts>();

export function unitFacts(unit: SentenceUnit): UnitFacts {
  // A passage's units at any position n are copies of one split: they share its facts.
  const content = contentUnit(unit);
  let facts = factsByUnit.get(content);
  if (facts === undefined) {
    facts = workOut(content);
    factsByUnit.set(content, facts);
  }
  return facts;
}
