import { describe, expect, it } from 'vitest';
import { attachMarker } from '@/lib/answer/compose';
import { parseTableRow, passageUnits, renderCell, renderLabelledItem } from '@/lib/answer/sentences';

describe('table rows', () => {
  it('parses "Label: value" cells separated by ". " or "; "', () => {
    expect(parseTableRow('Nutrient: Iron. Common Dietary Sources: Red meat, lentils, spinach.')).toEqual([
      { label: 'Nutrient', value: 'Iron' },
      { label: 'Common Dietary Sources', value: 'Red meat, lentils, spinach' },
    ]);
    expect(parseTableRow('Nutrient: Iron; Primary Symptom: Heavy, weak legs; restless legs')).toEqual([
      { label: 'Nutrient', value: 'Iron' },
      { label: 'Primary Symptom', value: 'Heavy, weak legs; restless legs' },
    ]);
  });

  it('strips a table heading prefix', () => {
    expect(parseTableRow('Comparison of Deficiencies — Nutrient: Iron. Mechanism: Oxygen transport.')?.[0]).toEqual({ label: 'Nutrient', value: 'Iron' });
  });

  it('does not mistake prose for a table row', () => {
    expect(parseTableRow('Iron is vital. It carries oxygen.')).toBeNull();
    expect(parseTableRow('Tip 1: Drink water.')).toBeNull();
  });

  it('renders cells as sentences about the row subject', () => {
    expect(renderCell('Iron', 'Common Dietary Sources', 'Red meat, lentils, spinach')).toBe(
      'For iron, common dietary sources include red meat, lentils, spinach.',
    );
    expect(renderCell('Potassium', 'Mechanism', 'Nerve signals')).toBe('For potassium, the mechanism is nerve signals.');
    expect(renderCell('Magnesium', 'Type of Pain', 'Cramps, spasms', true)).toBe('For magnesium deficiency, the type of pain includes cramps, spasms.');
    expect(renderCell('Vitamin B12', 'Associated Symptoms', 'Restless Legs Syndrome (RLS), fatigue')).toContain('Restless Legs Syndrome (RLS)');
  });

  it('turns a table-row passage into one unit per non-subject cell', () => {
    const units = passageUnits({ n: 3, title: 'T', headings: ['Table'], text: 'Nutrient: Iron. Mechanism: Oxygen transport. Sources: Red meat, spinach.' });
    expect(units.map((u) => u.text)).toEqual(['For iron, the mechanism is oxygen transport.', 'For iron, sources include red meat, spinach.']);
    expect(units.every((u) => u.n === 3 && u.rendered)).toBe(true);
  });
});

describe('labelled list items', () => {
  it('joins an entity label with a predicate value', () => {
    expect(renderLabelledItem('Vitamin D deficiency: Can cause muscle aches and cramps.', undefined)).toBe(
      'Vitamin D deficiency can cause muscle aches and cramps.',
    );
  });

  it('renders an attribute label with the heading subject', () => {
    expect(renderLabelledItem('Dietary Sources: Red meat, lentils, and spinach.', 'Iron')).toBe(
      'For iron, dietary sources include red meat, lentils, and spinach.',
    );
  });

  it('leaves other items alone', () => {
    expect(renderLabelledItem('Professional diagnosis is key: Persistent pain warrants a visit.', undefined)).toBeNull();
  });

  it('keeps FAQ questions out of the answer units but uses them as context', () => {
    const units = passageUnits({ n: 1, title: 'T', headings: [], text: 'Is magnesium safe? Too much can cause harm.' });
    expect(units.map((u) => u.text)).toEqual(['Too much can cause harm.']);
    expect(units[0]?.context).toContain('Is magnesium safe?');
  });
});

describe('attachMarker', () => {
  it('puts the marker before the closing punctuation', () => {
    expect(attachMarker('Iron carries oxygen.', 2)).toBe('Iron carries oxygen [2].');
    expect(attachMarker('Is it serious?', 1)).toBe('Is it serious [1]?');
    expect(attachMarker('Symptoms: fatigue', 4)).toBe('Symptoms: fatigue [4].');
    expect(attachMarker('He said "stop."', 3)).toBe('He said "stop [3]."');
  });
});
