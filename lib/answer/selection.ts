import type { CellList } from './cell-lists';
import type { ScoredUnit } from './unit-scoring';

/** A chosen unit, or a list (foods, symptoms…) merged from several passages around it; `joinsPrevious` keeps it in the line before. */
export type SelectedUnit = ScoredUnit & { list?: CellList; joinsPrevious?: boolean };

/** The units of an answer in reading order; `list` when they are shown as bullets. */
export type Selection = { units: SelectedUnit[]; list: boolean };
