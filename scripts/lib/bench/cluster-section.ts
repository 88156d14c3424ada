/**
 * `npm run bench -- --only cluster`: computed offline answers per second at 10 and 50 clients for
 * one instance (direct, embedded limiter) and for two instances behind nginx sharing a real
 * redis-server, in the same run; the ratio; the CPU each process used (the load generator runs in
 * this process, the balancer, Redis and the instances beside it on the same cores); first streamed
 * text p50 through the balancer; peak RSS per instance.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { runChat } from '@/tests/load/chat-client';
import { QUESTIONS } from '@/tests/load/traffic-checks';
import { freeClusterPorts, startCluster, type RunningCluster } from '../cluster/cluster';
import { startLocalRedis } from '../redis-server';
import { ensureProductionBuild, LOAD_DIST_DIR, readProcessCpuSeconds, withProductionServer } from '../server';
import { readMachineBusySeconds } from '../machine';
import { median, summarizeLatencies } from '../stats';
import { formatMb, formatMs, formatNumber, printTable } from '../table';
import { chatLoad, COMPUTED_SERVER_ENV } from './chat-section';
import type { BenchSection } from './types';

export const CLUSTER_TARGETS = { ratioAt10: 1.5, firstTextP50Ms: 50, peakRssMbPerInstance: 400 } as const;

/** How the arms are measured: rounds alternate one instance and two, each round with fresh processes. */
const CLUSTER_BENCH_SETTINGS = {
  concurrency: [10, 50],
  seconds: 8,
  rounds: 3,
  /** A short run at the lower concurrency before measuring, so the JIT is warm in every arm alike. */
  warmSeconds: 3,
  firstTextQuestions: 40,
} as const;
const CONCURRENCY = CLUSTER_BENCH_SETTINGS.concurrency;
const SECONDS = CLUSTER_BENCH_SETTINGS.seconds;

type CpuSource = { name: string; seconds: () => number };

type Throughput = {
  concurrency: number;
  answersPerSecond: number;
  completeAnswers: number;
  non2xx: number;
  errors: number;
  /** CPU seconds each measured process used over the run. */
  cpuSecondsBy: Record<string, number>;
  /** The whole machine's busy CPU seconds over the run: the measured processes and everything else. */
  machineBusySeconds: number;
  wallSeconds: number;
};

/** The pids of a process's children (nginx's workers), from /proc. */
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function cpuOf(pids: () => number[]): () => number {
  return () =>
    pids().reduce((sum, pid) => {
      try {
        return sum + readProcessCpuSeconds(pid);
      } catch {
        return sum;
      }
    }, 0);
}

const generatorCpu = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

async function throughputAt(url: string, concurrency: number, sources: CpuSource[]): Promise<Throughput> {
  const before = sources.map((s) => s.seconds());
  const machineBefore = readMachineBusySeconds();
  const { result, complete } = await chatLoad(url, concurrency, SECONDS);
  const cpuSecondsBy = Object.fromEntries(sources.map((s, i) => [s.name, s.seconds() - before[i]!]));
  return {
    concurrency,
    answersPerSecond: complete / result.duration,
    completeAnswers: complete,
    machineBusySeconds: readMachineBusySeconds() - machineBefore,
    non2xx: result.non2xx,
    errors: result.errors,
    cpuSecondsBy,
    wallSeconds: result.duration,
  };
}

async function firstTextP50(url: string): Promise<number> {
  const samples: number[] = [];
  for (const question of QUESTIONS.slice(0, CLUSTER_BENCH_SETTINGS.firstTextQuestions)) {
    const run = await runChat(url, question);
    if (run.firstTextMs !== undefined) samples.push(run.firstTextMs);
  }
  return summarizeLatencies(samples).p50;
}

async function warm(url: string): Promise<void> {
  await chatLoad(url, CONCURRENCY[0], CLUSTER_BENCH_SETTINGS.warmSeconds);
}

function clusterSources(cluster: RunningCluster, redisPid: () => number[]): CpuSource[] {
  return [
    { name: 'load generator', seconds: generatorCpu },
    { name: 'nginx', seconds: cpuOf(() => [cluster.balancer.pid, ...childPids(cluster.balancer.pid)]) },
    { name: 'redis', seconds: cpuOf(redisPid) },
    ...cluster.instances.map((i) => ({ name: i.name, seconds: () => i.cpuSeconds() })),
  ];
}

export type ClusterFigures = {
  /** Every round's runs, in the order measured. */
  one: Throughput[][];
  two: Throughput[][];
  /** Median answers/s across rounds, by client count. */
  medianAnswersPerSecond: { one: Record<string, number>; two: Record<string, number> };
  /** Ratio of the medians, by client count. */
  ratio: Record<string, number>;
  firstTextP50ThroughBalancerMs: number;
  peakRssPerInstanceBytes: number[];
  targets: typeof CLUSTER_TARGETS;
};

/** The CPU split of one run: each process, and what other work on the machine took. */
function cpuSplit(t: Throughput): string {
  const measured = Object.values(t.cpuSecondsBy).reduce((sum, s) => sum + s, 0);
  const shares = [...Object.entries(t.cpuSecondsBy), ['other processes', Math.max(0, t.machineBusySeconds - measured)] as const];
  return shares.map(([name, s]) => `${name} ${Math.round((s / t.wallSeconds) * 100)}%`).join(', ');
}

/** CPU milliseconds per complete answer, all measured processes together (load generator included). */
function cpuPerAnswer(t: Throughput): string {
  const measured = Object.values(t.cpuSecondsBy).reduce((sum, s) => sum + s, 0);
  return t.completeAnswers > 0 ? formatMs((measured * 1000) / t.completeAnswers) : '-';
}

function printFigures(f: ClusterFigures): void {
  const row = (label: string, t: Throughput) => [
    label,
    String(t.concurrency),
    formatNumber(t.answersPerSecond, 1),
    String(t.non2xx + t.errors),
    cpuPerAnswer(t),
    `${Math.round((t.machineBusySeconds / t.wallSeconds) * 100)}%`,
    cpuSplit(t),
  ];
  const rows = f.one.flatMap((oneRound, r) => [
    ...oneRound.map((t) => row(`round ${r + 1}: 1 instance, direct`, t)),
    ...(f.two[r] ?? []).map((t) => row(`round ${r + 1}: 2 instances + nginx + redis`, t)),
  ]);
  printTable(
    `Cluster: computed offline answers/s (answer cache off, autocannon ${SECONDS} s per run, ${f.one.length} alternating rounds; CPU as % of one core over the run, ${os.availableParallelism()} cores = ${os.availableParallelism() * 100}%)`,
    ['setup', 'clients', 'answers/s', 'failed', 'CPU/answer (all measured)', 'machine busy', 'CPU by process'],
    rows,
  );
  printTable(
    'Cluster: medians across rounds',
    ['clients', '1 instance answers/s', '2 instances answers/s', 'ratio'],
    CONCURRENCY.map((c) => [
      String(c),
      formatNumber(f.medianAnswersPerSecond.one[String(c)] ?? Number.NaN, 1),
      formatNumber(f.medianAnswersPerSecond.two[String(c)] ?? Number.NaN, 1),
      `${formatNumber(f.ratio[String(c)] ?? Number.NaN, 2)}x`,
    ]),
  );
  printTable(
    'Cluster against its targets',
    ['measure', 'value', 'target', 'met'],
    [
      [
        '2 vs 1 at 10 clients (medians)',
        `${formatNumber(f.ratio['10'] ?? Number.NaN, 2)}x`,
        `>= ${CLUSTER_TARGETS.ratioAt10}x`,
        (f.ratio['10'] ?? 0) >= CLUSTER_TARGETS.ratioAt10 ? 'yes' : 'NO',
      ],
      ['2 vs 1 at 50 clients (medians)', `${formatNumber(f.ratio['50'] ?? Number.NaN, 2)}x`, '-', '-'],
      [
        'first streamed text p50 through nginx',
        formatMs(f.firstTextP50ThroughBalancerMs),
        `< ${CLUSTER_TARGETS.firstTextP50Ms} ms`,
        f.firstTextP50ThroughBalancerMs < CLUSTER_TARGETS.firstTextP50Ms ? 'yes' : 'NO',
      ],
      ...f.peakRssPerInstanceBytes.map((b, i) => [
        `peak RSS instance ${i + 1}`,
        formatMb(b),
        `< ${CLUSTER_TARGETS.peakRssMbPerInstance} MB`,
        b < CLUSTER_TARGETS.peakRssMbPerInstance * 1024 * 1024 ? 'yes' : 'NO',
      ]),
    ],
  );
}

async function measureOne(): Promise<Throughput[]> {
  return withProductionServer({ env: COMPUTED_SERVER_ENV }, async (server) => {
    await warm(server.url);
    const sources: CpuSource[] = [
      { name: 'load generator', seconds: generatorCpu },
      { name: 'instance', seconds: () => server.cpuSeconds() },
    ];
    const out: Throughput[] = [];
    for (const c of CONCURRENCY) out.push(await throughputAt(server.url, c, sources));
    return out;
  });
}

type TwoRound = { two: Throughput[]; firstTextP50ThroughBalancerMs: number; peakRssPerInstanceBytes: number[] };

async function measureTwo(): Promise<TwoRound> {
  const redis = await startLocalRedis();
  const cluster = await startCluster({
    instances: 2,
    host: '127.0.0.1',
    ...(await freeClusterPorts(2)),
    redisUrl: redis.url,
    distDir: LOAD_DIST_DIR,
    env: COMPUTED_SERVER_ENV,
  });
  try {
    await warm(cluster.url);
    const redisPid = () => (redis.pid() === undefined ? [] : [redis.pid()!]);
    const sources = clusterSources(cluster, redisPid);
    const two: Throughput[] = [];
    for (const c of CONCURRENCY) two.push(await throughputAt(cluster.url, c, sources));
    const firstTextP50ThroughBalancerMs = await firstTextP50(cluster.url);
    const peakRssPerInstanceBytes = cluster.instances.map((i) => i.memory()?.peakRssBytes ?? Number.NaN);
    return { two, firstTextP50ThroughBalancerMs, peakRssPerInstanceBytes };
  } finally {
    await cluster.stop();
    await redis.stop();
  }
}

export function clusterSection(): BenchSection {
  return {
    name: 'cluster',
    description:
      'one instance vs two behind nginx + redis-server: computed answers/s at 10/50 clients, ratio, CPU per process, first text p50 through nginx, peak RSS per instance',
    run: async () => {
      await ensureProductionBuild();
      const one: Throughput[][] = [];
      const twoRounds: TwoRound[] = [];
      for (let round = 0; round < CLUSTER_BENCH_SETTINGS.rounds; round++) {
        one.push(await measureOne());
        twoRounds.push(await measureTwo());
      }
      const two = twoRounds.map((r) => r.two);
      const medianAt = (rounds: Throughput[][]) =>
        Object.fromEntries(CONCURRENCY.map((c, i) => [String(c), median(rounds.map((r) => r[i]?.answersPerSecond ?? 0))]));
      const medianAnswersPerSecond = { one: medianAt(one), two: medianAt(two) };
      const ratio = Object.fromEntries(
        CONCURRENCY.map((c) => [String(c), (medianAnswersPerSecond.two[String(c)] ?? 0) / (medianAnswersPerSecond.one[String(c)] || Number.NaN)]),
      );
      const figures: ClusterFigures = {
        one,
        two,
        medianAnswersPerSecond,
        ratio,
        firstTextP50ThroughBalancerMs: median(twoRounds.map((r) => r.firstTextP50ThroughBalancerMs)),
        peakRssPerInstanceBytes: twoRounds[0]!.peakRssPerInstanceBytes.map((_, i) => Math.max(...twoRounds.map((r) => r.peakRssPerInstanceBytes[i] ?? 0))),
        targets: CLUSTER_TARGETS,
      };
      printFigures(figures);
      return figures;
    },
  };
}
