import { describe, expect, it } from 'vitest';
import type { Passage } from '@/lib/corpus/schema';
import { abbreviates, capitalOnlyWords } from '@/lib/search/abbreviations';
import type { BridgeTable } from '@/lib/search/bridges';
import { buildBridges } from '@/lib/search/index-store';

/**
 * A word an article writes only in capitals is an abbreviation, not the everyday word it spells:
 * its bridges go only through the senses that hold its expansion.
 * Articles and words are our own, none from an evaluation set.
 */

const article = (id: string, text: string): Passage => ({ id, docId: id, title: 'Notes', headings: [], kind: 'paragraph', text, start: 0, end: text.length });
const reachedBy = (table: BridgeTable, from: string): string[] => table.filter((b) => b.from === from).map((b) => b.to);

describe('abbreviations', () => {
  it('finds the words an article writes only in capitals', () => {
    const words = capitalOnlyWords([
      article('c', 'Peripheral artery disease (PAD) narrows arteries. An EMG records muscles. Wear a knee pad.'),
      article('d', 'ECG results.'),
    ]);
    expect([...words].sort()).toEqual(['ecg', 'emg']);
  });

  it.each([
    ['ms', 'multiple sclerosis', true],
    ['atp', 'adenosine triphosphate', true],
    ['emg', 'electromyogram', true],
    ['pad', 'tablet', false],
    ['pad', 'notepad', false],
    ['pad', 'pad', false],
    ['dvt', 'deep vein', false],
  ])('%s abbreviates %s: %s', (short, phrase, expected) => {
    expect(abbreviates(short, phrase)).toBe(expected);
  });

  it('keeps only the abbreviation sense of a capitals-only corpus word', async () => {
    const table = await buildBridges([article('e', 'Peripheral artery disease (PAD) causes calf pain when walking. MS can weaken the legs.')]);
    for (const lay of ['notepad', 'writing pad', 'tablet']) expect(reachedBy(table, lay), lay).not.toContain('pad');
    expect(reachedBy(table, 'disseminated sclerosis')).toContain('ms');
  }, 60_000);

  it('keeps the everyday senses of the same word written in lower case', async () => {
    const table = await buildBridges([article('f', 'Use a heel pad in each shoe.')]);
    expect(table.some((b) => b.to === 'pad')).toBe(true);
  }, 60_000);
});
