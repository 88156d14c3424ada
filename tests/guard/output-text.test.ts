import { describe, expect, it } from 'vitest';
import { linkTargets, withoutLinks } from '@/lib/guard/output-text';

describe('linkTargets (remembered per text)', () => {
  const sentence = 'Read more at https://example.org/legs and at nutrition.example.com today.';

  it('finds the same targets the second time, and a caller cannot change what is remembered', () => {
    const first = linkTargets(sentence);
    expect(first).toEqual(expect.arrayContaining(['https://example.org/legs', 'nutrition.example.com']));
    const found = [...first];
    first.push('poisoned');
    expect(linkTargets(sentence)).toEqual(found);
    expect(withoutLinks(sentence)).not.toContain('example');
  });

  it('finds nothing in plain prose', () => {
    expect(linkTargets('Magnesium helps muscles relax after exercise.')).toEqual([]);
  });
});
