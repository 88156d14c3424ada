import type { Passage } from '@/lib/corpus/schema';
import { analyzeTurn, type TurnAnalysis } from '@/lib/question';
import { getSearchIndex } from '@/lib/search';
import { conversationTurns } from './conversation';
import type { LegwiseUIMessage } from './types';

// One list per loaded index: the spelling corrector keeps its word counts with the list itself.
const vocabularyByPassages = new WeakMap<readonly Passage[], readonly string[]>();

function vocabularyOf(passages: readonly Passage[]): readonly string[] {
  let texts = vocabularyByPassages.get(passages);
  if (!texts) {
    texts = passages.map((p) => [p.title, ...p.headings, p.text].join('\n'));
    vocabularyByPassages.set(passages, texts);
  }
  return texts;
}

/** The turn's one analysis, typos corrected against the loaded corpus. */
export async function analyzeMessages(messages: LegwiseUIMessage[]): Promise<TurnAnalysis> {
  const { engine } = await getSearchIndex();
  return analyzeTurn(conversationTurns(messages), vocabularyOf(engine.index.passages));
}
