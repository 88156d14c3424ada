/**
 * Ask legwise from the terminal, through the same code the chat route uses.
 *
 *   npm run ask -- "What vitamin deficiency causes leg cramps?"
 *   npm run ask -- --json "first question" "follow-up" ...
 *
 * Each argument is the next user turn of one conversation. With --json, stdout carries only a
 * JSON array (one object per turn); every log line goes to stderr.
 */
import { collectTurn, type TurnResult, type LegwiseUIMessage } from '@/lib/chat';

type Options = { json: boolean; questions: string[] };

function parseArgs(argv: string[]): Options {
  const json = argv.includes('--json');
  const questions = argv
    .filter((a) => a !== '--json' && a !== '--')
    .map((a) => a.trim())
    .filter(Boolean);
  return { json, questions };
}

function routeLogsToStderr(): void {
  const toStderr = (...args: unknown[]) => console.error(...args);
  console.log = toStderr;
  console.info = toStderr;
  console.warn = toStderr;
  console.debug = toStderr;
}

function jsonTurn(result: TurnResult) {
  return {
    answer: result.answer,
    citations: result.citations.map(({ n, passageId, docId, title, quote }) => ({ n, passageId, docId, title, quote })),
    disclaimer: result.disclaimer,
    notFound: result.notFound,
    urgent: result.urgent,
  };
}

function shorten(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function formatTurn(question: string, result: TurnResult): string {
  const lines = [`> ${question}`, '', result.answer, ''];
  if (result.citations.length > 0) {
    lines.push('Sources:');
    for (const c of result.citations) {
      lines.push(`  [${c.n}] ${[c.title, ...c.headings].join(' › ')}`);
      lines.push(`      "${shorten(c.quote)}"`);
    }
    lines.push('');
  }
  lines.push(result.disclaimer, '');
  const notes = [`model: ${result.model || 'none'}`];
  if (result.fallbackReason) notes.push(`fallback: ${result.fallbackReason}`);
  if (result.notFound) notes.push('not covered by the articles');
  if (result.urgent) notes.push('urgent');
  lines.push(`(${notes.join('; ')})`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { json, questions } = parseArgs(process.argv.slice(2));
  if (questions.length === 0) {
    console.error('usage: npm run ask -- [--json] "question" ["follow-up" ...]');
    process.exitCode = 2;
    return;
  }
  if (json) routeLogsToStderr();
  const messages: LegwiseUIMessage[] = [];
  const results: TurnResult[] = [];
  for (const [i, question] of questions.entries()) {
    messages.push({ id: `user-${i + 1}`, role: 'user', parts: [{ type: 'text', text: question }] });
    const result = await collectTurn({ messages: [...messages] });
    messages.push(result.message);
    results.push(result);
    if (!json) process.stdout.write(`${formatTurn(question, result)}\n\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(results.map(jsonTurn), null, 2)}\n`);
}

/** Exits once stdout has drained: a search index or HTTP agent must not keep the CLI alive. */
function exitAfterFlush(code: number): void {
  process.stdout.write('', () => process.exit(code));
}

main().then(
  () => exitAfterFlush(typeof process.exitCode === 'number' ? process.exitCode : 0),
  (error: unknown) => {
    console.error(error);
    exitAfterFlush(1);
  },
);
