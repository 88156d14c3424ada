import type { z } from 'zod';

/**
 * The first export of a module that parses with `schema`. Held-out sets are found by their shape,
 * never by an export name, so nothing in the eval names them beyond their schema.
 */
export function exportMatching<S extends z.ZodType>(exported: Record<string, unknown>, schema: S): z.infer<S> | undefined {
  for (const value of Object.values(exported)) {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}
