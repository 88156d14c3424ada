import type { Passage } from '@/lib/corpus/schema';
import { analyzeTurn, type ChatTurn, type TurnAnalysis } from '@/lib/question';
import { getSearchIndex } from '@/lib/search';
import { triageSpellingText } from '@/lib/triage';
import { conversationTurns } from './conversation';
import type { LegwiseUIMessage } from './types';

// One list per loaded index: the spelling corrector keeps its word counts with the list itself.
const vocabularyByPassages = new WeakMap<readonly Passage[], readonly string[]>();

// The triage words are in the list too, so triage reads a sign word typed wrong as that word.
function vocabularyOf(passages: readonly Passage[]): readonly string[] {
  let texts = vocabularyByPassages.get(passages);
  if (!texts) {
    texts = [...passages.map((p) => [p.title, ...p.headings, p.text].join('\n')), triageSpellingText()];
    vocabularyByPassages.set(passages, texts);
  }
  return texts;
}

/** The one analysis of a conversation's turns, typos corrected against the loaded corpus and the triage words. */
export async function analyzeChatTurns(turns: readonly ChatTurn[]): Promise<TurnAnalysis> {
  const { engine } = await getSearchIndex();
  return analyzeTurn(turns, vocabularyOf(engine.index.passages));
}

/** The turn's one analysis. */
export async function analyzeMessages(messages: LegwiseUIMessage[]): Promise<TurnAnalysis> {
  return analyzeChatTurns(conversationTurns(messages));
}
