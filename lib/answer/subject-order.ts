import { entitiesIn } from '@/lib/question';
import { FOCUS_KINDS } from '@/lib/vocabulary';
import type { ScoredUnit } from './unit-scoring';

/**
 * An answer reads by subject: the sentences about one nutrient, condition or drug stand together,
 * whichever article they come from, in the order the subjects first appear (the lead's first).
 * A sentence naming nothing, or leaning on the one before it, stays with that one.
 */

/** The first specific thing a unit names in its text, or the subject of its row or heading. */
function subjectOf(unit: ScoredUnit): string | undefined {
  const named = entitiesIn(unit.text, FOCUS_KINDS).find((e) => !e.broad);
  if (named) return named.id;
  return unit.subject ? entitiesIn(unit.subject, FOCUS_KINDS).find((e) => !e.broad)?.id : undefined;
}

const leansOn = (unit: ScoredUnit, previous: ScoredUnit | undefined) =>
  previous !== undefined && unit.anaphoric && previous.n === unit.n && previous.index === unit.index - 1;

/** Units grouped by subject, groups in order of first appearance, stable within a group; the first unit stays first. */
export function groupBySubject<T extends ScoredUnit>(units: readonly T[]): T[] {
  const keys: Array<string | undefined> = [];
  units.forEach((unit, i) => {
    const inherited = keys[i - 1];
    keys.push(leansOn(unit, units[i - 1]) ? inherited : (subjectOf(unit) ?? inherited));
  });
  const rank = new Map<string | undefined, number>();
  for (const key of keys) if (!rank.has(key)) rank.set(key, rank.size);
  return units
    .map((unit, i) => ({ unit, rank: rank.get(keys[i]) ?? 0, i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.unit);
}
