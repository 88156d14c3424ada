/**
 * Reads a corpus folder into parsed documents and passages. One bad file never stops the rest:
 * it is reported in `errors` with its name and the reason.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { chunkDocument } from './chunk';
import { sha256Hex } from './hash';
import { htmlTitle, htmlToText } from './html';
import { splitLines } from './lines';
import { parseDocument } from './parse';
import { isChromeLine, isHeadingLike } from './rules';
import type { CorpusDocument, CorpusLoadError, Passage } from './schema';
import { createPause } from './yield';

/** Bump whenever parsing or chunking output changes, so persisted indexes are rebuilt. */
export const PARSER_VERSION = 'legwise-corpus-3';

const SUPPORTED_FILE = /\.(txt|md|markdown|html?)$/i;
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const manifestSchema = z.array(
  z.object({
    file: z.string().min(1),
    title: z.string().nullable(),
    about: z.string().optional(),
  }),
);

export interface LoadedCorpus {
  documents: CorpusDocument[];
  errors: CorpusLoadError[];
}

export interface LoadedPassages extends LoadedCorpus {
  passages: Passage[];
  /** Changes when any file, the set of files or PARSER_VERSION changes. */
  corpusHash: string;
}

function errorMessage(error: unknown): string {
  if (error instanceof z.ZodError) return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  if (error instanceof Error) return error.message;
  return String(error);
}

async function readManifest(dir: string): Promise<{ titles: Map<string, string>; error?: CorpusLoadError }> {
  let raw: string;
  try {
    raw = await readFile(path.join(dir, 'manifest.json'), 'utf8');
  } catch {
    return { titles: new Map() };
  }
  try {
    const entries = manifestSchema.parse(JSON.parse(raw));
    const titles = new Map<string, string>();
    for (const entry of entries) {
      const title = entry.title?.trim() || entry.about?.trim();
      if (title) titles.set(entry.file, title);
    }
    return { titles };
  } catch (error) {
    return { titles: new Map(), error: { file: 'manifest.json', reason: `invalid manifest: ${errorMessage(error)}` } };
  }
}

export function isCorpusFile(name: string): boolean {
  return SUPPORTED_FILE.test(name) && !name.startsWith('.') && !/^readme/i.test(name);
}

/** File name without extension, restricted to URL-safe characters. */
export function documentIdFor(file: string): string {
  const base = file.replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return base === '' ? 'document' : base;
}

function uniqueId(file: string, taken: Set<string>): string {
  const base = documentIdFor(file);
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

type SourceResult = { ok: true; source: string; htmlTitle?: string } | { ok: false; reason: string };

async function readSource(dir: string, file: string): Promise<SourceResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(dir, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: `cannot be read (${code ?? errorMessage(error)})` };
  }
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: `too large (${bytes.length} bytes, limit ${MAX_FILE_BYTES})` };
  if (bytes.includes(0)) return { ok: false, reason: 'binary content (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  if (!/\.html?$/i.test(file)) return { ok: true, source: text };
  // For HTML the extracted visible text becomes the document source: offsets point into it.

  const source = htmlToText(text);
  if (source.trim() === '') return { ok: false, reason: 'HTML has no visible text' };
  return { ok: true, source, htmlTitle: htmlTitle(text) };
}

/** Title from the text itself: a markdown `#` heading, else a title-like first line. */
function titleFromSource(source: string): string | undefined {
  const lines = splitLines(source).filter((line) => line.kind !== 'blank' && !isChromeLine(line.text));
  const mdHeading = lines.find((line) => line.kind === 'md-heading' && line.hashes === 1);
  if (mdHeading) return source.slice(mdHeading.contentStart, mdHeading.end).trim();
  const first = lines[0];
  if (first && first.kind === 'text' && isHeadingLike(first.text, { allowQuestion: true })) return first.text;
  return undefined;
}

function titleFromFileName(file: string): string {
  const words = file.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim();
  return words === '' ? file : words.charAt(0).toUpperCase() + words.slice(1);
}

export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  const names = (await readdir(dir)).filter(isCorpusFile).sort();
  const manifest = await readManifest(dir);
  const documents: CorpusDocument[] = [];
  const errors: CorpusLoadError[] = manifest.error ? [manifest.error] : [];
  const takenIds = new Set<string>();
  const pause = createPause();
  for (const file of names) {
    await pause();
    const read = await readSource(dir, file);
    if (!read.ok) {
      errors.push({ file, reason: read.reason });
      continue;
    }
    const title =
      manifest.titles.get(file) ?? read.htmlTitle ?? titleFromSource(read.source) ?? titleFromFileName(file);
    try {
      const doc = parseDocument({ id: uniqueId(file, takenIds), file, source: read.source, title });
      if (!doc.blocks.some((b) => b.kind !== 'title' && b.kind !== 'heading')) {
        errors.push({ file, reason: 'no article text found after removing page furniture' });
        continue;
      }
      documents.push(doc);
    } catch (error) {
      errors.push({ file, reason: `could not be parsed: ${errorMessage(error)}` });
    }
  }
  return { documents, errors };
}

export function computeCorpusHash(documents: CorpusDocument[]): string {
  const entries = documents
    .map((doc) => `${doc.file}\t${doc.contentHash}`)
    .sort()
    .join('\n');
  return sha256Hex(`${PARSER_VERSION}\n${entries}`);
}

export async function loadCorpusPassages(dir: string): Promise<LoadedPassages> {
  const { documents, errors } = await loadCorpus(dir);
  const passages: Passage[] = [];
  const chunked: CorpusDocument[] = [];
  const pause = createPause();
  for (const doc of documents) {
    await pause();
    try {
      passages.push(...chunkDocument(doc));
      chunked.push(doc);
    } catch (error) {
      errors.push({ file: doc.file, reason: `could not be split into passages: ${errorMessage(error)}` });
    }
  }
  return { documents: chunked, passages, errors, corpusHash: computeCorpusHash(chunked) };
}
