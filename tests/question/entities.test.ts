import { describe, expect, it } from 'vitest';
import { detectIntents, wantsList, covers, entitiesIn, findEntities, analyzeQuestion, contentStems, correctSpelling } from '@/lib/question';
import { ENTITY_BY_ID, FOCUS_KINDS } from '@/lib/vocabulary';

const ids = (text: string) => entitiesIn(text, FOCUS_KINDS).map((e) => e.id);

describe('entities', () => {
  it.each<[string, string[]]>([
    ['Does low potassium cause cramps?', ['potassium']],
    ['What is hypokalemia?', ['potassium']],
    ['vitamin b-12 and Vit D', ['vitamin-b12', 'vitamin-d']],
    ['B12 shots', ['vitamin-b12']],
    ['restless legs syndrome (RLS) and iron deficiency anemia', ['restless-legs', 'iron']],
    ['Which vitamins help?', ['nutrients']],
    ['Can medicines make my legs weak?', ['medications']],
    ['Are PPIs or statins worse?', ['ppi', 'statins']],
    ['ms is not MS', ['multiple-sclerosis']],
    ['How far can I walk?', []],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('marks deficiency mentions', () => {
    expect(findEntities('low iron')[0]?.deficiency).toBe(true);
    expect(findEntities('hypokalemia')[0]?.deficiency).toBe(true);
    expect(findEntities('iron is a metal')[0]?.deficiency).toBe(false);
  });

  it('relates members to their groups, one way', () => {
    const statins = ENTITY_BY_ID.get('statins');
    const medications = ENTITY_BY_ID.get('medications');
    if (!statins || !medications) throw new Error('lexicon lost an entry');
    expect(covers(statins, medications)).toBe(true);
    expect(covers(medications, statins)).toBe(false);
  });
});

describe('intents', () => {
  it.each<[string, string]>([
    ['Which foods are rich in iron?', 'foods'],
    ['Where do I get vitamin D?', 'foods'],
    ['What are the signs of low B12?', 'symptoms'],
    ['Why do my legs ache?', 'causes'],
    ['Can medicines make my legs weak?', 'causes'],
    ['Who tends to be low on iron?', 'risk'],
    ['How is it diagnosed?', 'diagnosis'],
    ['What tests do doctors use?', 'diagnosis'],
    ['How can I fix it?', 'treatment'],
    ['Is it dangerous?', 'seriousness'],
    ['When should I see a doctor?', 'doctor'],
    ['Tell me about magnesium', 'definition'],
  ])('%s -> %s', (question, intent) => {
    expect(detectIntents(question)).toContain(intent);
  });

  it('wants a list for "which foods" and "what are the symptoms", not for yes/no questions', () => {
    expect(wantsList('Which foods have magnesium?')).toBe(true);
    expect(wantsList('What are the symptoms of anemia?')).toBe(true);
    expect(wantsList('List the causes')).toBe(true);
    expect(wantsList('Can iron cause cramps?')).toBe(false);
  });
});

describe('question analysis and terms', () => {
  it('keeps vitamin names apart', () => {
    const b12 = contentStems('Vitamin B-12');
    const d = contentStems('vitamin D');
    expect(b12.filter((t) => d.includes(t) && t !== 'vitamin')).toEqual([]);
    expect(contentStems('vitamin b12')).toEqual(b12);
  });

  it('stems and drops stop words', () => {
    expect(contentStems('The cramps were cramping')).toEqual(['cramp', 'cramp']);
  });

  it('corrects misspelt words against the passages', () => {
    expect(correctSpelling('magnesuim defficiency cramps', ['Magnesium deficiency causes cramps.'])).toBe('magnesium deficiency cramps');
    expect(correctSpelling('potasium rich foods', ['Potassium is found in bananas.'])).toBe('potassium rich foods');
    expect(correctSpelling('Iron helps', ['Zinc helps.'])).toBe('Iron helps');
  });

  it('keeps topic words apart from intent cues and lay words with their article wording', () => {
    const q = analyzeQuestion('What foods help when I feel tired?');
    expect(q.focusStems).not.toContain('food');
    const tired = q.terms.find((t) => t.stem.startsWith('tire'));
    expect(tired?.alternatives.map((a) => a.join(' '))).toContain(contentStems('fatigue').join(' '));
  });
});
