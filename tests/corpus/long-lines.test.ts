/**
 * Issue 14 item 10: one long corpus line with no full stops. Ingestion must stay linear (the
 * phrase matcher compared every span and every match with every other: quadratic in repeats) and
 * no block may grow past MAX_BLOCK_CHARS, with exact offsets kept.
 */
import { describe, expect, it } from 'vitest';
import { chunkDocument, parseDocument } from '@/lib/corpus';
import { MAX_BLOCK_CHARS } from '@/lib/corpus/block-size';
import { expandText } from '@/lib/search/expansion';

const WORDS = 'leg weakness magnesium cramps iron vitamin deficiency muscle nerve pain calcium potassium weak legs'.split(' ');

/** A line of `chars` characters of article words, with no sentence end anywhere. */
function longLine(chars: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const word = WORDS[(i * 7 + (i >> 3)) % WORDS.length]!;
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ');
}

describe('a corpus line with no full stops', () => {
  it('is cut into blocks of at most MAX_BLOCK_CHARS with exact offsets', () => {
    const source = `A long line\n\n${longLine(210_000)}\n`;
    const doc = parseDocument({ id: 'long', file: 'long.txt', source, title: 'A long line' });
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs.length).toBeGreaterThan(210_000 / MAX_BLOCK_CHARS);
    for (const b of paragraphs) {
      expect(b.text.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
      expect(source.slice(b.start, b.end)).toBe(b.text);
    }
    // Together the pieces hold every word of the line once.
    expect(paragraphs.map((b) => b.text).join(' ')).toBe(longLine(210_000));
    expect(chunkDocument(doc).every((p) => p.text.length <= MAX_BLOCK_CHARS * 2)).toBe(true);
  });

  it('expands a 1 MB text of repeated phrases in linear time', () => {
    const started = performance.now();
    const expanded = expandText(longLine(1_000_000));
    const elapsed = performance.now() - started;
    expect(expanded).toBeDefined();
    // Quadratic matching took minutes here; linear takes well under a second (bound for a busy machine).
    expect(elapsed).toBeLessThan(10_000);
  });

  it('adds nothing for a repeated phrase', () => {
    const short = expandText('weak legs and leg weakness');
    const repeated = expandText('weak legs and leg weakness weak legs and leg weakness');
    expect(repeated).toEqual(short);
  });
});
