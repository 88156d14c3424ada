/**
 * `npm run bench -- --only share`: share links on the default store (SQLite in a temp file) through
 * the production server: POST /api/share and GET /api/share/:id, one client, sequential.
 */
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createShareResponseSchema } from '@/lib/share/schema';
import { QUESTIONS } from '@/tests/load/traffic-checks';
import { ensureProductionBuild, withProductionServer } from '../server';
import { summarizeLatencies, type LatencySummary } from '../stats';
import { latencyCells, p50TargetCells, printTable } from '../table';
import { BENCH_SERVER_ENV } from './chat-section';
import type { BenchSection } from './types';

export const SHARE_TARGETS = { createP50Ms: 5, fetchP50Ms: 5 } as const;
const SHARES = 300;

function conversation(i: number): string {
  const question = QUESTIONS[i % QUESTIONS.length]!;
  const answer = `An answer of about the usual length, quoting the articles [1]. ${'Some more words from the passage. '.repeat(20)}`;
  return JSON.stringify({
    messages: [
      { id: `u${i}`, role: 'user', parts: [{ type: 'text', text: question }] },
      {
        id: `a${i}`,
        role: 'assistant',
        parts: [
          { type: 'step-start' },
          { type: 'text', text: answer },
          { type: 'source-document', sourceId: 'p1', mediaType: 'text/plain', title: 'Leg cramps' },
        ],
        metadata: {
          citations: [{ n: 1, passageId: 'p1', docId: 'd1', title: 'Leg cramps', headings: ['Causes'], quote: answer.slice(0, 400), start: 0, end: 400 }],
        },
      },
    ],
  });
}

export type ShareFigures = { shares: number; createMs: LatencySummary; fetchMs: LatencySummary; targets: typeof SHARE_TARGETS };

export function shareSection(): BenchSection {
  return {
    name: 'share',
    description: 'share links on SQLite through the production server: create and fetch latency',
    run: async () => {
      await ensureProductionBuild();
      const file = path.join(os.tmpdir(), `legwise-bench-shares-${process.pid}.sqlite`);
      const env = {
        ...BENCH_SERVER_ENV,
        LEGWISE_SHARE_DB: file,
        SHARE_CREATES_PER_HOUR: '100000000',
        API_RATE_LIMIT_BURST: '100000000',
        API_RATE_LIMIT_PER_MINUTE: '100000000',
      };
      try {
        const figures = await withProductionServer({ env }, async (server): Promise<ShareFigures> => {
          const create: number[] = [];
          const fetchMs: number[] = [];
          for (let i = 0; i < SHARES; i++) {
            const started = performance.now();
            const res = await fetch(`${server.url}/api/share`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: conversation(i) });
            const { id } = createShareResponseSchema.parse(await res.json());
            create.push(performance.now() - started);
            const readStarted = performance.now();
            const read = await fetch(`${server.url}/api/share/${id}`);
            await read.arrayBuffer();
            if (read.status !== 200) throw new Error(`share fetch answered ${read.status}`);
            fetchMs.push(performance.now() - readStarted);
          }
          // The first requests load the index and compile the routes: judge the steady state.
          return { shares: SHARES, createMs: summarizeLatencies(create.slice(20)), fetchMs: summarizeLatencies(fetchMs.slice(20)), targets: SHARE_TARGETS };
        });
        printTable(
          `Share links on SQLite through the server, ${figures.shares} sequential (first 20 excluded)`,
          ['measure', 'p50', 'p90', 'p99', 'max', 'target', 'met'],
          [
            ['create (POST /api/share)', ...latencyCells(figures.createMs), ...p50TargetCells(figures.createMs.p50, SHARE_TARGETS.createP50Ms)],
            ['fetch (GET /api/share/:id)', ...latencyCells(figures.fetchMs), ...p50TargetCells(figures.fetchMs.p50, SHARE_TARGETS.fetchP50Ms)],
          ],
        );
        return figures;
      } finally {
        await rm(file, { force: true });
        await rm(`${file}-wal`, { force: true });
        await rm(`${file}-shm`, { force: true });
      }
    },
  };
}
