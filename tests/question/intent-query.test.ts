import { describe, expect, it } from 'vitest';
import { analyzeQuestion, intentSearches, searchFit } from '@/lib/question';

describe('intentSearches', () => {
  it("rewrites a lay question in the articles' words: subject, then the kind of answer", () => {
    const [search] = intentSearches(analyzeQuestion('who tends to be low on iron?'));
    expect(search?.query).toMatch(/^iron deficiency at risk/);
    expect(search?.subjects.map((s) => s.id)).toEqual(['iron']);
  });

  it("keeps the question's own topic words beside the names", () => {
    expect(intentSearches(analyzeQuestion('what exercise helps weak legs?'))[0]?.query).toMatch(/exercise/);
  });

  it("searches each nutrient's foods on its own", () => {
    const searches = intentSearches(analyzeQuestion('what foods are rich in iron and magnesium?'));
    expect(searches.map((s) => s.query)).toEqual(['iron dietary sources foods', 'magnesium dietary sources foods']);
  });

  it('has nothing to search for when the question names nothing', () => {
    expect(intentSearches(analyzeQuestion('how do I bake bread?'))).toEqual([]);
  });
});

describe('searchFit', () => {
  const [foods] = intentSearches(analyzeQuestion('which foods have zinc?'));
  if (!foods) throw new Error('no search');

  it('prefers a passage about the subject over one that only mentions it', () => {
    expect(searchFit(foods, { headings: ['Zinc'], text: 'Dietary Sources: Oysters, beef, and seeds.' })).toBe(2);
    expect(searchFit(foods, { headings: ['Table'], text: 'Nutrient: Zinc. Sources: Beef, nuts.' })).toBe(2);
    expect(searchFit(foods, { headings: ['Diet'], text: 'Eat fish and nuts for zinc and iron.' })).toBe(1);
  });

  it('rejects a passage without the subject or without the kind of answer asked', () => {
    expect(searchFit(foods, { headings: ['Iron'], text: 'Red meat and lentils are rich in iron.' })).toBe(0);
    expect(searchFit(foods, { headings: ['Zinc'], text: 'Zinc supports wound healing.' })).toBe(0);
  });
});
