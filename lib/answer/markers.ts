/**
 * Citation markers in answer text. Models write "[2]", "[1, 3]", "[1][1]" or "[7]" for a passage
 * that does not exist; the UI needs clean "[n]" markers numbered as the sources it lists.
 */

// A bracket group of numbers: "[1]", "[1, 2]", "[1,2]", "[1 ,2 , 3]".
const NUMBER_GROUP = /\[\s*(\d+(?:\s*,\s*\d+)*)\s*\]/g;
// Any other short bracket group that looks like a marker attempt: "[abc]", "[]", "[ 1a ]", "[n]".
const BOGUS_MARKER = /\[\s*[A-Za-z0-9]{0,6}\s*\](?!\()/g;

export type CheckedMarkers = { text: string; cited: number[] };

function keptNumbers(group: string, passageCount: number): number[] {
  const out: number[] = [];
  for (const raw of group.split(',')) {
    const n = Number(raw.trim());
    if (Number.isInteger(n) && n >= 1 && n <= passageCount && !out.includes(n)) out.push(n);
  }
  return out;
}

/** Collapses space before punctuation and double spaces left where markers were removed. */
function tidySpacing(text: string): string {
  return text
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+$/gm, '');
}

/**
 * Keeps only markers that point at one of `passageCount` passages, writes groups as "[1][2]",
 * drops a marker that repeats the one just before it, and lists cited numbers in first-appearance
 * order.
 */
export function checkMarkers(text: string, passageCount: number): CheckedMarkers {
  const normalised = text.replace(NUMBER_GROUP, (_m, group: string) => {
    const kept = keptNumbers(group, passageCount);
    return kept.map((n) => `\u0000${n}\u0001`).join('');
  });
  // Valid groups are already swapped for placeholders, so any bracket group left is bogus.
  const withoutBogus = normalised.replace(BOGUS_MARKER, '');
  // Repeats within one run of adjacent markers ("[1][1]", "[1][2][1]") add nothing.
  const deduped = withoutBogus.replace(/(?:\u0000\d+\u0001\s*)+/g, (run) => {
    const nums = [...run.matchAll(/\u0000(\d+)\u0001/g)].map((m) => Number(m[1]));
    const trailing = /\s*$/.exec(run)?.[0] ?? '';
    return [...new Set(nums)].map((n) => `\u0000${n}\u0001`).join('') + trailing;
  });
  const cited: number[] = [];
  const final = deduped.replace(/\u0000(\d+)\u0001/g, (_m, d: string) => {
    const n = Number(d);
    if (!cited.includes(n)) cited.push(n);
    return `[${n}]`;
  });
  return { text: tidySpacing(final), cited };
}

export type Renumbered = { text: string; mapping: Map<number, number> };

/**
 * Renumbers markers so they run 1..m in order of first appearance. `cited` is the order from
 * `checkMarkers`; the mapping goes from old passage number to new marker number.
 */
export function renumberCitations(text: string, cited: readonly number[]): Renumbered {
  const mapping = new Map<number, number>();
  cited.forEach((old, i) => mapping.set(old, i + 1));
  const renumbered = text.replace(/\[(\d+)\]/g, (m, d: string) => {
    const next = mapping.get(Number(d));
    return next === undefined ? m : `[${next}]`;
  });
  return { text: renumbered, mapping };
}
