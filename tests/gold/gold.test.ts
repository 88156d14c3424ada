import { describe, expect, it } from 'vitest';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { getConfig } from '@/lib/config';
import { retrievalQuestions, goldDocIds } from './questions';
import { holdoutQuestions } from './holdout';
import { conversations, outOfScope, urgent, notUrgent } from './conversations';
import { containsPhrase, passageMatches } from './match';
import { readCorpusTexts, toCorpusLines, wordsOf, type CorpusLine } from './corpus-text';
import type { Expectation, RetrievalQuestion } from './schema';

const texts = readCorpusTexts(getConfig().corpusDir);
const lines = toCorpusLines(texts);
const vocabulary = new Set(texts.flatMap((t) => wordsOf(t.text)));
const stopwords = new Set(englishStopwords);

/** A phrase that matches more lines than this is too generic to tell answers apart. */
const MAX_LINES_PER_PHRASE = 8;

function linesWith(phrase: string, docId?: string): CorpusLine[] {
  return lines.filter((l) => (docId === undefined || l.docId === docId) && containsPhrase(l.text, phrase));
}

function phrasesOf(q: RetrievalQuestion): Array<{ phrase: string; expectation: Expectation }> {
  return q.expect.flatMap((expectation) => expectation.any.map((phrase) => ({ phrase, expectation })));
}

function unknownWords(question: string, minLength: number): string[] {
  return wordsOf(question).filter((w) => w.length >= minLength && !stopwords.has(w) && !vocabulary.has(w));
}

describe('phrase matcher', () => {
  it('matches case-insensitively from a word start only', () => {
    expect(containsPhrase('Herniated discs press on nerves', 'herniated disc')).toBe(true);
    expect(containsPhrase('A doctor will typically order tests', 'pica')).toBe(false);
    expect(containsPhrase('Fatigue, weakness, pica', 'weakness, pica')).toBe(true);
  });

  it('ignores quote style and spacing, and honours docId', () => {
    expect(containsPhrase('the \u201Csunshine  vitamin,\u201D', '"sunshine vitamin,"')).toBe(true);
    const passage = { docId: 'a', text: 'Iron replacement therapy' };
    expect(passageMatches(passage, [{ docId: 'b', any: ['iron'] }])).toBe(false);
    expect(passageMatches(passage, [{ docId: 'b', any: ['iron'] }, { any: ['therapy'] }])).toBe(true);
  });
});

describe.each([
  ['main', retrievalQuestions],
  ['held-out', holdoutQuestions],
] as const)('%s retrieval questions', (_name, questions) => {
  it('every phrase occurs in the corpus (in its document when one is given)', () => {
    const missing = questions.flatMap((q) =>
      phrasesOf(q)
        .filter(({ phrase, expectation }) => linesWith(phrase, expectation.docId).length === 0)
        .map(({ phrase }) => `${q.id}: "${phrase}"`),
    );
    expect(missing).toEqual([]);
  });

  it('every phrase is specific: it occurs in only a few paragraphs', () => {
    const generic = questions.flatMap((q) =>
      phrasesOf(q)
        .filter(({ phrase, expectation }) => linesWith(phrase, expectation.docId).length > MAX_LINES_PER_PHRASE)
        .map(({ phrase }) => `${q.id}: "${phrase}"`),
    );
    expect(generic).toEqual([]);
  });

  it('lay and long questions use at least one everyday word the articles never use', () => {
    const bookish = questions
      .filter((q) => q.style === 'lay' || q.style === 'long')
      .filter((q) => unknownWords(q.question, 4).length === 0)
      .map((q) => `${q.id}: ${q.question}`);
    expect(bookish).toEqual([]);
  });
});

describe('retrieval gold set', () => {
  it('has at least 100 questions and every document id exists in the corpus', () => {
    expect(retrievalQuestions.length).toBeGreaterThanOrEqual(100);
    const docIds = new Set(texts.map((t) => t.docId));
    for (const id of goldDocIds) expect(docIds.has(id), id).toBe(true);
    for (const q of retrievalQuestions) {
      for (const e of q.expect) if (e.docId) expect(docIds.has(e.docId), `${q.id} ${e.docId}`).toBe(true);
    }
  });

  it('mixes styles: at least half everyday wording, plus typos, keywords and long questions', () => {
    const count = (style: RetrievalQuestion['style']) => retrievalQuestions.filter((q) => q.style === style).length;
    expect(count('lay')).toBeGreaterThanOrEqual(retrievalQuestions.length / 2);
    expect(count('clinical')).toBeGreaterThanOrEqual(15);
    expect(count('typo')).toBeGreaterThanOrEqual(10);
    expect(count('keyword')).toBeGreaterThanOrEqual(10);
    expect(count('long')).toBeGreaterThanOrEqual(5);
  });

  it('typo questions contain a misspelt word, keyword questions are short, long ones are long', () => {
    for (const q of retrievalQuestions) {
      const words = q.question.split(/\s+/).length;
      if (q.style === 'typo') expect(unknownWords(q.question, 3).length, q.id).toBeGreaterThan(0);
      if (q.style === 'keyword') expect(words, q.id).toBeLessThanOrEqual(4);
      if (q.style === 'long') expect(words, q.id).toBeGreaterThanOrEqual(25);
    }
  });

  it('covers every article well', () => {
    for (const { docId } of texts) {
      const covering = retrievalQuestions.filter((q) =>
        phrasesOf(q).some(({ phrase, expectation }) => (expectation.docId ?? docId) === docId && linesWith(phrase, docId).length > 0),
      );
      expect(covering.length, docId).toBeGreaterThanOrEqual(12);
    }
  });

  it('the held-out set is distinct from the main set', () => {
    const mainIds = new Set(retrievalQuestions.map((q) => q.id));
    const mainQuestions = new Set(retrievalQuestions.map((q) => q.question.toLowerCase()));
    expect(holdoutQuestions.filter((q) => mainIds.has(q.id) || mainQuestions.has(q.question.toLowerCase()))).toEqual([]);
  });

  it('covers prose, tables, list items and FAQ content', () => {
    for (const from of ['prose', 'table', 'list', 'faq'] as const) {
      expect(retrievalQuestions.filter((q) => q.from === from).length, from).toBeGreaterThanOrEqual(10);
    }
  });
});

describe('answer gold set', () => {
  it('has enough conversations, out-of-scope, urgent and ordinary questions', () => {
    expect(conversations.length).toBeGreaterThanOrEqual(15);
    expect(conversations.filter((c) => c.turns.length === 3).length).toBeGreaterThanOrEqual(5);
    expect(outOfScope.length).toBeGreaterThanOrEqual(20);
    for (const kind of ['off-topic', 'dose', 'diagnosis', 'injection'] as const) {
      expect(outOfScope.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
    }
    expect(urgent.length).toBeGreaterThanOrEqual(15);
    expect(notUrgent.length).toBeGreaterThanOrEqual(10);
  });

  it('every fact a turn must mention occurs in the articles', () => {
    const missing = conversations.flatMap((c) => c.turns.flatMap((t) => t.mustMention.filter((m) => linesWith(m).length === 0).map((m) => `${c.id}: "${m}"`)));
    expect(missing).toEqual([]);
  });

  it('the articles state no doses, so dose questions are truly out of scope', () => {
    const doseUnit = /\b\d+(\.\d+)?\s?(mg|mcg|µg|iu|milligrams?|micrograms?|units?)\b/i;
    expect(lines.filter((l) => doseUnit.test(l.text)).map((l) => `${l.docId}:${l.lineNumber}`)).toEqual([]);
  });

  it('ids and questions are unique across the answer gold set', () => {
    const all = [...outOfScope, ...urgent, ...notUrgent];
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
    expect(new Set(all.map((q) => q.question.toLowerCase())).size).toBe(all.length);
    expect(new Set(conversations.map((c) => c.id)).size).toBe(conversations.length);
  });
});
