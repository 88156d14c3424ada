/**
 * `npm run bench -- --only guard`: what the output guard costs per answer on the remote-model
 * path (claim checks on). The honest answers of the gold questions are recorded once (the
 * extractive model's text for the prompt a remote model would get), then each answer is checked
 * sentence by sentence with a fresh guard, as a turn does. Figures are per answer, all sentences.
 */
import { generateText } from 'ai';
import { buildAnswerPrompt, createExtractiveModel, NOT_COVERED_TOKEN } from '@/lib/answer';
import { triageMessage } from '@/lib/triage';
import { planTurn, analyzeMessages } from '@/lib/chat';
import { createOutputGuard, loadCorpusProfile, type OutputGuardContext } from '@/lib/guard';
import { sentenceUnits } from '@/lib/text/sentences';
import { retrievalQuestions } from '@/tests/gold/questions';
import { medianOfRuns, type LatencySummary } from '../stats';
import { latencyCells, p50TargetCells, printTable } from '../table';
import type { BenchOptions, BenchSection } from './types';

export const GUARD_TARGETS = { perAnswerP50Ms: 2 } as const;

type RecordedAnswer = { context: OutputGuardContext; sentences: string[] };
export type GuardFigures = { answers: number; sentences: number; perAnswerMs: LatencySummary; targets: typeof GUARD_TARGETS };

/** The prompt each gold question gets (the same whichever model answers), and its honest answer. */
async function recordAnswers(): Promise<RecordedAnswer[]> {
  const corpus = await loadCorpusProfile();
  const model = createExtractiveModel();
  const recorded: RecordedAnswer[] = [];
  for (const { question } of retrievalQuestions) {
    // An emergency turn runs no model (its reply is fixed text), so it has no answer to guard.
    if (triageMessage(question).level === 'emergency') continue;
    const analysis = await analyzeMessages([{ id: 'u1', role: 'user', parts: [{ type: 'text', text: question }] }]);
    const plan = await planTurn({ analysis, urgent: false });
    if (plan.decision !== 'answer') continue;
    const { instructions, prompt } = buildAnswerPrompt({
      question: plan.query,
      passages: plan.passages.map((p, i) => ({ n: i + 1, title: p.title, headings: p.headings, text: p.text })),
    });
    const { text } = await generateText({ model, instructions, prompt });
    if (text.trim() === '' || text.includes(NOT_COVERED_TOKEN)) continue;
    const context: OutputGuardContext = { passages: plan.passages, instructions, corpus, checkClaims: true };
    recorded.push({ context, sentences: sentenceUnits(text, 'chat') });
  }
  return recorded;
}

function timePass(answers: readonly RecordedAnswer[]): number[] {
  return answers.map(({ context, sentences }) => {
    const started = performance.now();
    const guard = createOutputGuard(context);
    for (const sentence of sentences) guard.check(sentence);
    return performance.now() - started;
  });
}

export function guardSection(): BenchSection {
  return {
    name: 'guard',
    description: 'output guard cost per honest answer on the remote-model path (claim checks on)',
    run: async (options: BenchOptions): Promise<GuardFigures> => {
      const answers = await recordAnswers();
      timePass(answers); // warm the per-text caches, as a running server has them
      const runs = Array.from({ length: Math.max(1, options.runs) }, () => timePass(answers));
      const perAnswerMs = medianOfRuns(runs);
      const sentences = answers.reduce((n, a) => n + a.sentences.length, 0);
      printTable(
        'Output guard per answer (remote-model path, claim checks on)',
        ['answers', 'sentences', 'p50', 'p90', 'p99', 'max', 'target', 'met'],
        [[String(answers.length), String(sentences), ...latencyCells(perAnswerMs), ...p50TargetCells(perAnswerMs.p50, GUARD_TARGETS.perAnswerP50Ms)]],
      );
      return { answers: answers.length, sentences, perAnswerMs, targets: GUARD_TARGETS };
    },
  };
}
