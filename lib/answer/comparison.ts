/**
 * Comparisons ("X versus Y", "X or Y", "the difference between X and Y"): every side named gets
 * at least one sentence, and the answer takes the sides in the order the question names them.
 * The question's kind comes from the turn analysis's own rules (lib/question), never from topic words.
 */
import type { ScoredUnit } from './unit-scoring';
import { type EntityDef } from '@/lib/vocabulary';
import { questionKind, type QuestionAnalysis } from '@/lib/question';

/** The specific things a comparison names, in the order asked; none when it is no comparison. */
export function comparedSides(q: QuestionAnalysis): EntityDef[] {
  const sides = q.entities.filter((e) => !e.broad);
  if (sides.length < 2) return [];
  return questionKind(q.question, q.intents, sides.length) === 'comparison' ? sides : [];
}

/** The first side not yet covered by the chosen units, in the order asked. */
export function nextUncoveredSide(sides: readonly EntityDef[], chosen: readonly ScoredUnit[]): EntityDef | undefined {
  return sides.find((side) => !chosen.some((u) => u.entityIds.has(side.id)));
}

const leansOn = (unit: ScoredUnit, previous: ScoredUnit | undefined) =>
  previous !== undefined && unit.anaphoric && previous.n === unit.n && previous.index === unit.index - 1;

/**
 * Units in the order of the sides they speak of (the first side each names), stable otherwise. A
 * unit naming no side, or leaning on the one before it, stays with that one.
 */
export function orderBySides<T extends ScoredUnit>(units: readonly T[], sides: readonly EntityDef[]): T[] {
  if (sides.length < 2) return [...units];
  const ranks: number[] = [];
  units.forEach((unit, i) => {
    const side = sides.findIndex((s) => unit.entityIds.has(s.id));
    const inherited = i > 0 ? (ranks[i - 1] ?? 0) : 0;
    ranks.push(side < 0 || leansOn(unit, units[i - 1]) ? inherited : side);
  });
  return units
    .map((unit, i) => ({ unit, rank: ranks[i] ?? 0, i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.unit);
}
