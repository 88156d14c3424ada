import { lexicalScore } from './lexical-score';
import type { PassageInput } from './sentences';
import { unitFeatures, unscored, type ScoredUnit } from './unit-scoring';
import { sentenceMatchesIntent, sentenceStronglyMatchesIntent, type QuestionAnalysis, countWords, overlap } from '@/lib/question';

/**
 * The cited part of the emergency reply (lib/chat/emergency-reply): what the passages say about
 * getting care now ("Seek medical attention immediately if …"), closest to the reported signs
 * first, at most one more sentence on how serious such signs can be. Never treatment or home
 * care: the notice already told the reader to get help.
 */

const MAX_UNITS = 2;
const MAX_WORDS = 70;
const MIN_SECOND_LEXICAL = 0.2;

// Words that say how urgent or dangerous something is; "severe" alone only grades a symptom.
const URGENCY = /\b(life-threatening|emergency|immediately|urgent\w*|prompt\w*|warrants?)\b/i;

// Care now, in the passages' words, is worth more than a general "see a doctor".
function careWeight(text: string): number {
  const urgency = URGENCY.test(text);
  if (sentenceStronglyMatchesIntent(text, 'doctor') && urgency) return 1;
  if (sentenceStronglyMatchesIntent(text, 'doctor')) return 0.8;
  return urgency ? 0.4 : 0;
}

function isSelfCare(text: string): boolean {
  return sentenceMatchesIntent(text, 'treatment') && !sentenceStronglyMatchesIntent(text, 'doctor');
}

/** The care sentences of the passages, best first; empty when none says when to get help. */
export function selectUrgentUnits(q: QuestionAnalysis, passages: readonly PassageInput[]): ScoredUnit[] {
  const { features, idf } = unitFeatures(passages);
  const candidates = features
    .filter((f) => !isSelfCare(f.unit.text))
    .map((f) => {
      const care = careWeight(f.unit.text);
      const lexical = lexicalScore(f, q, idf).score;
      return { ...unscored(f.unit, q), score: care === 0 ? 0 : care + 0.5 * lexical, lexical };
    })
    .filter((u) => u.score > 0 && !u.anaphoric)
    .sort((a, b) => b.score - a.score || a.n - b.n || a.index - b.index);
  const lead = candidates.find((u) => sentenceStronglyMatchesIntent(u.text, 'doctor'));
  if (!lead) return [];
  const chosen: ScoredUnit[] = [lead];
  for (const u of candidates) {
    if (chosen.length >= MAX_UNITS) break;
    // A second sentence must speak to the signs reported, not only of danger in general.
    if (chosen.includes(u) || u.lexical < MIN_SECOND_LEXICAL || overlap(u.stems, lead.stems).jaccard >= 0.4) continue;
    if (countWords([...chosen, u].map((c) => c.text).join(' ')) > MAX_WORDS) continue;
    chosen.push(u);
  }
  return chosen;
}
