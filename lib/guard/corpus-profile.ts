/**
 * What the output guard knows about the whole corpus: its vocabulary (for the known-words check)
 * and how often each content word occurs in article sentences that belong there (for telling a
 * planted instruction from article text). Built once per loaded corpus.
 */
import type { CorpusDocument } from '@/lib/corpus/schema';
import { getSearchIndex } from '@/lib/search';
import { topicStems, instructsAssistant, stem, withoutLinks, words } from './output-text';
import { sentenceUnits } from '@/lib/text/sentences';
import { guardSettings } from './settings';

export type CorpusProfile = {
  /** Stems of every word in the corpus. */
  vocabulary: ReadonlySet<string>;
  /** Content-stem counts over the corpus sentences that are not insertions. */
  supportCounts: ReadonlyMap<string, number>;
};

/**
 * Article sentences share their topic words with the rest of the article; a sentence few of whose
 * content words occur anywhere else was inserted (thresholds in guardSettings.insertion).
 */
const { insertion } = guardSettings;

export function countStems(stems: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

/**
 * True when a sentence of the source text reads as inserted rather than written with it: it
 * addresses the assistant's answer, or most of its content words occur nowhere else (`counts`
 * includes the sentence itself).
 */
export function isInsertion(sentence: string, stems: readonly string[], counts: ReadonlyMap<string, number>): boolean {
  if (instructsAssistant(sentence)) return true;
  if (stems.length < insertion.minContentWordsToJudge) return false;
  const own = countStems(stems);
  const anchors = stems.filter((s) => (counts.get(s) ?? 0) - (own.get(s) ?? 0) > 0).length;
  const share = anchors / stems.length;
  return share < insertion.minSupportedShare || (share < insertion.minSupportedShareFewAnchors && anchors < insertion.minAnchors);
}

export function buildCorpusProfile(texts: readonly string[]): CorpusProfile {
  const vocabulary = new Set<string>();
  for (const text of texts) for (const w of words(text)) vocabulary.add(stem(w));
  const units = texts.flatMap((text) => sentenceUnits(text, 'chat'));
  const stems = units.map((unit) => topicStems(withoutLinks(unit)));
  const counts = countStems(stems.flat());
  const removed = new Set<number>();
  for (let pass = 0; pass < insertion.cleaningPasses; pass++) {
    const before = removed.size;
    units.forEach((unit, i) => {
      if (removed.has(i) || !isInsertion(unit, stems[i] ?? [], counts)) return;
      removed.add(i);
      for (const s of stems[i] ?? []) counts.set(s, (counts.get(s) ?? 0) - 1);
    });
    if (removed.size === before) break;
  }
  return { vocabulary, supportCounts: counts };
}

// Keyed by the loaded documents themselves: a rebuilt index brings new objects, so a new profile.
// `listed` is the index's own document list: while it is the same array, nothing was reloaded.
let cached: { listed: readonly CorpusDocument[]; documents: CorpusDocument[]; profile: CorpusProfile } | undefined;

function sameDocuments(a: readonly CorpusDocument[], b: readonly CorpusDocument[]): boolean {
  return a.length === b.length && a.every((doc, i) => doc === b[i]);
}

/** Each listed document as looked up by its id (the first document with that id). */
function documentsById(listed: readonly CorpusDocument[]): CorpusDocument[] {
  const byId = new Map<string, CorpusDocument>();
  for (const doc of listed) if (!byId.has(doc.id)) byId.set(doc.id, doc);
  return listed.flatMap((d) => byId.get(d.id) ?? []);
}

/** The profile of the indexed corpus; undefined when the index cannot be read. */
export async function loadCorpusProfile(): Promise<CorpusProfile | undefined> {
  try {
    const listed = (await getSearchIndex()).documents;
    if (cached?.listed === listed) return cached.profile;
    const documents = documentsById(listed);
    if (!cached || !sameDocuments(cached.documents, documents)) {
      cached = { listed, documents, profile: buildCorpusProfile(documents.flatMap((d) => [d.title, d.source])) };
    } else {
      cached = { ...cached, listed };
    }
    return cached.profile;
  } catch (error) {
    console.error('[chat] reading the corpus for the output guard failed', error);
    return undefined;
  }
}
