import { describe, expect, it } from 'vitest';
import { cellSentence, labelledItemSentence, listFrame, sentenceAfterLabel } from '@/lib/answer/cell-sentence';

describe('table cells as plain sentences', () => {
  it('puts a list of items after its column header and the row subject, with no "For X," frame', () => {
    expect(cellSentence('Zinc', 'Key Food Sources', 'Oysters, beef, pumpkin seeds')).toBe('Key food sources of zinc include oysters, beef, pumpkin seeds.');
  });

  it('treats commas inside brackets as part of one item', () => {
    expect(cellSentence('Zinc', 'Source', 'Shellfish (oysters, crab) or tablets for those who eat none')).toBe(
      'The source of zinc is shellfish (oysters, crab) or tablets for those who eat none.',
    );
  });

  it('uses "is" for one noun phrase under a singular header', () => {
    expect(cellSentence('Potassium', 'Mechanism', 'Poor nerve signalling', true)).toBe('The mechanism of potassium deficiency is poor nerve signalling.');
  });

  it('names the deficiency for symptoms, the nutrient for its foods, whatever the table says', () => {
    expect(cellSentence('Copper', 'Leg Symptoms', 'Numb toes, wobbly gait')).toBe('Leg symptoms of copper deficiency include numb toes, wobbly gait.');
    expect(cellSentence('Copper', 'Dietary Sources', 'Liver, cashews', true)).toBe('Dietary sources of copper include liver, cashews.');
  });

  it('keeps "for" where the header already holds a preposition or names a remedy', () => {
    expect(cellSentence('Copper', 'Kind of Ache', 'Dull, deep', true)).toBe('For copper deficiency, the kind of ache includes dull, deep.');
    expect(cellSentence('Copper', 'Dietary Solutions', 'Liver, lentils', true)).toBe('Dietary solutions for copper deficiency include liver, lentils.');
  });

  it('puts the subject before a predicate that lacks one', () => {
    expect(cellSentence('Zinc', 'Mechanism', 'Blocks a channel in nerve cells')).toBe('Zinc blocks a channel in nerve cells.');
    expect(cellSentence('Zinc', 'Where', 'Found in shellfish and beef.')).toBe('Zinc is found in shellfish and beef.');
  });

  it('reads a list whose first item ends in -s as a list, not as a predicate', () => {
    // "Twitches" and "Restless" look like third-person verbs; a list of short items is no predicate.
    expect(cellSentence('Copper', 'Leg Symptoms', 'Twitches, numb toes, wobbly gait')).toBe(
      'Leg symptoms of copper deficiency include twitches, numb toes, wobbly gait.',
    );
    expect(cellSentence('Copper', 'Type of Ache', 'Restless Feet Syndrome (RFS), cold toes', true)).toBe(
      'For copper deficiency, the type of ache includes Restless Feet Syndrome (RFS), cold toes.',
    );
    expect(cellSentence('Copper', 'Mechanism', 'Weakness in nerve fibres', true)).toBe('The mechanism of copper deficiency is weakness in nerve fibres.');
  });

  it('says a clause with its own subject of the row subject', () => {
    expect(cellSentence('Zinc', 'Supplementation', 'Vegans are more likely to need tablets')).toBe('For zinc, vegans are more likely to need tablets.');
  });
});

describe('labelled list items', () => {
  it('joins a label naming the thing with a predicate value', () => {
    expect(labelledItemSentence('Vitamin D deficiency: Can cause stiff calves and aches.', undefined)).toBe(
      'Vitamin D deficiency can cause stiff calves and aches.',
    );
  });

  it('renders an attribute label with the heading subject', () => {
    expect(labelledItemSentence('Dietary Sources: Liver, lentils, and cashews.', 'Copper')).toBe(
      'Dietary sources of copper include liver, lentils, and cashews.',
    );
  });

  it('leaves items without a known subject alone', () => {
    expect(labelledItemSentence('Rest matters most: Sleep helps muscles recover.', undefined)).toBeNull();
  });
});

describe('listFrame', () => {
  it('agrees with the label and the number of items', () => {
    expect(listFrame('zinc', 'Sources', true)).toBe('Sources of zinc include');
    expect(listFrame('zinc', 'Main Source', true)).toBe('The main source of zinc includes');
    expect(listFrame('zinc', 'Main Source', false)).toBe('The main source of zinc is');
  });

  it('does not say the label again right after a list under the same label', () => {
    expect(listFrame('copper', 'Sources', true, true)).toBe('For copper, they include');
    expect(listFrame('copper', 'Main Source', false, true)).toBe('For copper, it is');
  });
});

describe('sentenceAfterLabel', () => {
  it('reads an item whose value is a whole sentence as that sentence, keeping the label apart', () => {
    expect(sentenceAfterLabel('Rest well: Tired muscles can recover overnight when sleep is long enough.')).toEqual({
      sentence: 'Tired muscles can recover overnight when sleep is long enough.',
      label: 'Rest well',
    });
  });

  it('leaves an item alone when its value is a list or its label names the subject', () => {
    expect(sentenceAfterLabel('Good foods: Oysters, beef, pumpkin seeds.')).toBeNull();
    expect(sentenceAfterLabel('Zinc deficiency: Low levels are common in older adults who eat little meat.')).toBeNull();
  });
});
