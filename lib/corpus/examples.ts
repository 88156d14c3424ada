import type { CorpusDocument } from '@/lib/corpus/schema';

export type ArticleSummary = { id: string; title: string };

/** Used when the articles offer no question-shaped headings to start from. */
const FALLBACK_EXAMPLES = [
  'Which deficiencies can cause weakness in the legs?',
  'Why do my legs cramp at night?',
  'What are the signs of low vitamin B12?',
  'When should leg weakness be checked by a doctor?',
];

const MAX_EXAMPLE_CHARS = 80;

function questionCandidates(doc: CorpusDocument): string[] {
  return doc.blocks
    .filter((b) => (b.kind === 'faq-question' || b.kind === 'heading') && b.text.trim().endsWith('?'))
    .map((b) => b.text.replace(/\s+/g, ' ').trim())
    .filter((q) => q.length >= 12 && q.length <= MAX_EXAMPLE_CHARS);
}

/**
 * Example questions taken from the articles themselves (FAQ questions and question headings),
 * one per article in turn so they spread over the corpus; topped up with general ones.
 */
export function pickExampleQuestions(docs: CorpusDocument[], count = 4): string[] {
  const perDoc = docs.map(questionCandidates);
  const picked: string[] = [];
  const seen = new Set<string>();
  for (let round = 0; picked.length < count && perDoc.some((list) => list.length > round); round += 1) {
    for (const list of perDoc) {
      const candidate = list[round];
      if (!candidate || seen.has(candidate.toLowerCase())) continue;
      seen.add(candidate.toLowerCase());
      picked.push(candidate);
      if (picked.length === count) break;
    }
  }
  for (const fallback of FALLBACK_EXAMPLES) {
    if (picked.length >= count) break;
    if (!seen.has(fallback.toLowerCase())) picked.push(fallback);
  }
  return picked;
}

export function summarizeArticles(docs: CorpusDocument[]): ArticleSummary[] {
  return docs.map((d) => ({ id: d.id, title: d.title }));
}
