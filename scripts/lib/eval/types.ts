import type { Passage } from '@/lib/corpus/schema';

export type EvalContext = {
  corpusDir: string;
  passages: Passage[];
};

/**
 * One part of `npm run eval`. Each section prints its own tables and returns JSON-safe figures
 * for `--json`. Add new parts (e.g. "answers": answer quality, follow-ups, notFound, urgent)
 * by implementing this and registering it in scripts/eval.ts.
 */
export type EvalSection = {
  name: string;
  description: string;
  run: (context: EvalContext) => Promise<unknown>;
};
