/**
 * Load and fault tests against the production server on loopback:
 *   npm run test:load            short run (CI): 50 concurrent chats, 200 walk-aways
 *   npm run test:load -- --long  full run: 200 concurrent chats, 2,000 walk-aways
 * Builds into .next-load when the build is missing or older than the sources, starts and stops
 * every server itself, prints PASS/FAIL per check, and ends with "N passed, N failed"; the exit
 * code is non-zero on any failure.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readConfig } from '@/lib/config';
import { FAKE_MODEL, startFakeOpenAIServer } from '@/tests/helpers/fake-openai-server';
import { printResult, type CheckResult } from '@/tests/load/check';
import { BROKEN_CORPUS_FILES, brokenCorpusFiles, INDEX_FAULTS, indexFault } from '@/tests/load/index-checks';
import { cleanServerLog, concurrentChats, concurrentChatsOneClient, walkAways } from '@/tests/load/traffic-checks';
import { emptyVariablesAreUnset, UPSTREAM_CASES, upstreamFailure, upstreamUsed } from '@/tests/load/upstream-checks';
import { everyApiRouteLimited, hostnameBinds, limiterKeysByConnectingAddress, unsupportedMethods } from '@/tests/load/platform-checks';
import { clusterChecks } from '@/tests/load/cluster-checks';
import { writeJsonReport } from './lib/cli';
import { describeMachine, machineLine } from './lib/machine';
import { ensureProductionBuild, findFreePort, LOAD_DIST_DIR, withProductionServer, type ServerOptions } from './lib/server';

type Scale = { concurrent: number; walkAways: number; walkAwayConcurrency: number; rssToleranceMb: number; heapToleranceMb: number };

const SCALES: Record<'short' | 'long', Scale> = {
  short: { concurrent: 50, walkAways: 200, walkAwayConcurrency: 25, rssToleranceMb: 40, heapToleranceMb: 8 },
  long: { concurrent: 200, walkAways: 2_000, walkAwayConcurrency: 50, rssToleranceMb: 40, heapToleranceMb: 8 },
};

const loadArgsSchema = z.object({
  long: z.boolean().optional(),
  short: z.boolean().optional(),
  'reuse-build': z.boolean().optional(),
  json: z.string().min(1).optional(),
  only: z.string().optional(),
  help: z.boolean().optional(),
});

const GROUPS = ['traffic', 'upstream', 'data', 'platform', 'cluster'] as const;
type Group = (typeof GROUPS)[number];

function selectedGroups(only: string | undefined): Group[] {
  if (!only) return [...GROUPS];
  const names = only.split(',').map((s) => s.trim());
  return names.map((name) => z.enum(GROUPS).parse(name));
}

function readArgs(argv: string[]): z.infer<typeof loadArgsSchema> {
  const { values } = parseArgs({
    args: argv,
    options: {
      long: { type: 'boolean' },
      short: { type: 'boolean' },
      'reuse-build': { type: 'boolean' },
      json: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  const args = loadArgsSchema.parse(values);
  if (args.long && args.short) throw new Error('--long and --short exclude each other');
  return args;
}

/** The app's offline default, whatever the shell exports. */
// The simulated clients sit behind one trusted proxy that appends their address to X-Forwarded-For.
const OFFLINE_ENV = {
  OPENAI_API_KEY: null,
  OPENAI_BASE_URL: null,
  OPENAI_MODEL: null,
  LEGWISE_CORPUS_DIR: null,
  LEGWISE_DATA_DIR: null,
  TRUSTED_PROXY_HOPS: '1',
};

async function trafficChecks(scale: Scale, server: ServerOptions): Promise<CheckResult[]> {
  return withProductionServer({ ...server, env: OFFLINE_ENV, inspect: true }, async (app) => {
    const results: CheckResult[] = [];
    const step = async (work: Promise<CheckResult>) => {
      const result = await work;
      printResult(result);
      results.push(result);
    };
    await step(concurrentChats(app, scale.concurrent));
    // More than the burst from one client, so the limiter has to refuse some.
    const burst = readConfig({ NODE_ENV: 'production' }).rateLimit.burst;
    await step(concurrentChatsOneClient(app, Math.max(scale.concurrent, burst * 2), '192.0.2.77'));
    await step(
      walkAways(app, {
        count: scale.walkAways,
        concurrency: scale.walkAwayConcurrency,
        rssToleranceMb: scale.rssToleranceMb,
        heapToleranceMb: scale.heapToleranceMb,
      }),
    );
    await step(cleanServerLog(app, 'offline'));
    return results;
  });
}

async function upstreamChecks(server: ServerOptions): Promise<CheckResult[]> {
  const fake = await startFakeOpenAIServer();
  try {
    const env = { ...OFFLINE_ENV, OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: FAKE_MODEL };
    return await withProductionServer({ ...server, env }, async (app) => {
      const results = [await upstreamUsed(app, fake, `openai-compatible:${FAKE_MODEL}`)];
      printResult(results[0]!);
      for (const [i, c] of UPSTREAM_CASES.entries()) {
        const result = await upstreamFailure(app, fake, c, i);
        printResult(result);
        results.push(result);
      }
      const log = await cleanServerLog(app, 'upstream');
      printResult(log);
      return [...results, log];
    });
  } finally {
    await fake.close();
  }
}

async function dataChecks(server: ServerOptions): Promise<CheckResult[]> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'legwise-load-'));
  const realCorpusDir = readConfig({ NODE_ENV: 'production' }).corpusDir;
  try {
    const results: CheckResult[] = [];
    for (const [i, fault] of INDEX_FAULTS.entries()) {
      const result = await indexFault(fault, { root: path.join(root, `fault-${i}`), realCorpusDir, server });
      printResult(result);
      results.push(result);
    }
    const broken = await brokenCorpusFiles({ root: path.join(root, 'broken'), realCorpusDir, server });
    printResult(broken);
    results.push(broken);
    const empty = await emptyVariablesAreUnset({ ...server, env: OFFLINE_ENV });
    printResult(empty);
    results.push(empty);
    return results;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** The HTTP surface with no trusted proxy (the default): methods, per-address limits, every route limited, HOSTNAME. */
async function platformChecks(server: ServerOptions): Promise<CheckResult[]> {
  const shareDir = await mkdtemp(path.join(os.tmpdir(), 'legwise-load-shares-'));
  const env = { ...OFFLINE_ENV, TRUSTED_PROXY_HOPS: '0', LEGWISE_SHARE_DB: path.join(shareDir, 'shares.sqlite') };
  const results = await withProductionServer({ ...server, env }, async (app) => {
    const out: CheckResult[] = [];
    for (const check of [unsupportedMethods, limiterKeysByConnectingAddress, everyApiRouteLimited]) {
      const result = await check(app);
      printResult(result);
      out.push(result);
    }
    return out;
  }).finally(() => rm(shareDir, { recursive: true, force: true }));
  const bind = await hostnameBinds(await findFreePort(), LOAD_DIST_DIR);
  printResult(bind);
  return [...results, bind];
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  if (args.help) {
    console.log('Usage: npm run test:load -- [--short | --long] [--only traffic,upstream,data,platform,cluster] [--reuse-build] [--json <file>]');
    return 0;
  }
  const mode = args.long ? 'long' : 'short';
  const scale = SCALES[mode];
  console.log(machineLine(describeMachine()));
  console.log(
    `Load test (${mode}): ${scale.concurrent} concurrent chats, ${scale.walkAways} walk-aways, ${INDEX_FAULTS.length} index faults, ${BROKEN_CORPUS_FILES.length} broken corpus files`,
  );
  await ensureProductionBuild({ reuse: args['reuse-build'] === true });
  const server: ServerOptions = { log: (line) => console.log(line) };
  const groups = selectedGroups(args.only);
  const results: CheckResult[] = [];
  if (groups.includes('traffic')) results.push(...(await trafficChecks(scale, server)));
  if (groups.includes('upstream')) results.push(...(await upstreamChecks(server)));
  if (groups.includes('data')) results.push(...(await dataChecks(server)));
  if (groups.includes('platform')) results.push(...(await platformChecks(server)));
  if (groups.includes('cluster')) results.push(...(await clusterChecks(mode, (line) => console.log(line))));
  const failed = results.filter((r) => !r.passed).length;
  if (args.json) writeJsonReport(args.json, { generatedAt: new Date().toISOString(), mode, scale, results });
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
  },
);
