import { create, insertMultiple, search } from '@orama/orama';
import { describe, expect, it } from 'vitest';
import { analyzeText, createOramaTokenizer, END_OF_TOKEN, PRE_ANALYZED, preAnalyzedQuery } from '@/lib/search/analyze';

describe('analyzeText', () => {
  it('stems and drops stop words and question scaffolding', () => {
    expect(analyzeText('Muscle cramps and cramping')).toEqual(['muscl', 'cramp', 'cramp']);
    expect(analyzeText('What is the best way to do it?')).toEqual([]);
  });

  it('keeps vitamin letters as compound terms and never as lone letters', () => {
    const terms = analyzeText('Vitamin D and vitamin E');
    expect(terms).toContain('vitamin_d');
    expect(terms).toContain('vitamin_e');
    expect(terms).not.toContain('d');
    expect(terms).not.toContain('e');
    // An article before "vitamin" is not vitamin A.
    expect(analyzeText('a vitamin deficiency')).not.toContain('vitamin_a');
  });

  it('joins split vitamin codes and keeps B1 apart from B12', () => {
    expect(analyzeText('B-12')).toEqual(analyzeText('b12'));
    expect(analyzeText('b12')).toContain('vitamin_b');
    expect(analyzeText('B1')).not.toContain('b12');
    expect(analyzeText('B vitamins')).toContain('vitamin_b');
  });

  it('folds British spellings and run-together phrases to one form', () => {
    expect(analyzeText('anaemia haemoglobin oedema')).toEqual(analyzeText('anemia hemoglobin edema'));
    expect(analyzeText('wornout')).toEqual(analyzeText('worn out'));
  });

  it('keeps the meaning that lives in a phrasal particle', () => {
    // "puffed up" is swelling, "puffed out" is breathlessness: the stop word decides.
    expect(analyzeText('my ankle puffed up')).toEqual(analyzeText('my ankle puffy'));
    expect(analyzeText('puffed out on the stairs')).toEqual(analyzeText('breathless on the stairs'));
    expect(analyzeText('puffed up')).not.toEqual(analyzeText('puffed out'));
    // "give out" is about legs failing, not about "give".
    expect(analyzeText('my legs give out')).not.toContain(analyzeText('give')[0]);
    expect(analyzeText('my legs gave out')).toEqual(analyzeText('my legs give way'));
    // Folding only happens on the whole expression.
    expect(analyzeText('give me the facts')).toContain(analyzeText('give')[0]);
  });

  it('keeps letters that carry a meaning: A&E and reflexive pronouns', () => {
    expect(analyzeText('should I go to A&E')).toEqual(analyzeText('accident and emergency'));
    expect(analyzeText('can I treat it myself')).toContain('self');
    expect(analyzeText('self-treating')).toContain('self');
  });

  it('drops contraction stubs and conversational glue', () => {
    expect(analyzeText("I haven't, I'll, we've, they're")).toEqual([]);
    expect(analyzeText('though it comes anyway')).toEqual([]);
  });
});

describe('Orama tokenizer component', () => {
  const policy = { prefixMinLength: 5 };

  it('marks index tokens as whole words and passes pre-analyzed queries through', () => {
    const tokenizer = createOramaTokenizer(policy);
    expect(tokenizer.tokenize('Cramps at night', 'english', 'text')).toEqual([`cramp${END_OF_TOKEN}`, `night${END_OF_TOKEN}`]);
    // Short query terms only match whole tokens; longer ones may also match longer words.
    expect(tokenizer.tokenize('fat magnesium')).toEqual([`fat${END_OF_TOKEN}`, 'magnesium']);
    expect(tokenizer.tokenize(`${PRE_ANALYZED}hors cramp`)).toEqual(['hors', 'cramp']);
  });

  it('matches the same way at index and query time inside Orama', async () => {
    const db = create({ schema: { text: 'string' } as const, components: { tokenizer: createOramaTokenizer(policy) } });
    await insertMultiple(db, [
      { id: 'b12', text: 'Vitamin B12 protects nerves.' },
      { id: 'b1', text: 'Thiamine, also called B1, matters too.' },
      { id: 'fatigue', text: 'Fatigue and tiredness.' },
      { id: 'cramps', text: 'Painful cramps in the calves.' },
    ]);
    const ids = async (term: string) => (await search(db, { term })).hits.map((h) => h.id).sort();
    expect(await ids('cramping')).toEqual(['cramps']);
    // "b1" never matches the "b12" token; B1 text still ranks the B1 passage first.
    expect((await search(db, { term: preAnalyzedQuery(['b1'], policy) })).hits.map((h) => h.id)).toEqual(['b1']);
    expect((await search(db, { term: 'B1' })).hits[0]?.id).toBe('b1');
    expect(await ids('fat')).toEqual([]);
    expect((await search(db, { term: preAnalyzedQuery(['fatigu'], policy) })).hits.map((h) => h.id)).toEqual(['fatigue']);
  });
});
