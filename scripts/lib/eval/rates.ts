/** How often a check passed over a set of items, the one shape every eval figure is reported in. */
export type Rate = { passed: number; n: number; rate: number };

/** `rate` is NaN when there are no items: printed as "-", never as 0%. */
export function rate<T>(items: readonly T[], pass: (t: T) => boolean): Rate {
  const passed = items.filter(pass).length;
  return { passed, n: items.length, rate: items.length === 0 ? Number.NaN : passed / items.length };
}

/** Rates per group, groups in sorted order; an item may belong to several groups (or none). */
export function groupRates<T>(items: readonly T[], groupsOf: (t: T) => string | readonly string[], pass: (t: T) => boolean): Record<string, Rate> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const keys = groupsOf(item);
    for (const key of typeof keys === 'string' ? [keys] : keys) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return Object.fromEntries([...groups.keys()].sort().map((key) => [key, rate(groups.get(key) ?? [], pass)]));
}

export const ratio = (r: Rate) => `${r.passed}/${r.n}`;
export const percent = (r: Rate) => (Number.isNaN(r.rate) ? '-' : `${(r.rate * 100).toFixed(1)}%`);
