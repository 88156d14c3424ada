import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/search/analyze';
import { DEFAULT_LSA_OPTIONS, trainLsaEmbedder } from '@/lib/search/embedder';
import { dot } from '@/lib/search/linalg';
import { bagOf, deserializeLsa, projectBag, serializeLsa, termVector, trainLsa } from '@/lib/search/lsa';
import { FIXTURE_PASSAGES } from './fixtures/passages';

const bags = FIXTURE_PASSAGES.map((p) => bagOf(analyzeText(p.text)));
const cosine = (a: Float32Array, b: Float32Array) => dot(a, b);

describe('LSA', () => {
  it('is deterministic: the same passages give the same model', async () => {
    const a = await trainLsa(bags, { dimensions: 8, seed: 7 });
    const b = await trainLsa(bags, { dimensions: 8, seed: 7 });
    expect(Array.from(a.projection.data)).toEqual(Array.from(b.projection.data));
    expect(a.singularValues).toEqual(b.singularValues);
  });

  it('never asks for more dimensions than the data has', async () => {
    const model = await trainLsa(bags, { dimensions: 500 });
    expect(model.dimensions).toBeLessThanOrEqual(FIXTURE_PASSAGES.length);
    expect(model.singularValues).toEqual([...model.singularValues].sort((x, y) => y - x));
  });

  it('puts terms that occur together closer than unrelated ones', async () => {
    const model = await trainLsa(bags, DEFAULT_LSA_OPTIONS);
    const v = (t: string) => termVector(model, analyzeText(t)[0]!)!;
    expect(cosine(v('magnesium'), v('cramps'))).toBeGreaterThan(cosine(v('magnesium'), v('clot')) + 0.3);
    expect(cosine(v('hypokalemia'), v('potassium'))).toBeGreaterThan(cosine(v('hypokalemia'), v('vegan')) + 0.3);
  });

  it('folds texts in as unit vectors, and unknown text as zeros', async () => {
    const model = await trainLsa(bags, DEFAULT_LSA_OPTIONS);
    const v = projectBag(model, bagOf(analyzeText('magnesium cramps')));
    expect(Math.sqrt(dot(v, v))).toBeCloseTo(1, 5);
    expect(Array.from(projectBag(model, bagOf(analyzeText('quantum chromodynamics'))))).toEqual(new Array(model.dimensions).fill(0));
  });

  it('embeds identically after serialization', async () => {
    const model = await trainLsa(bags, DEFAULT_LSA_OPTIONS);
    const restored = deserializeLsa(JSON.parse(JSON.stringify(serializeLsa(model))));
    const bag = bagOf(analyzeText('numbness and tingling in the feet'));
    expect(Array.from(projectBag(restored, bag))).toEqual(Array.from(projectBag(model, bag)));
  });

  it('places lay wording next to the clinical passage through the vocabulary', async () => {
    const embedder = await trainLsaEmbedder(FIXTURE_PASSAGES);
    const vectors = await embedder.embedPassages(FIXTURE_PASSAGES);
    const byId = new Map(FIXTURE_PASSAGES.map((p, i) => [p.id, vectors[i]!]));
    const q = await embedder.embedQuery('water tablets');
    expect(cosine(q, byId.get('cramps-diuretics')!)).toBeGreaterThan(cosine(q, byId.get('blood-dvt')!) + 0.3);
  });
});
