import { mergeCellLists, type CellList } from './cell-lists';
import type { ScoredUnit } from './unit-scoring';
import type { QuestionAnalysis } from '@/lib/question';
import type { EntityDef } from '@/lib/vocabulary';

/**
 * Food answers from the food columns and "Sources:" items of the passages. Several articles list
 * foods for the same nutrient; their lists are merged into one sentence per nutrient (see
 * cell-lists.ts), each food named once.
 */

/** The merged food list of one nutrient, with the unit whose cell leads it; null without any. */
export function mergeFoodLists(nutrient: EntityDef, units: readonly ScoredUnit[]): { lead: ScoredUnit; list: CellList } | null {
  return mergeCellLists(`${nutrient.id}:foods`, units);
}

/** The nutrients a food question asks about, in the order named. */
export function askedNutrients(q: QuestionAnalysis): EntityDef[] {
  return q.intents.includes('foods') ? q.entities.filter((e) => e.kind === 'nutrient' && !e.broad) : [];
}
