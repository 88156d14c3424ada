import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const listSchema = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== ''),
);

const commonArgsSchema = z.object({
  json: z.string().min(1).optional(),
  only: listSchema.optional(),
  help: z.boolean().optional(),
});
export type CommonArgs = z.infer<typeof commonArgsSchema>;

/**
 * Parses `--json <file>`, `--only a,b` and `--help` plus any extra string options a script
 * declares; unknown flags are an error so a typo does not silently run the wrong thing.
 */
export function parseScriptArgs<Extra extends z.ZodRawShape>(argv: readonly string[], extra: Extra): CommonArgs & z.infer<z.ZodObject<Extra>> {
  const extraOptions = Object.fromEntries(Object.keys(extra).map((k) => [k, { type: 'string' as const }]));
  const { values } = parseArgs({
    args: [...argv],
    options: {
      json: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...extraOptions,
    },
    strict: true,
    allowPositionals: false,
  });
  return commonArgsSchema.extend(extra).parse(values) as CommonArgs & z.infer<z.ZodObject<Extra>>;
}

/** Picks the sections named by --only (all when absent); unknown names are an error. */
export function selectSections<T extends { name: string }>(all: readonly T[], only: readonly string[] | undefined): T[] {
  if (!only || only.length === 0) return [...all];
  const unknown = only.filter((name) => !all.some((s) => s.name === name));
  if (unknown.length > 0) {
    throw new Error(`Unknown section(s): ${unknown.join(', ')}. Available: ${all.map((s) => s.name).join(', ')}`);
  }
  return all.filter((s) => only.includes(s.name));
}

export function writeJsonReport(file: string, report: unknown): void {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${target}`);
}
