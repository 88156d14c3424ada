import { create, insertMultiple, type Orama } from '@orama/orama';
import type { Passage } from '@/lib/corpus/schema';
import { createPause, type Pause } from '@/lib/corpus/yield';
import { loadEnglishDictionary } from '@/lib/text';
import { analyzeText, createOramaTokenizer, foldedWords, splitWords, type TokenizerPolicy } from './analyze';
import { trainLsaEmbedder, DEFAULT_LSA_OPTIONS, type Embedder, type LsaEmbedderOptions } from './embedder';
import { deriveBridges, type BridgeTable } from './bridges';
import { installBridges, vocabularyPhrases } from './expansion';
import { openWordNet } from './wordnet/database';
import { buildSpellingLexicon, type SpellingLexicon } from './spelling';
import { DEFAULT_BRIDGE_SETTINGS, resolveSettings, type BridgeSettings, type EngineSettings } from './settings';

/** The Orama schema; the vector size is the embedder's, fixed when the index is created. */
export type SearchSchema = {
  title: 'string';
  headings: 'string';
  text: 'string';
  kind: 'enum';
  docId: 'enum';
  embedding: `vector[${number}]`;
};
export type SearchDb = Orama<SearchSchema>;

export const TEXT_PROPERTIES = ['title', 'headings', 'text'] as const;
export const VECTOR_PROPERTY = 'embedding';

export function searchSchema(dimensions: number): SearchSchema {
  return { title: 'string', headings: 'string', text: 'string', kind: 'enum', docId: 'enum', embedding: `vector[${dimensions}]` };
}

/**
 * Every database, new or about to receive a persisted snapshot, is created here, so a loaded
 * index always gets the same schema and, above all, the same tokenizer as the one that built it.
 */
export function createSearchDb(dimensions: number, policy: TokenizerPolicy): SearchDb {
  return create({ schema: searchSchema(dimensions), components: { tokenizer: createOramaTokenizer(policy) } });
}

export function headingsText(p: Passage): string {
  return p.headings.join(' › ');
}

/** Corpus statistics the query side needs: which terms exist, how rare they are, known words. */
export type Lexicon = {
  passageCount: number;
  docFreq: ReadonlyMap<string, number>;
  spelling: SpellingLexicon;
};

function countPassageWords(p: Passage, docFreq: Map<string, number>, wordFreq: Map<string, number>): void {
  const text = [p.title, ...p.headings, p.text].join('\n');
  for (const t of new Set(analyzeText(text))) docFreq.set(t, (docFreq.get(t) ?? 0) + 1);
  for (const w of new Set(foldedWords(text))) wordFreq.set(w, (wordFreq.get(w) ?? 0) + 1);
}

function finishLexicon(passageCount: number, docFreq: Map<string, number>, wordFreq: Map<string, number>): Lexicon {
  // Vocabulary words are valid spellings too, though the corpus may not use them.
  for (const phrase of vocabularyPhrases()) {
    for (const w of [...splitWords(phrase.phrase), ...foldedWords(phrase.phrase)]) if (!wordFreq.has(w)) wordFreq.set(w, 0);
  }
  // The turn's spelling corrector asks the English dictionary: built with the index, not on a request.
  loadEnglishDictionary();
  return { passageCount, docFreq, spelling: buildSpellingLexicon(wordFreq) };
}

export function buildLexicon(passages: readonly Passage[]): Lexicon {
  const docFreq = new Map<string, number>();
  const wordFreq = new Map<string, number>();
  for (const p of passages) countPassageWords(p, docFreq, wordFreq);
  return finishLexicon(passages.length, docFreq, wordFreq);
}

/** buildLexicon for a build: the same lexicon, with `pause` between passages. */
export async function buildLexiconWithPauses(passages: readonly Passage[], pause: Pause): Promise<Lexicon> {
  const docFreq = new Map<string, number>();
  const wordFreq = new Map<string, number>();
  for (const p of passages) {
    await pause();
    countPassageWords(p, docFreq, wordFreq);
  }
  await pause();
  return finishLexicon(passages.length, docFreq, wordFreq);
}

/** Everything a search needs, in memory. */
export type SearchIndex = {
  db: SearchDb;
  passages: readonly Passage[];
  byId: ReadonlyMap<string, Passage>;
  /** Unit passage vectors, kept outside Orama (its vector search nulls stored vectors). */
  vectors: ReadonlyMap<string, Float32Array>;
  embedder: Embedder;
  dimensions: number;
  lexicon: Lexicon;
  settings: EngineSettings;
  /** Everyday lemmas -> corpus words, from WordNet at build time; persisted with the index. */
  bridges: BridgeTable;
};

export type BuildOptions = {
  /** Defaults to LSA learned from these passages. */
  embedder?: Embedder;
  lsa?: LsaEmbedderOptions;
  settings?: Partial<EngineSettings>;
  bridges?: BridgeSettings;
};

/** Passages inserted into Orama between two pauses. */
const INSERT_BATCH_SIZE = 25;

export async function fillSearchDb(db: SearchDb, passages: readonly Passage[], vectors: readonly Float32Array[], pause: Pause = createPause()): Promise<void> {
  const docs = passages.map((p, i) => ({
    id: p.id,
    title: p.title,
    headings: headingsText(p),
    text: p.text,
    kind: p.kind,
    docId: p.docId,
    embedding: Array.from(vectors[i]!),
  }));
  // In passage order, a batch at a time: the same index as one insertMultiple, without one long step.
  for (let start = 0; start < docs.length; start += INSERT_BATCH_SIZE) {
    await pause();
    await insertMultiple(db, docs.slice(start, start + INSERT_BATCH_SIZE));
  }
}

export function assembleIndex(
  db: SearchDb,
  passages: readonly Passage[],
  vectors: ReadonlyMap<string, Float32Array>,
  embedder: Embedder,
  dimensions: number,
  settings: EngineSettings,
  bridges: BridgeTable,
  lexicon?: Lexicon,
): SearchIndex {
  // Installed before the lexicon: bridged everyday words are valid spellings, not typos.
  installBridges(bridges);
  return {
    db,
    passages,
    byId: new Map(passages.map((p) => [p.id, p])),
    vectors,
    embedder,
    dimensions,
    lexicon: lexicon ?? buildLexicon(passages),
    settings,
    bridges,
  };
}

/** The corpus's WordNet bridges; the database is read here and dropped when the build ends. */
export async function buildBridges(
  passages: readonly Passage[],
  settings: BridgeSettings = DEFAULT_BRIDGE_SETTINGS,
  pause: Pause = createPause(),
): Promise<BridgeTable> {
  return deriveBridges(passages, await openWordNet(undefined, pause), settings, pause);
}

/** Builds an index in memory from passages: no disk, no network unless the embedder uses it. */
export async function buildSearchIndex(passages: readonly Passage[], options: BuildOptions = {}): Promise<SearchIndex> {
  if (passages.length === 0) throw new Error('cannot build a search index without passages');
  const settings = resolveSettings(options.settings);
  const pause = createPause();
  // Before the LSA model learns the passages: their expansion reads the bridges.
  const bridges = await buildBridges(passages, options.bridges, pause);
  installBridges(bridges);
  await pause();
  const embedder = options.embedder ?? (await trainLsaEmbedder(passages, options.lsa ?? DEFAULT_LSA_OPTIONS, pause));
  await pause();
  const vectors = await embedder.embedPassages(passages);
  const dimensions = vectors[0]!.length;
  if (vectors.some((v) => v.length !== dimensions)) throw new Error('embedder returned vectors of different sizes');
  const db = createSearchDb(dimensions, { prefixMinLength: settings.prefixMinLength });
  await fillSearchDb(db, passages, vectors, pause);
  const lexicon = await buildLexiconWithPauses(passages, pause);
  return assembleIndex(db, passages, packVectors(passages, vectors, dimensions), embedder, dimensions, settings, bridges, lexicon);
}

/**
 * The passage vectors as views into one block, in passage order, as a persisted index is read
 * back: searches scan that block in place rather than keeping a second copy of every vector.
 */
function packVectors(passages: readonly Passage[], vectors: readonly Float32Array[], dimensions: number): Map<string, Float32Array> {
  const block = new Float32Array(passages.length * dimensions);
  return new Map(
    passages.map((p, i) => {
      block.set(vectors[i]!, i * dimensions);
      return [p.id, block.subarray(i * dimensions, (i + 1) * dimensions)];
    }),
  );
}
