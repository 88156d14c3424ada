import { covers, entitiesIn, type QuestionAnalysis } from '@/lib/question';
import { FOCUS_KINDS, type EntityDef } from '@/lib/vocabulary';
import type { GroundingPassage } from './passage';

/** Which of the nutrients, conditions and drugs a question names the passages name too. */

/** The asked entities some mention answers for. */
export function askedCovered(asked: readonly EntityDef[], mentions: readonly EntityDef[]): EntityDef[] {
  return asked.filter((e) => mentions.some((m) => covers(m, e)));
}

/** Asked-about entities that any passage (text, title or headings) mentions. */
export function presentEntities(q: QuestionAnalysis, passages: readonly GroundingPassage[]): Set<string> {
  // Nothing asked about: nothing to look for.
  if (q.entities.length === 0) return new Set();
  const all = passages.map((p) => [p.title, ...p.headings, p.text].join('\n')).join('\n');
  const found = entitiesIn(all, FOCUS_KINDS);
  return new Set(askedCovered(q.entities, found).map((e) => e.id));
}
