import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/search/analyze';
import { compileVocabulary, expandQuery, expandText } from '@/lib/search/expansion';
import { SYNONYM_GROUPS } from '@/lib/vocabulary/medical';

const alternativeTerms = (text: string) => new Set(expandText(text).concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
const termsOf = (phrase: string) => analyzeText(phrase);

describe('query expansion', () => {
  it('maps lay wording to clinical terms', () => {
    expect(alternativeTerms('a muscle knot')).toContain(termsOf('cramp')[0]);
    expect(alternativeTerms('water tablets')).toContain(termsOf('diuretics')[0]);
    expect(alternativeTerms('pins and needles')).toContain(termsOf('paresthesia')[0]);
    expect(alternativeTerms('low potassium')).toContain(termsOf('hypokalemia')[0]);
    expect(alternativeTerms('the sun vitamin')).toContain('vitamin_d');
    expect(alternativeTerms('brittle bones')).toContain(termsOf('osteoporosis')[0]);
  });

  it('maps clinical terms back to lay wording', () => {
    expect([...alternativeTerms('hypokalemia')]).toEqual(expect.arrayContaining(termsOf('low potassium')));
    expect(alternativeTerms('paresthesia')).toContain(termsOf('tingling')[0]);
    expect(alternativeTerms('statins')).toContain(termsOf('cholesterol')[0]);
    expect(alternativeTerms('cobalamin')).toContain('b12');
  });

  it('matches a phrase in any order with one word between', () => {
    expect(alternativeTerms('my legs are like jelly')).toContain(termsOf('asthenia')[0]);
  });

  it('treats a longer matched phrase as one idea', () => {
    // "heavy periods" is about bleeding: the heaviness vocabulary must stay out.
    const terms = alternativeTerms('heavy periods');
    expect(terms).toContain(termsOf('menstruation')[0]);
    expect(terms).not.toContain(termsOf('leaden')[0]);
  });

  it('prefers a phrase found word for word over one found by skipping a word', () => {
    // "heavy periods ... legs weak": the periods are heavy, the legs are not.
    const terms = alternativeTerms('I have heavy periods and my legs are weak');
    expect(terms).toContain(termsOf('menstruation')[0]);
    expect(terms).not.toContain(termsOf('leaden')[0]);
    expect(alternativeTerms('my legs feel heavy')).toContain(termsOf('leaden')[0]);
  });

  it('maps everyday body parts, people and question wording', () => {
    expect(alternativeTerms('tingling round my lips')).toContain(termsOf('mouth')[0]);
    expect(alternativeTerms('my gran has weak legs')).toContain(termsOf('elderly')[0]);
    expect(alternativeTerms('heartburn tablets')).toContain(termsOf('proton')[0]);
    expect(alternativeTerms('pain in my bottom')).toContain(termsOf('sciatica')[0]);
    expect(alternativeTerms("what's the medical term for it")).toContain(termsOf('characterized')[0]);
    expect(alternativeTerms('who gets it')).toContain(termsOf('susceptible')[0]);
  });

  it('keeps directed expansions one-way', () => {
    expect(alternativeTerms('fancy term for weak legs')).toContain(termsOf('characterized')[0]);
    expect(alternativeTerms('characterized by')).not.toContain(termsOf('term')[0]);
  });

  it('never lets a phrase shrink to a lone everyday word that would trigger it everywhere', () => {
    const generic = new Set(
      [
        'leg',
        'legs',
        'feel',
        'work',
        'run',
        'give',
        'back',
        'water',
        'drink',
        'people',
        'condition',
        'well',
        'time',
        'day',
        'take',
        'help',
        'body',
        'blood',
      ].flatMap(termsOf),
    );
    const triggers = compileVocabulary().flatMap((r) => r.triggers);
    const shrunk = triggers.filter((a) => a.phrase.includes(' ') && a.terms.length === 1 && generic.has(a.terms[0]!));
    expect(shrunk.map((a) => a.phrase)).toEqual([]);
  });

  it('does not explode: alternatives per concept and expansion terms are capped', () => {
    const everything = SYNONYM_GROUPS.map((g) => g[0]).join(' ');
    const expanded = expandText(everything);
    expect(expanded.expansionTerms.length).toBeLessThanOrEqual(32);
    for (const c of expanded.concepts) expect(c.alternatives.length).toBeLessThanOrEqual(8);
    const small = expandQuery(analyzeText('cramps'), { maxAlternativesPerConcept: 2, maxExpansionTerms: 3 });
    expect(small.concepts[0]!.alternatives.length).toBeLessThanOrEqual(2);
    expect(small.expansionTerms.length).toBeLessThanOrEqual(3);
  });

  it('drops alternatives the index could never match', () => {
    const known = new Set(termsOf('cramp'));
    const expanded = expandQuery(analyzeText('muscle knot'), { isKnownTerm: (t) => known.has(t) });
    const alts = expanded.concepts.flatMap((c) => c.alternatives);
    expect(alts.length).toBeGreaterThan(0);
    for (const a of alts) expect(a.terms.some((t) => known.has(t))).toBe(true);
  });

  it('leaves words outside the vocabulary alone', () => {
    const expanded = expandText('leg covid');
    expect(expanded.expansionTerms).toEqual([]);
    expect(expanded.concepts.map((c) => c.terms)).toEqual([['leg'], ['covid']]);
  });

  it('is a general vocabulary of 200+ groups', () => {
    expect(SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(200);
  });
});
