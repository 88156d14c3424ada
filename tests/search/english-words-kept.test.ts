import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchIndex } from '@/lib/search';
import { planQuery } from '@/lib/search/query-plan';
import { FIXTURE_PASSAGES } from './fixtures/passages';

let index: SearchIndex;
beforeAll(async () => {
  index = await buildSearchIndex(FIXTURE_PASSAGES);
});

describe('query spelling correction and English words', () => {
  it('keeps a correctly spelt English word one edit from a passage word', () => {
    expect(planQuery(index, 'crimping pain in the calf').corrections).toEqual([]);
    expect(planQuery(index, 'nervous about numbness').corrections).toEqual([]);
  });

  it('still corrects a misspelt passage word', () => {
    expect(planQuery(index, 'crampng pain in the calf').corrections).toContainEqual({ from: 'crampng', to: 'cramping' });
  });
});
