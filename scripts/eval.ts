/**
 * `npm run eval [-- --only retrieval,answers] [--json file]`: quality figures for legwise.
 * Sections are independent EvalSections, listed below: retrieval (search over the gold questions)
 * answers (the offline answer engine over the tuned gold questions and conversations),
 * answers-heldout (the same engine over the frozen held-out set, never tuned on) and triage (levels
 * on the frozen triage vignettes and on the tuned cases).
 */
import { getConfig } from '@/lib/config';
import { loadCorpusPassages } from '@/lib/corpus';
import { parseScriptArgs, selectSections, writeJsonReport } from './lib/cli';
import { answersSection } from './lib/eval/answers';
import { devAnswersSection, heldoutAnswersSection } from './lib/eval/heldout-answers';
import { heldoutRetrievalSection, retrievalSection } from './lib/eval/retrieval';
import { triageSection } from './lib/eval/triage';
import type { EvalSection } from './lib/eval/types';
import { describeMachine } from './lib/machine';

const SECTIONS: readonly EvalSection[] = [retrievalSection, heldoutRetrievalSection, answersSection, heldoutAnswersSection, devAnswersSection, triageSection];

function printHelp(): void {
  console.log('Usage: npm run eval -- [--only <sections>] [--json <file>]\nSections:');
  for (const s of SECTIONS) console.log(`  ${s.name.padEnd(12)} ${s.description}`);
}

async function main(): Promise<void> {
  const args = parseScriptArgs(process.argv.slice(2), {});
  if (args.help) return printHelp();
  const sections = selectSections(SECTIONS, args.only);
  const corpusDir = getConfig().corpusDir;
  const { passages, errors } = await loadCorpusPassages(corpusDir);
  for (const e of errors) console.warn(`corpus: ${e.file}: ${e.reason}`);
  console.log(`Corpus: ${corpusDir} (${passages.length} passages)`);
  const figures: Record<string, unknown> = {};
  for (const section of sections) {
    console.log(`\n=== ${section.name}: ${section.description}`);
    figures[section.name] = await section.run({ corpusDir, passages });
  }
  if (args.json) {
    writeJsonReport(args.json, { generatedAt: new Date().toISOString(), machine: describeMachine(), ...figures });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
