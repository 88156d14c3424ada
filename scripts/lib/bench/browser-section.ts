/**
 * `npm run bench -- --only browser`: in Debian's Chromium against the production server, the
 * time from pressing Enter in the question box to the first answer text on screen, over 20
 * different questions, each in a fresh browser context and page. Timed inside the page: a
 * capturing keydown listener stamps Enter, a MutationObserver sees the first assistant-message
 * text, and the next animation frame (the paint that shows it) ends the measurement.
 */
import { chromium, type Browser } from 'playwright-core';
import { z } from 'zod';
import { QUESTIONS } from '@/tests/load/traffic-checks';
import { median, summarizeLatencies, type LatencySummary } from '../stats';
import { formatMs, latencyCells, p50TargetCells, printTable } from '../table';
import { ensureProductionBuild, withProductionServer, type RunningServer } from '../server';
import { BENCH_SERVER_ENV } from './chat-section';
import type { BenchSection } from './types';

export const BROWSER_TARGET_P50_MS = 300;
const QUESTION_COUNT = 20;
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Stable hooks in app/components/chat (data-testid). */
const COMPOSER = '[data-testid="composer-input"]';
const ASSISTANT_MESSAGE = '[data-testid="assistant-message"]';

export type BrowserFigures = {
  questions: number;
  enterToFirstTextMs: LatencySummary;
  samplesMs: number[];
  /** Page load until the composer accepted input, for context. */
  pageReadyMs: LatencySummary;
  /** Medians from the chat request's resource timing: what the page did before sending, the server's first byte. */
  breakdownP50Ms: { enterToRequest: number; requestToFirstByte: number; enterToFirstByte: number };
  targetP50Ms: number;
  met: boolean;
};

/**
 * Run in the page before Enter (as source text: a bundler's helpers would not exist there).
 * `window.__legwiseFirstText` resolves with ms from Enter to the painted first answer text.
 */
const ARM_TIMER = `(() => {
  const selector = ${JSON.stringify(ASSISTANT_MESSAGE)};
  let started;
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && started === undefined) {
      started = performance.now();
      window.__legwiseEnterAt = started;
    }
  }, { capture: true });
  window.__legwiseFirstText = new Promise((resolve) => {
    const hasText = () => [...document.querySelectorAll(selector)].some((el) => (el.innerText || '').trim().length > 0);
    const observer = new MutationObserver(() => {
      if (started === undefined || !hasText()) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - started));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
})()`;

const READ_TIMER = 'window.__legwiseFirstText';

/** Where the time went, from the chat request's resource timing (available once it has ended). */
const READ_BREAKDOWN = `(() => {
  const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/chat'));
  const enter = window.__legwiseEnterAt;
  if (!entry || enter === undefined) return null;
  return { enterToRequest: entry.startTime - enter, requestToFirstByte: entry.responseStart - entry.startTime, firstByteAt: entry.responseStart - enter };
})()`;

const breakdownSchema = z.object({ enterToRequest: z.number(), requestToFirstByte: z.number(), firstByteAt: z.number() }).nullable();
type Breakdown = NonNullable<z.infer<typeof breakdownSchema>>;

const COMPOSER_READY = `(() => {
  const el = document.querySelector(${JSON.stringify(COMPOSER)});
  return el !== null && el.value.length > 0 && document.querySelector('[data-testid="send-button"]:not([disabled])') !== null;
})()`;

async function timeOneQuestion(
  browser: Browser,
  server: RunningServer,
  question: string,
): Promise<{ firstTextMs: number; readyMs: number; breakdown?: Breakdown }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle', timeout: 30_000 });
    const composer = page.locator(COMPOSER);
    await composer.waitFor({ state: 'visible', timeout: 30_000 });
    await composer.fill(question);
    // Hydrated once React mirrors the typed value into its state (the send button enables).
    await page.waitForFunction(COMPOSER_READY, undefined, { timeout: 30_000 });
    const readyMs = performance.now() - started;
    await page.evaluate(ARM_TIMER);
    await composer.press('Enter');
    const firstTextMs = z
      .number()
      .positive()
      .parse(await page.evaluate(READ_TIMER));
    await page.locator(`${ASSISTANT_MESSAGE}[data-streaming="false"]`).first().waitFor({ timeout: 30_000 });
    const breakdown = breakdownSchema.parse(await page.evaluate(READ_BREAKDOWN));
    return { firstTextMs, readyMs, breakdown: breakdown ?? undefined };
  } finally {
    await context.close();
  }
}

export async function measureBrowser(server: RunningServer): Promise<BrowserFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    // One unmeasured page warms the server's page rendering and Chromium's caches.
    await timeOneQuestion(browser, server, QUESTIONS[QUESTION_COUNT]!);
    const samples: number[] = [];
    const ready: number[] = [];
    const breakdowns: Breakdown[] = [];
    for (const question of QUESTIONS.slice(0, QUESTION_COUNT)) {
      const { firstTextMs, readyMs, breakdown } = await timeOneQuestion(browser, server, question);
      samples.push(firstTextMs);
      ready.push(readyMs);
      if (breakdown) breakdowns.push(breakdown);
    }
    const summary = summarizeLatencies(samples);
    return {
      questions: samples.length,
      enterToFirstTextMs: summary,
      samplesMs: samples.map((s) => Math.round(s * 10) / 10),
      pageReadyMs: summarizeLatencies(ready),
      breakdownP50Ms: {
        enterToRequest: median(breakdowns.map((b) => b.enterToRequest)),
        requestToFirstByte: median(breakdowns.map((b) => b.requestToFirstByte)),
        enterToFirstByte: median(breakdowns.map((b) => b.firstByteAt)),
      },
      targetP50Ms: BROWSER_TARGET_P50_MS,
      met: summary.p50 < BROWSER_TARGET_P50_MS,
    };
  } finally {
    await browser.close();
  }
}

function printFigures(f: BrowserFigures): void {
  printTable(
    `Browser (Chromium, production server): Enter to first answer text on screen, ${f.questions} questions, fresh page each`,
    ['measure', 'p50', 'p90', 'p99', 'max', 'target', 'met'],
    [
      ['Enter -> first text painted', ...latencyCells(f.enterToFirstTextMs), ...p50TargetCells(f.enterToFirstTextMs.p50, f.targetP50Ms)],
      ['  of which Enter -> request sent', formatMs(f.breakdownP50Ms.enterToRequest), '-', '-', '-', '-', '-'],
      ['  of which request -> first byte', formatMs(f.breakdownP50Ms.requestToFirstByte), '-', '-', '-', '-', '-'],
      ['  of which first byte -> text painted', formatMs(f.enterToFirstTextMs.p50 - f.breakdownP50Ms.enterToFirstByte), '-', '-', '-', '-', '-'],
      ['page load -> composer ready', ...latencyCells(f.pageReadyMs), '-', '-'],
    ],
  );
}

export function browserSection(): BenchSection {
  return {
    name: 'browser',
    description: 'Chromium against the production server: Enter to first answer text on screen (p50 of 20 questions)',
    run: async () => {
      await ensureProductionBuild();
      const figures = await withProductionServer({ env: BENCH_SERVER_ENV }, measureBrowser);
      printFigures(figures);
      return figures;
    },
  };
}
