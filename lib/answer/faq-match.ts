import { termMatch } from '@/lib/grounding';
import { contentStemSet, type QuestionAnalysis } from '@/lib/question';
import { DEFAULT_ANSWER_SETTINGS } from './settings';

/**
 * Whether an article's FAQ question is the question the user asked, in other words: the share of
 * the user's terms the FAQ question holds, read through the same matching as sentence scoring
 * (stems, long-stem prefixes, lay wordings and WordNet bridges; another wording counts less, an
 * intent cue half). "Could I just be dried out?" asks the FAQ's "Can … be caused by dehydration …?"
 * though no word is shared. Its answer is then the articles' own answer to the question.
 */
export function faqQuestionShare(q: QuestionAnalysis, faqQuestion: string | undefined): number {
  if (!faqQuestion || q.terms.length === 0) return 0;
  const stems = contentStemSet(faqQuestion);
  let held = 0;
  let total = 0;
  for (const term of q.terms) {
    total += term.weight;
    held += term.weight * termMatch(term, stems);
  }
  return total > 0 ? held / total : 0;
}

export function asksSameQuestion(q: QuestionAnalysis, faqQuestion: string | undefined): boolean {
  return faqQuestionShare(q, faqQuestion) >= DEFAULT_ANSWER_SETTINGS.faqSameQuestionShare;
}
