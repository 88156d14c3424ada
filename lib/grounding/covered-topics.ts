import { entitiesIn } from '@/lib/question';
import { type EntityKind } from '@/lib/vocabulary';

/** What a "not covered" reply lists: the articles' subjects, from titles and headings only. */

export type CoverageDocument = {
  title: string;
  /** Optional structure (as in CorpusDocument): headings add the nutrients and causes discussed. */
  blocks?: ReadonlyArray<{ kind: string; text: string }>;
};

const MAX_TITLES = 8;
const MAX_NAMES = 10;

/** "8+ Reasons Why My Legs Feel So Weak (Causes & Fixes)" → "Reasons Why My Legs Feel So Weak". */
function cleanTitle(title: string): string {
  return title
    .replace(/\s*[([][^)\]]*[)\]]\s*$/, '')
    .replace(/^\s*\d+\+?\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function namesOfKind(texts: readonly string[], kinds: readonly EntityKind[]): string[] {
  const seen = new Map<string, string>();
  for (const text of texts) for (const e of entitiesIn(text, kinds)) if (!e.broad && !seen.has(e.id)) seen.set(e.id, e.name);
  return [...seen.values()].slice(0, MAX_NAMES);
}

/**
 * Topics the articles cover, most general first: each article's title (cleaned, de-duplicated),
 * then the vitamins and minerals and the other causes their headings name.
 */
export function listCoveredTopics(documents: ReadonlyArray<CoverageDocument>): string[] {
  const titles: string[] = [];
  const seen = new Set<string>();
  for (const doc of documents) {
    const title = cleanTitle(doc.title);
    const key = title.toLowerCase();
    if (title === '' || seen.has(key)) continue;
    seen.add(key);
    titles.push(title);
  }
  const headings = documents.flatMap((d) => (d.blocks ?? []).filter((b) => b.kind === 'heading' || b.kind === 'title').map((b) => b.text));
  const texts = [...documents.map((d) => d.title), ...headings];
  const nutrients = namesOfKind(texts, ['nutrient']);
  const causes = namesOfKind(headings, ['condition', 'drug']);
  const out = titles.slice(0, MAX_TITLES);
  if (nutrients.length > 0) out.push(`Vitamins and minerals discussed: ${nutrients.join(', ')}`);
  if (causes.length > 0) out.push(`Other causes discussed: ${causes.join(', ')}`);
  return out;
}
