import { describe, expect, it } from 'vitest';
import { listCoveredTopics } from '@/lib/grounding';

describe('listCoveredTopics', () => {
  it('lists each title once, cleaned of counts and bracketed asides', () => {
    const out = listCoveredTopics([
      { title: '8+ Reasons Why My Legs Feel So Weak (Causes & Fixes)' },
      { title: 'Heavy Legs and Iron' },
      { title: 'heavy legs and iron' },
      { title: '   ' },
    ]);
    expect(out.slice(0, 2)).toEqual(['Reasons Why My Legs Feel So Weak', 'Heavy Legs and Iron']);
    expect(out.filter((t) => /heavy legs/i.test(t))).toHaveLength(1);
    expect(out.every((t) => t.trim() !== '')).toBe(true);
  });

  it('adds the nutrients and other causes its headings name', () => {
    const out = listCoveredTopics([
      {
        title: 'Leg weakness',
        blocks: [
          { kind: 'heading', text: 'Vitamin D' },
          { kind: 'paragraph', text: 'Zinc is mentioned only in body text.' },
          { kind: 'heading', text: 'Potassium Deficiency (Hypokalemia)' },
          { kind: 'heading', text: 'Statins and Muscle Damage' },
        ],
      },
    ]);
    expect(out[0]).toBe('Leg weakness');
    expect(out.join('\n')).toMatch(/vitamin D, potassium/);
    expect(out.join('\n')).toMatch(/statins/);
    expect(out.join('\n')).not.toMatch(/zinc/);
  });

  it('returns an empty list for no documents', () => {
    expect(listCoveredTopics([])).toEqual([]);
  });
});
