import { describe, expect, it } from 'vitest';
import { groupBySubject } from '@/lib/answer/subject-order';
import type { ScoredUnit } from '@/lib/answer/unit-scoring';

const unit = (n: number, index: number, text: string, anaphoric = false) => ({ n, index, text, anaphoric, subject: undefined }) as unknown as ScoredUnit;

describe('groupBySubject', () => {
  it('brings the sentences about one nutrient together across articles, the first subject first', () => {
    const units = [unit(1, 0, 'Iron carries oxygen.'), unit(2, 4, 'Magnesium relaxes muscle.'), unit(3, 1, 'Iron deficiency tires the legs.')];
    expect(groupBySubject(units).map((u) => u.text)).toEqual(['Iron carries oxygen.', 'Iron deficiency tires the legs.', 'Magnesium relaxes muscle.']);
  });

  it('keeps a sentence that leans on the one before it with that one', () => {
    const units = [
      unit(1, 0, 'Iron carries oxygen.'),
      unit(2, 4, 'Magnesium relaxes muscle.'),
      unit(2, 5, 'This stops cramps.', true),
      unit(3, 1, 'Iron deficiency tires the legs.'),
    ];
    expect(groupBySubject(units).map((u) => u.text)).toEqual([
      'Iron carries oxygen.',
      'Iron deficiency tires the legs.',
      'Magnesium relaxes muscle.',
      'This stops cramps.',
    ]);
  });
});
