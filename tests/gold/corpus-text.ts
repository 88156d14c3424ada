import fs from 'node:fs';
import path from 'node:path';

export type CorpusLine = { docId: string; lineNumber: number; text: string };
export type CorpusFileText = { docId: string; text: string };

const textExtensions = new Set(['.txt', '.md', '.html']);

/** Raw article texts, read straight from disk so the gold set can be checked without lib/corpus. */
export function readCorpusTexts(dir: string): CorpusFileText[] {
  return fs
    .readdirSync(dir)
    .filter((file) => textExtensions.has(path.extname(file)))
    .sort()
    .map((file) => ({
      docId: path.basename(file, path.extname(file)),
      text: fs.readFileSync(path.join(dir, file), 'utf8'),
    }));
}

/** Non-empty lines: in these articles one line is one paragraph, list item or table row. */
export function toCorpusLines(texts: readonly CorpusFileText[]): CorpusLine[] {
  return texts.flatMap(({ docId, text }) =>
    text
      .split(/\r?\n/)
      .map((line, i) => ({ docId, lineNumber: i + 1, text: line }))
      .filter((line) => line.text.trim() !== ''),
  );
}

/** Lowercase letter-only words, e.g. "don't" gives "don" and "t". */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+/g) ?? [];
}
