import { askedCovered } from '@/lib/grounding';
import type { SentenceUnit } from './sentences';
import { DEFAULT_ANSWER_SETTINGS } from './settings';
import { unitFacts } from './unit-facts';
import { covers, isBroaderThan, related, type QuestionAnalysis } from '@/lib/question';
import { ENTITY_BY_ID, type EntityDef } from '@/lib/vocabulary';

const F = DEFAULT_ANSWER_SETTINGS.entityFit;

/** How a sentence relates to the nutrients, conditions and drugs a question names. */

export type EntityFit = { eligible: boolean; bonus: number; namesEntity: boolean; ids: Set<string>; dilution: number };

/** Entity ids named by the passages of each section, so a sentence can be about its section's subject. */
export type SectionEntities = Map<string, Set<string>>;

export function sectionEntities(units: readonly SentenceUnit[]): SectionEntities {
  const out: SectionEntities = new Map();
  for (const u of units) {
    const set = out.get(u.section) ?? new Set<string>();
    for (const id of u.passageEntityIds) set.add(id);
    out.set(u.section, set);
  }
  return out;
}

/**
 * A section is about an entity when its heading names it (or its group), or when its passages name
 * at most two specific things, the entity among them. Summaries that list everything are not.
 */
function sectionIsAbout(section: string, headingNames: readonly EntityDef[], entity: EntityDef, sections: SectionEntities): boolean {
  if (entity.broad) return false;
  const matches = (id: string) => id === entity.id || (entity.broader ?? []).includes(id);
  if (headingNames.some((e) => !e.broad && matches(e.id))) return true;
  const ids = [...(sections.get(section) ?? [])].filter((id) => !ENTITY_BY_ID.get(id)?.broad);
  return ids.length <= 2 && ids.some(matches);
}

/**
 * A passage whose own text names other specific things but not the asked one is about those,
 * even under a heading that names both ("The Impact of Anemia and Vitamin D").
 */
function passageIsAboutOther(unit: SentenceUnit, asked: readonly EntityDef[]): boolean {
  const named = (unit.textEntityIds ?? []).flatMap((id) => ENTITY_BY_ID.get(id) ?? []).filter((e) => !e.broad);
  return named.length > 0 && !named.some((m) => asked.some((e) => related(m, e)));
}

/**
 * How a unit relates to the nutrients/conditions/drugs asked about: it names one (or a member of an
 * asked group), its heading or table row does, it names the group the asked one belongs to, or its
 * section is about it. A unit that names none of these, or only other things of the same kind, is
 * not eligible.
 */
export function entityFit(unit: SentenceUnit, q: QuestionAnalysis, present: Set<string>, sections: SectionEntities): EntityFit {
  const asked = q.entities.filter((e) => present.has(e.id));
  if (asked.length === 0) return { eligible: true, bonus: 0, namesEntity: false, ids: new Set(), dilution: 1 };
  const facts = unitFacts(unit);
  const inText = facts.named;
  const named = askedCovered(asked, inText);
  const viaSubject = askedCovered(asked, facts.namedBySubject).filter((e) => !named.includes(e));
  const askedKinds = new Set(asked.map((e) => e.kind));
  const others = inText.filter((t) => askedKinds.has(t.kind) && !asked.some((e) => related(t, e))).length;
  // "poor circulation" may speak for PAD; "these nutrients" is too wide to speak for iron.
  const viaGroup = asked.filter((e) => !named.includes(e) && inText.some((t) => !t.broad && isBroaderThan(t, e)));
  // A sentence in a section about the entity may answer without naming it ("Diagnostic procedures,
  // including …"), unless it is about something else: another nutrient, condition or drug as its subject.
  const aboutOther = facts.namedInOpening.some((t) => !t.broad && !asked.some((e) => related(t, e)));
  const viaSection =
    named.length + viaSubject.length + viaGroup.length === 0 && !aboutOther && !passageIsAboutOther(unit, asked)
      ? asked.filter((e) => sectionIsAbout(unit.section, facts.namedByHeadings, e, sections))
      : [];
  const ids = new Set([...named, ...viaSubject, ...viaGroup, ...viaSection].map((e) => e.id));
  if (ids.size === 0) return { eligible: false, bonus: 0, namesEntity: false, ids, dilution: 1 };
  let bonus =
    named.length > 0
      ? F.namedBonus + F.namedExtraBonus * (named.length - 1)
      : viaSubject.length > 0
        ? F.viaSubjectBonus
        : viaGroup.length > 0
          ? F.viaGroupBonus
          : F.viaSectionBonus;
  // A sentence listing many other nutrients (or drugs…) is a summary, not an answer about this one.
  bonus -= Math.min(F.otherEntityCostCap, F.otherEntityCost * others);
  if (q.deficiency && facts.deficiencies.some((d) => asked.some((e) => covers(d, e)))) bonus += F.deficiencyBonus;
  if (askedCovered(asked, facts.namedInLead).length > 0) bonus += F.leadBonus;
  // "Can medicines…?" is answered first by a sentence about medicines as such, then by members.
  if (asked.some((e) => e.broad && inText.some((t) => t.id === e.id))) bonus += F.broadBonus;
  // "What is X?" / "Tell me about X" reads best from a sentence that starts with X.
  const about = q.intents.includes('definition') || q.intents.includes('role');
  if (about && askedCovered(asked, facts.namedFirst).length > 0) bonus += F.aboutStartBonus;
  return { eligible: true, bonus, namesEntity: named.length > 0, ids, dilution: others >= F.dilutionOthers ? F.dilutionFactor : 1 };
}
