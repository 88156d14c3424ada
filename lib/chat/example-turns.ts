import { pickExampleQuestions } from '@/lib/corpus/examples';
import type { CorpusDocument } from '@/lib/corpus/schema';
import type { ChatTurn } from '@/lib/question';

const examplesByDocuments = new WeakMap<readonly CorpusDocument[], ReadonlySet<string>>();

function normalised(question: string): string {
  return question.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The example questions the home page offers for these documents (the same pick as app/page.tsx). */
export function exampleQuestionSet(documents: readonly CorpusDocument[]): ReadonlySet<string> {
  let set = examplesByDocuments.get(documents);
  if (!set) {
    set = new Set(pickExampleQuestions([...documents]).map(normalised));
    examplesByDocuments.set(documents, set);
  }
  return set;
}

/**
 * A first turn (`turns` holds only the question itself) that asks one of the offered example
 * questions: anyone may have clicked it, so its cached answer tells nobody anything.
 */
export function isExampleTurn(question: string, turns: readonly ChatTurn[], documents: readonly CorpusDocument[]): boolean {
  return turns.length <= 1 && exampleQuestionSet(documents).has(normalised(question));
}
