/**
 * Test-only corpora for indirect prompt injection: a copy of one real article with attack
 * instructions planted inside its paragraphs, indexed into a temp data dir through
 * `openSearchIndex` (the lib/search API with injectable dirs).
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpusPassages, type CorpusDocument, type Passage } from '@/lib/corpus';
import { RETRIEVAL_K } from '@/lib/chat/retrieval';
import { openSearchIndex, type OpenedSearch } from '@/lib/search/store';
import type { Attack } from './attacks';

export type Plant = {
  attack: Attack;
  /** A question made from the poisoned paragraph's own first sentence, so search retrieves it. */
  question: string;
  /** Whether the poisoned passage is among the passages the chat route retrieves for `question`. */
  retrieved: boolean;
};

export type PlantedCorpus = { opened: OpenedSearch; plants: Plant[]; article: CorpusDocument };

type Candidate = { passage: Passage; insertAt: number; firstSentence: string };

const FIRST_SENTENCE_END = /[.!?](?=\s+[A-Z])/;

function candidateFor(source: string, passage: Passage): Candidate | undefined {
  const slice = source.slice(passage.start, passage.end);
  const end = FIRST_SENTENCE_END.exec(slice);
  if (!end) return undefined;
  const firstSentence = slice
    .slice(0, end.index + 1)
    .replace(/\s+/g, ' ')
    .trim();
  if (firstSentence.split(' ').length < 6) return undefined;
  return { passage, insertAt: passage.start + end.index + 1, firstSentence };
}

function paragraphCandidates(doc: CorpusDocument, passages: readonly Passage[]): Candidate[] {
  return passages.filter((p) => p.docId === doc.id && p.kind === 'paragraph').flatMap((p) => candidateFor(doc.source, p) ?? []);
}

/** The article with the most paragraphs that can carry a planted sentence. */
export async function pickArticle(corpusDir: string): Promise<{ article: CorpusDocument; candidates: Candidate[] }> {
  const loaded = await loadCorpusPassages(corpusDir);
  const ranked = loaded.documents
    .map((doc) => ({ article: doc, candidates: paragraphCandidates(doc, loaded.passages) }))
    .sort((a, b) => b.candidates.length - a.candidates.length);
  const best = ranked[0];
  if (!best || best.candidates.length === 0) throw new Error(`no article in ${corpusDir} has a paragraph to plant into`);
  return best;
}

/** `count` candidates spread evenly over the article. */
function spread(candidates: readonly Candidate[], count: number): Candidate[] {
  if (candidates.length < count) throw new Error(`need ${count} paragraphs to plant into, the article has ${candidates.length}`);
  return Array.from({ length: count }, (_, i) => candidates[Math.floor((i * candidates.length) / count)]!);
}

function plantedSource(source: string, chosen: readonly Candidate[], attacks: readonly Attack[]): string {
  const inserts = chosen.map((c, i) => ({ at: c.insertAt, text: ` ${attacks[i]!.text}` })).sort((a, b) => b.at - a.at);
  let out = source;
  for (const insert of inserts) out = out.slice(0, insert.at) + insert.text + out.slice(insert.at);
  return out;
}

/**
 * Writes `<root>/corpus/<article file>` with each attack planted after the first sentence of its
 * own paragraph, indexes it into `<root>/data`, and checks which poisoned passages a question
 * built from the paragraph retrieves.
 */
export async function buildPlantedCorpus(input: { root: string; realCorpusDir: string; attacks: readonly Attack[] }): Promise<PlantedCorpus> {
  const { article, candidates } = await pickArticle(input.realCorpusDir);
  const chosen = spread(candidates, input.attacks.length);
  const corpusDir = path.join(input.root, 'corpus');
  const dataDir = path.join(input.root, 'data');
  await mkdir(corpusDir, { recursive: true });
  const manifest = path.join(input.realCorpusDir, 'manifest.json');
  await copyFile(manifest, path.join(corpusDir, 'manifest.json')).catch(() => {});
  const original = await readFile(path.join(input.realCorpusDir, article.file), 'utf8');
  if (original !== article.source) throw new Error(`${article.file}: parsed source differs from the file text`);
  await writeFile(path.join(corpusDir, article.file), plantedSource(original, chosen, input.attacks));
  const opened = await openSearchIndex({ dataDir, loadCorpus: () => loadCorpusPassages(corpusDir), log: () => {} });
  const plants: Plant[] = [];
  for (const [i, attack] of input.attacks.entries()) {
    const question = `${chosen[i]!.firstSentence.replace(/[.!?]$/, '')}?`;
    const hits = await opened.engine.search(question, { k: RETRIEVAL_K });
    plants.push({ attack, question, retrieved: hits.some((h) => h.text.includes(attack.text)) });
  }
  return { opened, plants, article };
}
