import { describe, expect, it } from 'vitest';
import { composeExtractiveAnswer } from '@/lib/answer/compose';
import type { PromptPassage } from '@/lib/answer/prompt';
import { formatCellList, itemWords, withoutSaid, type CellList } from '@/lib/answer/cell-lists';

const P = (n: number, text: string, headings: string[] = [], title = 'Article'): PromptPassage => ({ n, title, headings, text });

describe('lists of one subject from several tables', () => {
  const passages = [
    P(1, 'Zinc Deficiency Table — Nutrient: Zinc. Leg Symptoms: Stiff calves, slow healing, night cramps.', ['Zinc Deficiency Table']),
    P(2, 'Deficiency: Zinc. Associated Symptoms: Night cramps, hair thinning, poor appetite.', ['Deficiency Comparison'], 'B'),
  ];

  it('say the subject once and each item once, each group cited where it stands', () => {
    const answer = composeExtractiveAnswer('what are the symptoms of zinc deficiency?', passages);
    expect(answer.match(/\bzinc\b/gi)).toHaveLength(1);
    expect(answer.match(/night cramps/gi)).toHaveLength(1);
    expect(answer).toMatch(/^Symptoms of zinc deficiency include .*\[1\].*\[2\]\.$/);
    expect(answer).not.toMatch(/\bFor zinc\b/);
  });
});

describe('withoutSaid', () => {
  const zinc = { id: 'zinc', name: 'zinc', kind: 'nutrient' } as unknown as CellList['subject'];
  const list: CellList = {
    subject: zinc,
    name: 'zinc deficiency',
    label: 'Leg Symptoms',
    groups: [
      { n: 1, items: ['stiff calves', 'slow healing'], value: 'Stiff calves, slow healing' },
      { n: 2, items: ['night cramps'] },
    ],
  };

  it('drops the items whose words were said, and a group left empty, and stops quoting a cut group verbatim', () => {
    const fresh = withoutSaid(list, itemWords('Zinc deficiency can bring stiff calves and night cramps.'));
    expect(fresh.groups).toEqual([{ n: 1, items: ['slow healing'] }]);
    expect(formatCellList(fresh)).toBe('Leg symptoms of zinc deficiency include slow healing [1].');
  });

  it('keeps a whole list in its own words when nothing was said', () => {
    expect(formatCellList(withoutSaid(list, new Set()))).toBe('Leg symptoms of zinc deficiency include stiff calves, slow healing [1]; night cramps [2].');
  });
});
