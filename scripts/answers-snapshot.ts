/**
 * Records every offline answer of every turn of the gold and frozen sets, so that a change meant to
 * move code without changing behaviour can be proved byte-identical:
 *
 *   npm run answers:snapshot -- --out /tmp/before.json
 *   npm run answers:snapshot -- --compare /tmp/before.json /tmp/after.json
 *
 * Frozen files are read by schema only (their exports are found by shape) and nothing about them is
 * printed: their answers go to the JSON file alone, which lives outside git (default
 * .data/answers-snapshot.json), and a comparison prints counts, never a question.
 */
import { exportMatching } from './lib/eval/schema-export';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { collectTurn, createExtractiveSelection, type LegwiseUIMessage } from '@/lib/chat';
import { frozenAnswerSetSchema } from '@/tests/frozen/answers-schema';
import { triageVignetteSetSchema } from '@/tests/frozen/triage-schema';
import { conversationGold } from '@/tests/gold/conversations';
import { heldoutQuestions } from '@/tests/gold/heldout';
import { holdoutQuestions } from '@/tests/gold/holdout';
import { retrievalQuestions } from '@/tests/gold/questions';

const DEFAULT_OUT = '.data/answers-snapshot.json';
const FROZEN_FILES = [
  'answers.ts',
  'answers-2.ts',
  'answers-3.ts',
  'answers-4.ts',
  'answers-5.ts',
  'answers-6.ts',
  'triage.ts',
  'triage-2.ts',
  'triage-3.ts',
  'triage-4.ts',
  'triage-5.ts',
  'triage-6.ts',
] as const;

/** One conversation to replay: its key in the snapshot and its user messages, oldest first. */
type Script = { key: string; messages: string[] };

const recordedTurnSchema = z.object({
  answer: z.string(),
  passageIds: z.array(z.string()),
  /** The answer's metadata without the wall-clock fields, which differ on every run. */
  metadata: z.record(z.string(), z.unknown()),
});
const snapshotSchema = z.object({
  version: z.literal(1),
  conversations: z.record(z.string(), z.array(recordedTurnSchema)),
});
type Snapshot = z.infer<typeof snapshotSchema>;
type RecordedTurn = z.infer<typeof recordedTurnSchema>;

const VOLATILE_METADATA = new Set(['createdAt']);

function goldScripts(): Script[] {
  const single = (set: string, items: readonly { id: string; question: string }[]): Script[] =>
    items.map((q) => ({ key: `gold/${set}/${q.id}`, messages: [q.question] }));
  return [
    ...single('questions', retrievalQuestions),
    ...single('heldout', heldoutQuestions),
    ...single('holdout', holdoutQuestions),
    ...single('out-of-scope', conversationGold.outOfScope),
    ...single('urgent', conversationGold.urgent),
    ...single('not-urgent', conversationGold.notUrgent),
    ...conversationGold.conversations.map((c) => ({ key: `gold/conversations/${c.id}`, messages: c.turns.map((t) => t.user) })),
  ];
}

/** The scripts one frozen module yields, found by the shape of its exports. */
function frozenScriptsOf(prefix: string, exported: Record<string, unknown>): Script[] {
  const scripts: Script[] = [];
  const set = exportMatching(exported, frozenAnswerSetSchema);
  if (set) {
    scripts.push(
      ...set.questions.map((q) => ({ key: `${prefix}/${q.id}`, messages: [q.question] })),
      ...set.declines.map((d, i) => ({ key: `${prefix}/decline-${i}`, messages: [d.question] })),
      ...set.smallTalk.map((s) => ({ key: `${prefix}/${s.id}`, messages: [s.message] })),
      ...set.conversations.map((c) => ({ key: `${prefix}/${c.id}`, messages: c.turns.map((t) => t.user) })),
    );
  }
  const vignettes = exportMatching(exported, triageVignetteSetSchema);
  if (vignettes) scripts.push(...vignettes.map((v, i) => ({ key: `${prefix}/vignette-${i}`, messages: v.messages })));
  return scripts;
}

// The development set shares the frozen schema (it is tuned on, but its answers are recorded the same way).
const SET_FILES = [...FROZEN_FILES.map((name) => `frozen/${name}`), 'dev/answers-dev.ts', 'dev/answers-dev-2.ts'];

async function frozenScripts(): Promise<Script[]> {
  const scripts: Script[] = [];
  for (const name of SET_FILES) {
    const file = path.resolve('tests', name);
    if (!fs.existsSync(file)) continue;
    const exported = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    scripts.push(...frozenScriptsOf(name, exported));
  }
  return scripts;
}

const userMessage = (id: string, text: string): LegwiseUIMessage => ({ id, role: 'user', parts: [{ type: 'text', text }] });

/** Replays one conversation, each turn seeing the assistant messages before it, as a client would send them. */
async function replay(script: Script): Promise<RecordedTurn[]> {
  const history: LegwiseUIMessage[] = [];
  const turns: RecordedTurn[] = [];
  for (const [i, text] of script.messages.entries()) {
    history.push(userMessage(`${script.key}-${i}`, text));
    const result = await collectTurn({ messages: [...history], model: createExtractiveSelection() });
    history.push(result.message);
    const metadata = Object.fromEntries(Object.entries(result.message.metadata ?? {}).filter(([k]) => !VOLATILE_METADATA.has(k)));
    turns.push({ answer: result.answer, passageIds: result.citations.map((c) => c.passageId), metadata });
  }
  return turns;
}

async function record(out: string): Promise<void> {
  const scripts = [...goldScripts(), ...(await frozenScripts())];
  const snapshot: Snapshot = { version: 1, conversations: {} };
  for (const script of scripts) snapshot.conversations[script.key] = await replay(script);
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(snapshot, null, 1)}\n`);
  const turns = Object.values(snapshot.conversations).reduce((n, t) => n + t.length, 0);
  console.log(`${turns} turns in ${scripts.length} conversations written to ${out}`);
}

const readSnapshot = (file: string): Snapshot => snapshotSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));

/** Counts turns whose recorded JSON differs; a conversation missing on one side counts all its turns. */
export function countDifferences(a: Snapshot, b: Snapshot): { turns: number; differ: number } {
  const keys = new Set([...Object.keys(a.conversations), ...Object.keys(b.conversations)]);
  let turns = 0;
  let differ = 0;
  for (const key of keys) {
    const left = a.conversations[key] ?? [];
    const right = b.conversations[key] ?? [];
    const length = Math.max(left.length, right.length);
    turns += length;
    for (let i = 0; i < length; i++) if (JSON.stringify(left[i]) !== JSON.stringify(right[i])) differ++;
  }
  return { turns, differ };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' }, compare: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.compare) {
    const [a, b] = z.tuple([z.string(), z.string()]).parse(positionals.filter((p) => p !== '--'));
    const { turns, differ } = countDifferences(readSnapshot(a), readSnapshot(b));
    console.log(`${turns} turns, ${differ} differ`);
    process.exitCode = differ === 0 ? 0 : 1;
    return;
  }
  await record(values.out ?? DEFAULT_OUT);
}

await main();
