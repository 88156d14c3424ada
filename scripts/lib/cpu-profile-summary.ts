/**
 * Sums a V8 .cpuprofile (the format `node --cpu-prof` writes) by function and by file. Pure: the
 * profile comes in parsed, the sums go out sorted.
 */
import { z } from 'zod';

const callFrameSchema = z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() });
const profileNodeSchema = z.object({ id: z.number(), callFrame: callFrameSchema, children: z.array(z.number()).optional() });
export const cpuProfileSchema = z.object({
  nodes: z.array(profileNodeSchema),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
  startTime: z.number(),
});
type ProfileNode = z.infer<typeof profileNodeSchema>;

export type ProfileRow = { name: string; ms: number };
export type ProfileSummary = {
  totalMs: number;
  selfByFunction: ProfileRow[];
  selfByFile: ProfileRow[];
  inclusiveByProjectFunction: ProfileRow[];
};

const PACKAGE_PATH = /node_modules\/((?:@[^/]+\/)?[^/]+)/;

/** A short place for a frame: `nm/<package>` for dependencies, the path after the repo otherwise. */
function placeOf(url: string): string {
  if (url === '') return '(native)';
  const pkg = PACKAGE_PATH.exec(url);
  if (pkg) return `nm/${pkg[1]}`;
  return url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '');
}

const isProjectFrame = (url: string) => url !== '' && !url.startsWith('node:') && !PACKAGE_PATH.test(url);

function add(sums: Map<string, number>, key: string, us: number): void {
  sums.set(key, (sums.get(key) ?? 0) + us);
}

function topRows(sums: Map<string, number>, top: number): ProfileRow[] {
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => ({ name, ms: us / 1000 }));
}

export function summarizeProfile(raw: unknown, options: { top: number; skipSeconds: number }): ProfileSummary {
  const profile = cpuProfileSchema.parse(raw);
  const byId = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const selfByFunction = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let at = profile.startTime;
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    at += us;
    const node = byId.get(id);
    if (!node || (at - profile.startTime) / 1e6 < options.skipSeconds) return;
    totalUs += us;
    const place = placeOf(node.callFrame.url);
    add(selfByFunction, `${node.callFrame.functionName || '(anonymous)'}  ${place}:${node.callFrame.lineNumber + 1}`, us);
    add(selfByFile, place, us);
    // Each project function on the stack once, however deep the recursion.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parentOf.get(cur)) {
      const frame = byId.get(cur)?.callFrame;
      if (!frame || !isProjectFrame(frame.url)) continue;
      const key = `${frame.functionName || '(anonymous)'}  ${placeOf(frame.url)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      add(inclusive, key, us);
    }
  });
  return {
    totalMs: totalUs / 1000,
    selfByFunction: topRows(selfByFunction, options.top),
    selfByFile: topRows(selfByFile, options.top),
    inclusiveByProjectFunction: topRows(inclusive, options.top),
  };
}
