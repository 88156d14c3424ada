import { selectUrgentUnits, type PassageInput } from '@/lib/answer';
import { SAFETY_FIRST_LINE } from '@/lib/triage/notices';
import { SIGN_CARE_TOPICS, type TriageSign } from '@/lib/triage/signs';
import { analyzeQuestion } from '@/lib/question';

/**
 * The answer part of an emergency turn: what the passages say about getting care for the signs
 * reported (cited), or nothing from them when none says it, then that the rest can wait.
 */
export type EmergencyReply = {
  text: string;
  /** Passage numbers cited, in marker order ([1] is cited[0]). */
  cited: number[];
};

function aboutSigns(text: string, signs: readonly TriageSign[]): boolean {
  const lower = text.toLowerCase();
  return signs.some((s) => SIGN_CARE_TOPICS[s.id].some((topic) => lower.includes(topic)));
}

export function emergencyReply(question: string, signs: readonly TriageSign[], passages: readonly PassageInput[]): EmergencyReply {
  const q = analyzeQuestion(`${question} ${signs.map((s) => s.plain).join(' ')}`);
  const care = selectUrgentUnits(q, passages).filter((u) => aboutSigns(u.text, signs));
  const cited: number[] = [];
  const sentences = care.map((u) => {
    if (!cited.includes(u.n)) cited.push(u.n);
    return `${u.text.trim()} [${cited.indexOf(u.n) + 1}]`;
  });
  return { text: [...(sentences.length > 0 ? [sentences.join(' ')] : []), SAFETY_FIRST_LINE].join('\n\n'), cited };
}
