import { describe, expect, it } from 'vitest';
import { subjectCoverageLine } from '@/lib/grounding/subject-coverage';
import { entitiesIn } from '@/lib/question';
import { FOCUS_KINDS, type EntityDef } from '@/lib/vocabulary';

const entityNamed = (text: string): EntityDef => {
  const found = entitiesIn(text, FOCUS_KINDS)[0];
  if (!found) throw new Error(`no entity in ${text}`);
  return found;
};

const documents = [
  {
    title: 'Legs and minerals',
    blocks: [
      { kind: 'heading', text: 'Potassium' },
      { kind: 'heading', text: '2. Potassium and Cramping Calves' },
      { kind: 'paragraph', text: 'Potassium keeps nerves firing.' },
      { kind: 'heading', text: 'Iron and Tired Legs' },
    ],
  },
  { title: 'More', blocks: [{ kind: 'heading', text: 'Low Potassium in Athletes' }] },
];

describe('subjectCoverageLine', () => {
  it("lists the sections whose headings name the declined question's subject, numbering and the bare name left out", () => {
    expect(subjectCoverageLine(entityNamed('potassium'), documents)).toBe('About potassium: Potassium and Cramping Calves; Low Potassium in Athletes');
  });

  it('says nothing when no heading names the subject', () => {
    expect(subjectCoverageLine(entityNamed('vitamin E'), documents)).toBeUndefined();
  });
});
