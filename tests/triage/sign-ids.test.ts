import { describe, expect, it } from 'vitest';
import { triageLevelSchema as ourLevels, triageSignIdSchema } from '@/lib/triage/signs';
import { triageLevelSchema as frozenLevels, triageSignSchema } from '@/tests/frozen/triage-schema';

// lib/ cannot import the frozen set's schema, and the frozen file is never edited: the two lists are
// kept apart on purpose, and this keeps them equal, so the eval's per-sign figures mean what they say.
describe('triage ids', () => {
  it('names the same signs as the frozen vignette set', () => {
    expect([...triageSignIdSchema.options].sort()).toEqual([...triageSignSchema.options].sort());
  });
  it('uses the same levels as the frozen vignette set', () => {
    expect([...ourLevels.options].sort()).toEqual([...frozenLevels.options].sort());
  });
});
