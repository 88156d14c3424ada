import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PromptPassage } from '@/lib/answer/prompt';
import { analyzeQuestion, contentStems } from '@/lib/question';

/**
 * Test passages built straight from the corpus text with a deliberately simple splitter (one
 * passage per paragraph, list item or table row; short unpunctuated lines are headings), so the
 * answer tests do not depend on the corpus parser. A plain term-overlap ranking stands in for search.
 */

export type FixturePassage = Omit<PromptPassage, 'n'>;

const CORPUS_DIR = path.join(process.cwd(), 'corpus');

function isHeading(line: string): boolean {
  return line.length <= 90 && !/[.!?:]$/.test(line) && !line.startsWith('|') && line.split(/\s+/).length <= 12;
}

function tableRow(header: string[], cells: string[]): string {
  return cells.map((c, i) => `${header[i] ?? `Column ${i + 1}`}: ${c}.`).join(' ');
}

function splitCells(line: string): string[] {
  return line
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((c) => c.trim());
}

function filePassages(file: string): FixturePassage[] {
  const lines = readFileSync(path.join(CORPUS_DIR, file), 'utf8')
    .split('\n')
    .map((l) => l.replace(/^\s*[-•*]\s+/, '').trim())
    .filter((l) => l !== '');
  const title = lines[0] ?? file;
  const out: FixturePassage[] = [];
  let heading: string | undefined;
  let header: string[] | undefined;
  for (const line of lines.slice(1)) {
    if (line.startsWith('|')) {
      const cells = splitCells(line);
      if (cells.every((c) => /^-*$/.test(c))) continue;
      if (!header) header = cells;
      else out.push({ title, headings: heading ? [heading] : [], text: tableRow(header, cells) });
      continue;
    }
    header = undefined;
    if (isHeading(line)) {
      heading = line;
      continue;
    }
    out.push({ title, headings: heading ? [heading] : [], text: line });
  }
  return out;
}

let cache: FixturePassage[] | undefined;

export function corpusPassages(): FixturePassage[] {
  cache ??= readdirSync(CORPUS_DIR)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .flatMap(filePassages);
  return cache;
}

/** The k passages sharing the most (weighted) question terms, numbered 1..k. */
export function retrieve(question: string, k = 6): PromptPassage[] {
  const q = analyzeQuestion(question);
  return corpusPassages()
    .map((p, i) => {
      const stems = new Set(contentStems([...p.headings, p.text].join(' ')));
      let score = 0;
      for (const t of q.terms) score += stems.has(t.stem) ? t.weight : t.alternatives.some((a) => a.every((s) => stems.has(s))) ? t.weight / 2 : 0;
      return { p, score, i };
    })
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, k)
    .map((r, i) => ({ ...r.p, n: i + 1 }));
}

/** Answer sentences or bullets, each still carrying its markers. */
export function answerSentences(answer: string): string[] {
  return answer
    .split(/\n+|(?<=\]\.)\s+|(?<=\][!?])\s+/)
    .map((s) => s.replace(/^-\s+/, '').trim())
    .filter((s) => s !== '');
}

export function stripMarkers(text: string): string {
  return text.replace(/\s*\[\d+\]/g, '').trim();
}

export function wordCount(text: string): number {
  return stripMarkers(text)
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

// Words the extractive model adds when it renders a table cell as a sentence.
const TEMPLATE_WORDS = new Set(['for', 'include', 'includes', 'is', 'the', 'deficiency']);

/** True when a sentence is a passage's own text, or a rendering that adds only template words. */
export function sentenceComesFrom(sentence: string, passage: PromptPassage): boolean {
  const plain = stripMarkers(sentence).replace(/\s+([.!?])$/, '$1');
  return textComesFrom(plain, passage);
}

/**
 * A sentence with several markers ("For iron, … red meat, lentils [1]; beans [3].") comes from
 * several passages: the text before each marker must come from that marker's passage.
 */
export function segmentsComeFrom(sentence: string, passages: readonly PromptPassage[]): boolean {
  const segments = [...sentence.matchAll(/([^[\]]*?)\s*\[(\d+)\]/g)];
  if (segments.length === 0) return false;
  return segments.every(([, text = '', n]) => {
    const passage = passages.find((p) => p.n === Number(n));
    const body = text
      .replace(/^[\s;,.]+/, '')
      .replace(/^(and|or)\s+/i, '')
      .trim();
    return passage !== undefined && body !== '' && textComesFrom(body, passage);
  });
}

function textComesFrom(plain: string, passage: PromptPassage): boolean {
  const body = plain.replace(/[.!?]$/, '');
  if (passage.text.includes(body)) return true;
  const source = new Set(
    [passage.title, ...passage.headings, passage.text]
      .join(' ')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [],
  );
  const words = body.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words.every((w) => source.has(w) || TEMPLATE_WORDS.has(w));
}
