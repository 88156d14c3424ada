/**
 * `npm run bench -- --only chat`: the chat route on the production server (built into
 * .next-load, started on loopback, offline default model, rate limit lifted so the answer path
 * is measured, not the limiter): time to the first streamed text and to the whole answer at one
 * client, answers per second at 1, 10 and 50 concurrent clients (autocannon, a response counts
 * once its whole streamed body has arrived and ends with the disclaimer), and peak server RSS.
 * Measured twice, each on a fresh server: with the answer cache off, so every answer is computed,
 * and with it on (the default), where the bench's repeated questions are played back.
 */
import autocannon from 'autocannon';
import { answerBodyLooksComplete, chatBody, runChat } from '@/tests/load/chat-client';
import { QUESTIONS } from '@/tests/load/traffic-checks';
import { medianOfRuns, type LatencySummary } from '../stats';
import { formatMb, formatMs, formatNumber, latencyCells, p50TargetCells, printTable } from '../table';
import { ensureProductionBuild, withProductionServer, type RunningServer } from '../server';
import type { BenchOptions, BenchSection } from './types';

export const CHAT_TARGETS = { firstTextP50Ms: 50, answersPerSecondAt10: 150, peakRssMb: 400 } as const;

const LATENCY_QUESTIONS = 40;
const THROUGHPUT_CONCURRENCY = [1, 10, 50] as const;
const THROUGHPUT_SECONDS = 8;
const MB = 1024 * 1024;

export const BENCH_SERVER_ENV = {
  OPENAI_API_KEY: null,
  OPENAI_BASE_URL: null,
  LEGWISE_CORPUS_DIR: null,
  LEGWISE_DATA_DIR: null,
  RATE_LIMIT_PER_MINUTE: '100000000',
  RATE_LIMIT_BURST: '100000000',
} as const;

/** The same server with the answer cache off: every request runs the whole turn. */
export const COMPUTED_SERVER_ENV = { ...BENCH_SERVER_ENV, LEGWISE_ANSWER_CACHE_ENTRIES: '0' } as const;

export type ThroughputFigures = {
  concurrency: number;
  answersPerSecond: number;
  completeAnswers: number;
  incomplete: number;
  non2xx: number;
  errors: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /**
   * Server CPU (user + system, all its threads) per complete answer. Unlike answers/s it barely
   * moves when other work shares the machine; 1000 / this is what one free core would serve.
   */
  serverCpuMsPerAnswer: number;
};

export type ChatFigures = {
  questions: number;
  runs: number;
  firstTextMs: LatencySummary;
  wholeAnswerMs: LatencySummary;
  throughput: ThroughputFigures[];
  rss: { idleBytes: number; peakBytes: number; hwmBytes: number };
  targets: typeof CHAT_TARGETS;
  met: { firstTextP50: boolean; answersPerSecondAt10: boolean; peakRss: boolean };
};

/** Samples the server's RSS until stopped; peak is the largest sample. */
function watchRss(server: RunningServer, everyMs = 100): { stop: () => number } {
  let peak = server.memory().rssBytes;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, server.memory().rssBytes);
    } catch {
      // The server is gone; the last peak stands.
    }
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

async function sequentialLatency(server: RunningServer, runs: number): Promise<{ first: LatencySummary; whole: LatencySummary }> {
  const firstRuns: number[][] = [];
  const wholeRuns: number[][] = [];
  for (let r = 0; r < runs; r++) {
    const first: number[] = [];
    const whole: number[] = [];
    for (const question of QUESTIONS.slice(0, LATENCY_QUESTIONS)) {
      const run = await runChat(server.url, question);
      if (!run.complete) throw new Error(`bench chat did not complete: ${run.failure ?? run.status}`);
      if (run.firstTextMs !== undefined) first.push(run.firstTextMs);
      whole.push(run.totalMs);
    }
    firstRuns.push(first);
    wholeRuns.push(whole);
  }
  return { first: medianOfRuns(firstRuns), whole: medianOfRuns(wholeRuns) };
}

/** Chats at `concurrency` for `seconds`: a response counts once its whole streamed answer arrived. */
export async function chatLoad(
  url: string,
  concurrency: number,
  seconds: number,
): Promise<{ result: autocannon.Result; complete: number; incomplete: number }> {
  let next = 0;
  let complete = 0;
  let incomplete = 0;
  const result = await autocannon({
    url: `${url}/api/chat`,
    connections: concurrency,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({ ...request, body: chatBody(QUESTIONS[next++ % QUESTIONS.length]!) }),
        onResponse: (status, body) => {
          if (status === 200 && answerBodyLooksComplete(body)) complete++;
          else incomplete++;
        },
      },
    ],
  });
  return { result, complete, incomplete };
}

async function throughputAt(server: RunningServer, concurrency: number): Promise<ThroughputFigures> {
  const cpuBefore = server.cpuSeconds();
  const { result, complete, incomplete } = await chatLoad(server.url, concurrency, THROUGHPUT_SECONDS);
  const cpuSeconds = server.cpuSeconds() - cpuBefore;
  return {
    concurrency,
    answersPerSecond: complete / result.duration,
    serverCpuMsPerAnswer: complete > 0 ? (cpuSeconds * 1000) / complete : Number.NaN,
    completeAnswers: complete,
    incomplete,
    non2xx: result.non2xx,
    errors: result.errors,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
  };
}

function printFigures(mode: string, f: ChatFigures): void {
  printTable(
    `Chat route, ${mode}: 1 client, ${f.questions} gold questions x ${f.runs} runs (median of runs)`,
    ['measure', 'p50', 'p90', 'p99', 'max', 'target', 'met'],
    [
      ['first streamed text', ...latencyCells(f.firstTextMs), ...p50TargetCells(f.firstTextMs.p50, CHAT_TARGETS.firstTextP50Ms)],
      ['whole answer', ...latencyCells(f.wholeAnswerMs), '-', '-'],
    ],
  );
  printTable(
    `Chat route throughput, ${mode} (autocannon, ${THROUGHPUT_SECONDS} s each; complete = whole stream with the disclaimer)`,
    ['clients', 'answers/s', 'server CPU/answer', 'complete', 'incomplete', 'non-2xx', 'errors', 'latency p50', 'latency p99', 'target'],
    f.throughput.map((t) => [
      String(t.concurrency),
      formatNumber(t.answersPerSecond, 1),
      formatMs(t.serverCpuMsPerAnswer),
      String(t.completeAnswers),
      String(t.incomplete),
      String(t.non2xx),
      String(t.errors),
      formatMs(t.latencyP50Ms),
      formatMs(t.latencyP99Ms),
      t.concurrency === 10 ? `>= ${CHAT_TARGETS.answersPerSecondAt10}/s (${f.met.answersPerSecondAt10 ? 'met' : 'NOT met'})` : '-',
    ]),
  );
  printTable(
    `Chat server memory, ${mode}`,
    ['measure', 'value', 'target', 'met'],
    [
      ['RSS idle (after warm-up)', formatMb(f.rss.idleBytes), '-', '-'],
      ['RSS peak (sampled)', formatMb(f.rss.peakBytes), `< ${CHAT_TARGETS.peakRssMb} MB`, f.met.peakRss ? 'yes' : 'NO'],
      ['VmHWM (kernel peak)', formatMb(f.rss.hwmBytes), '-', '-'],
    ],
  );
}

/** Measures the chat route on a server that must already be running. */
export async function measureChat(server: RunningServer, runs: number): Promise<ChatFigures> {
  for (const question of QUESTIONS.slice(0, 20)) await runChat(server.url, question);
  const idle = server.memory().rssBytes;
  const rss = watchRss(server);
  const latency = await sequentialLatency(server, runs);
  const throughput: ThroughputFigures[] = [];
  for (const concurrency of THROUGHPUT_CONCURRENCY) throughput.push(await throughputAt(server, concurrency));
  const peak = rss.stop();
  const hwm = server.memory().peakRssBytes;
  const at10 = throughput.find((t) => t.concurrency === 10)?.answersPerSecond ?? 0;
  return {
    questions: Math.min(LATENCY_QUESTIONS, QUESTIONS.length),
    runs,
    firstTextMs: latency.first,
    wholeAnswerMs: latency.whole,
    throughput,
    rss: { idleBytes: idle, peakBytes: peak, hwmBytes: hwm },
    targets: CHAT_TARGETS,
    met: {
      firstTextP50: latency.first.p50 < CHAT_TARGETS.firstTextP50Ms,
      answersPerSecondAt10: at10 >= CHAT_TARGETS.answersPerSecondAt10,
      peakRss: Math.max(peak, hwm) < CHAT_TARGETS.peakRssMb * MB,
    },
  };
}

export function chatSection(): BenchSection {
  return {
    name: 'chat',
    description: 'chat route on the production server, answer cache off and on: first streamed text, whole answer, answers/s at 1/10/50 clients, RSS',
    run: async (options: BenchOptions) => {
      await ensureProductionBuild();
      const runs = Math.min(options.runs, 3);
      const computed = await withProductionServer({ env: COMPUTED_SERVER_ENV }, (server) => measureChat(server, runs));
      printFigures('every answer computed (answer cache off)', computed);
      const cached = await withProductionServer({ env: BENCH_SERVER_ENV }, (server) => measureChat(server, runs));
      printFigures('repeat questions from the answer cache (the default)', cached);
      return { computed, cached };
    },
  };
}
