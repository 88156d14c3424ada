/**
 * The search's fast paths (ordinal scores, one vector block, cached pair cosines, collation ranks,
 * MMR on positions, word memos) must give exactly what the plain Map-and-array code gave.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchIndex } from '@/lib/search';
import { analyzeText, splitWords } from '@/lib/search/analyze';
import { collationRanks, indexTables, passageSimilarity, rowDot, rowQueryDot } from '@/lib/search/index-tables';
import { dot, seededRandom } from '@/lib/search/linalg';
import { pickMmr, selectMmr } from '@/lib/search/mmr';
import { OrdinalScores } from '@/lib/search/ordinal-scores';
import { planQuery } from '@/lib/search/query-plan';
import { alternativeWeightFor, coverageScores, textScores, weightedConcepts, type WeightedConcept } from '@/lib/search/scoring';
import { allTermScores, type TermHits } from '@/lib/search/term-scores';
import type { Concept } from '@/lib/search/expansion';
import { FIXTURE_PASSAGES } from './fixtures/passages';

let index: SearchIndex;
beforeAll(async () => {
  index = await buildSearchIndex(FIXTURE_PASSAGES);
});

describe('OrdinalScores', () => {
  it('behaves like a Map from ordinal to summed score, in first-scored order', () => {
    const scores = new OrdinalScores(10);
    const map = new Map<number, number>();
    const random = seededRandom(3);
    for (let i = 0; i < 40; i++) {
      const ord = Math.floor(random() * 10);
      const v = random();
      scores.add(ord, v);
      map.set(ord, (map.get(ord) ?? 0) + v);
    }
    expect(Array.from(scores.order.subarray(0, scores.size))).toEqual([...map.keys()]);
    for (const [ord, v] of map) expect(scores.get(ord)).toBe(v);
    scores.clear();
    expect(scores.size).toBe(0);
    expect(Array.from(scores.value)).toEqual(new Array(10).fill(0));
    expect(scores.has(0)).toBe(false);
  });
});

describe('index tables', () => {
  it('holds every passage vector, viewed in place when the index packed them', () => {
    const tables = indexTables(index);
    expect(tables.ids.length).toBe(FIXTURE_PASSAGES.length);
    const first = index.vectors.get(tables.ids[0]!)!;
    expect(tables.vectors.buffer).toBe(first.buffer);
    tables.ids.forEach((id, ord) => {
      expect(tables.ordinal.get(id)).toBe(ord);
      expect(Array.from(tables.vectors.subarray(ord * tables.dimensions, (ord + 1) * tables.dimensions))).toEqual(Array.from(index.vectors.get(id)!));
    });
  });

  it('computes dot products bit for bit as linalg dot does', () => {
    const tables = indexTables(index);
    const query = index.vectors.get(tables.ids[3]!)!.map((x, i) => x * (i % 3 === 0 ? -1 : 1));
    for (let a = 0; a < tables.ids.length; a++) {
      const va = index.vectors.get(tables.ids[a]!)!;
      expect(rowQueryDot(tables, a, query)).toBe(dot(va, query));
      for (let b = 0; b < tables.ids.length; b++) {
        const expected = dot(va, index.vectors.get(tables.ids[b]!)!);
        expect(rowDot(tables, a, b)).toBe(expected);
        expect(passageSimilarity(tables, a, b)).toBe(expected);
        expect(passageSimilarity(tables, b, a)).toBe(expected);
      }
    }
  });

  it('ranks ids so that rank order is localeCompare order', () => {
    const tables = indexTables(index);
    const rank = collationRanks(tables);
    for (let a = 0; a < tables.ids.length; a++) {
      for (let b = 0; b < tables.ids.length; b++) {
        expect(Math.sign(rank[a]! - rank[b]!)).toBe(Math.sign(tables.ids[a]!.localeCompare(tables.ids[b]!)));
      }
    }
  });
});

/** The MMR loop as it was written over a Map of vectors, kept as the reference. */
function referenceMmr(candidates: Array<{ id: string; relevance: number }>, vectors: Map<string, number[]>, k: number, lambda: number, duplicate: number) {
  const remaining = candidates.map((c) => ({ c, v: vectors.get(c.id), maxSim: 0 }));
  const picked: string[] = [];
  while (picked.length < k && remaining.length > 0) {
    let bestIndex = 0;
    let bestValue = -Infinity;
    remaining.forEach((r, i) => {
      const value = lambda * r.c.relevance - (1 - lambda) * r.maxSim;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = i;
      }
    });
    const [chosen] = remaining.splice(bestIndex, 1);
    picked.push(chosen!.c.id);
    if (!chosen!.v || lambda >= 1) continue;
    for (const r of remaining) {
      if (!r.v) continue;
      const sim = dot(r.v, chosen!.v);
      if (sim >= duplicate && sim > r.maxSim) r.maxSim = sim;
    }
  }
  return picked;
}

describe('MMR on candidate positions', () => {
  it('picks exactly what the Map-based loop picked, ties and missing vectors included', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 200; trial++) {
      const count = 1 + Math.floor(random() * 30);
      // Coarse relevance values so that ties happen.
      const candidates = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, relevance: Math.round(random() * 8) / 8 }));
      const vectors = new Map<string, number[]>();
      for (const c of candidates) if (random() > 0.1) vectors.set(c.id, [random() - 0.5, random() - 0.5, random() - 0.5]);
      const k = 1 + Math.floor(random() * 10);
      const lambda = [0.5, 0.75, 1][trial % 3]!;
      const duplicate = trial % 2 === 0 ? 0 : 0.2;
      const expected = referenceMmr(candidates, vectors, k, lambda, duplicate);
      expect(selectMmr(candidates, vectors, k, lambda, duplicate).map((c) => c.id)).toEqual(expected);
      const positions = pickMmr(
        {
          relevance: candidates.map((c) => c.relevance),
          hasVector: (i) => vectors.has(candidates[i]!.id),
          similarity: (i, j) => dot(vectors.get(candidates[i]!.id)!, vectors.get(candidates[j]!.id)!),
        },
        k,
        lambda,
        duplicate,
      );
      expect(positions.map((i) => candidates[i]!.id)).toEqual(expected);
    }
  });
});

describe('analyzer fast paths', () => {
  it('gives accented and plain text the same words, and long words the same terms on every call', () => {
    expect(splitWords('Café NAÏVE résumé')).toEqual(['cafe', 'naive', 'resume']);
    expect(splitWords('ﬁne')).toEqual(['fine']);
    const text = 'Numbness and tingling in 2024, the muscles weaken; vitamin b12 helps';
    const first = analyzeText(text);
    expect(analyzeText(text)).toEqual(first);
    expect(first).toEqual(['numb', 'tingl', 'muscl', 'weaken', 'vitamin', 'b12', 'vitamin_b', 'help']);
  });
});

type Scores = Map<string, number>;

/** Text and coverage scores as they were computed on Maps by id, kept as the reference. */
function referenceText(plan: ReturnType<typeof planQuery>, perTerm: Map<string, Scores>, weightOf: (c: Concept) => number): Scores {
  const out: Scores = new Map();
  const add = (id: string, v: number) => out.set(id, (out.get(id) ?? 0) + v);
  const original = new Set(plan.expanded.terms);
  for (const t of original) for (const [id, s] of perTerm.get(t) ?? []) add(id, s);
  for (const c of plan.expanded.concepts) {
    const best: Scores = new Map();
    for (const alt of c.alternatives) {
      const sum: Scores = new Map();
      for (const u of alt.terms.filter((x) => !original.has(x))) for (const [id, s] of perTerm.get(u) ?? []) sum.set(id, (sum.get(id) ?? 0) + s);
      const factor = alt.bridged ? index.settings.bridgeWeight : 1;
      for (const [id, s] of sum) best.set(id, Math.max(best.get(id) ?? 0, factor * s));
    }
    for (const [id, s] of best) add(id, weightOf(c) * s);
  }
  return out;
}

function referencePresence(terms: readonly string[], perTerm: Map<string, Scores>): Scores {
  const counts: Scores = new Map();
  for (const t of new Set(terms)) for (const [id, score] of perTerm.get(t) ?? []) if (score > 0) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, n] of counts) counts.set(id, n / terms.length);
  return counts;
}

function referenceCoverage(concepts: readonly WeightedConcept[], perTerm: Map<string, Scores>, candidates: readonly string[]): Scores {
  const total = concepts.reduce((s, c) => s + c.weight, 0);
  const out: Scores = new Map();
  if (total === 0) return out;
  for (const id of candidates) out.set(id, 0);
  for (const c of concepts) {
    const best = referencePresence(c.terms, perTerm);
    const altWeight = alternativeWeightFor(index, c);
    for (const a of c.alternatives) {
      const weight = a.bridged ? altWeight * index.settings.bridgeWeight : altWeight;
      for (const [id, f] of referencePresence(a.terms, perTerm)) if (weight * f > (best.get(id) ?? 0)) best.set(id, weight * f);
    }
    for (const [id, v] of best) if (out.has(id)) out.set(id, out.get(id)! + c.weight * v);
  }
  for (const [id, v] of out) out.set(id, v / total);
  return out;
}

describe('text and coverage scores on ordinals', () => {
  const QUERIES = [
    'can water pills make me weak',
    'pins and needles in my feet',
    'magnesium deficiency cramps at night',
    'tablets for heavy legs',
    'what causes covid',
  ];

  it('equal the Map-based scores exactly, in the same first-scored order', async () => {
    const tables = indexTables(index);
    for (const query of QUERIES) {
      const plan = planQuery(index, query);
      const hits = await allTermScores(index, [...new Set([...plan.expanded.terms, ...plan.expanded.expansionTerms])]);
      const byId = new Map([...hits].map(([t, h]: [string, TermHits]) => [t, new Map(Array.from(h.ords, (ord, i) => [tables.ids[ord]!, h.scores[i]!]))]));
      const weightOf = (c: Concept) => alternativeWeightFor(index, c);
      const text = textScores(plan, hits, weightOf, new OrdinalScores(tables.ids.length), [tables.scratch[0], tables.scratch[1]], index.settings.bridgeWeight);
      const expected = referenceText(plan, byId, weightOf);
      expect(Array.from(text.order.subarray(0, text.size), (ord) => [tables.ids[ord], text.get(ord)])).toEqual([...expected]);

      const candidates = Array.from(tables.ids.keys()).filter((ord) => ord % 2 === 0 || text.has(ord));
      const concepts = weightedConcepts(index, plan);
      const coverage = coverageScores(index, concepts, hits, candidates, tables.scratch);
      const expectedCoverage = referenceCoverage(
        concepts,
        byId,
        candidates.map((ord) => tables.ids[ord]!),
      );
      expect(Array.from(coverage)).toEqual(candidates.map((ord) => expectedCoverage.get(tables.ids[ord]!) ?? 0));
    }
  });
});
