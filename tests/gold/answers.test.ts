import { beforeAll, describe, expect, it } from 'vitest';
import type { Citation } from '@/lib/chat/metadata';
import { loadCorpusPassages } from '@/lib/corpus';
import {
  answerSentences,
  checkCitations,
  markerProblems,
  namesExpectedFact,
  runGoldAnswers,
  sentenceSupported,
  summarizeAnswers,
  unsupportedSentences,
  type AnswerFigures,
  type GoldTurn,
} from '@/scripts/lib/eval/answers';
import { testConfig } from '../helpers/config';
import { conversations, notUrgent, outOfScope, urgent } from './conversations';
import { retrievalQuestions } from './questions';

/**
 * The offline default (extractive model) over the whole gold set: every retrieval question as one
 * turn, every conversation turn by turn, the out-of-scope and triage questions. Floors sit a few
 * questions under what `npm run eval -- --only answers` measured (see the report in that run).
 */

const config = testConfig({});

function citation(n: number, quote: string): Citation {
  return { n, passageId: `p${n}`, docId: 'doc', title: 'T', headings: [], quote, start: 0, end: quote.length };
}

describe("answer support checks (the eval's own rules)", () => {
  const quote1 = 'Magnesium plays a key role in muscle and nerve function. A deficiency can cause cramps, spasms, and twitching.';
  const row = 'Key Nutrients — Nutrient: Iron. Common Dietary Sources: Red meat, lentils, spinach, fortified cereals.';
  const citations = [citation(1, quote1), citation(2, row)];

  it('accepts a sentence copied from its quote, whatever the case and punctuation', () => {
    const [s] = answerSentences('- a deficiency can cause cramps spasms and twitching [1].');
    expect(s && sentenceSupported(s, citations)).toBe(true);
  });

  it('rejects a sentence its quote does not hold, or one citing the wrong quote', () => {
    const [invented] = answerSentences('A deficiency can cause heart failure [1].');
    const [wrong] = answerSentences('Magnesium plays a key role in muscle and nerve function [2].');
    expect(invented && sentenceSupported(invented, citations)).toBe(false);
    expect(wrong && sentenceSupported(wrong, citations)).toBe(false);
  });

  it('accepts a rendered table cell only when its label and every item are in the cited row', () => {
    const [good] = answerSentences('For iron, common dietary sources include red meat, lentils, spinach [2].');
    const [extraItem] = answerSentences('For iron, common dietary sources include red meat, oysters [2].');
    const [wrongLabel] = answerSentences('For iron, best remedies include red meat, lentils [2].');
    expect(good && sentenceSupported(good, citations)).toBe(true);
    expect(extraItem && sentenceSupported(extraItem, citations)).toBe(false);
    expect(wrongLabel && sentenceSupported(wrongLabel, citations)).toBe(false);
  });

  it('splits an answer at marker runs and flags text without a marker, dangling markers and no citations', () => {
    const answer = 'Magnesium plays a key role in muscle and nerve function [1]. It also cures everything.';
    expect(answerSentences(answer).map((s) => s.markers)).toEqual([[1], []]);
    expect(unsupportedSentences({ answer, citations, notFound: false })).toEqual(['It also cures everything.']);
    expect(markerProblems({ answer: 'Cramps [3].', citations, notFound: false })).toEqual(['marker without citation: [3]']);
    expect(markerProblems({ answer: 'Cramps.', citations: [], notFound: false })[0]).toBe('no citation');
    expect(checkCitations({ answer: 'Not covered.', citations: [], notFound: true }).valid).toBe(true);
  });

  it('counts a fact as named by phrase or by covering most words of the sentence holding it', () => {
    const sentences = [{ docId: 'd', text: 'Hypokalemia reduces muscle cell responsiveness to nerve stimulation.' }];
    const expect1 = [{ any: ['reduces muscle cell responsiveness'] }];
    expect(namesExpectedFact('It reduces muscle cell responsiveness [1].', expect1, sentences)).toBe('phrase');
    expect(namesExpectedFact('Hypokalemia lowers the responsiveness of muscle cells to nerve stimulation [1].', expect1, sentences)).toBe('overlap');
    expect(namesExpectedFact('Potassium matters for muscles [1].', expect1, sentences)).toBeNull();
  });
});

describe('answers over the gold set (offline default)', () => {
  let turns: GoldTurn[] = [];
  let figures: AnswerFigures;
  const ofKind = (kind: GoldTurn['kind']) => turns.filter((t) => t.kind === kind);

  beforeAll(async () => {
    const { passages } = await loadCorpusPassages(config.corpusDir);
    turns = await runGoldAnswers({ passages, config });
    figures = summarizeAnswers(turns);
  }, 120_000);

  it('ran every gold question and every conversation turn', () => {
    const conversationTurns = conversations.reduce((sum, c) => sum + c.turns.length, 0);
    expect(ofKind('retrieval')).toHaveLength(retrievalQuestions.length);
    expect(ofKind('conversation')).toHaveLength(conversationTurns);
    expect(turns).toHaveLength(retrievalQuestions.length + conversationTurns + outOfScope.length + urgent.length + notUrgent.length);
  });

  it('ends every answer with the one disclaimer, in the text and in the metadata', () => {
    expect(turns.filter((t) => !t.disclaimerOk).map((t) => t.id)).toEqual([]);
  });

  it('gives every answered turn a citation and a citation for every marker', () => {
    const bad = turns.flatMap((t) => markerProblems(t.result).map((p) => `${t.id}: ${p}`));
    expect(bad).toEqual([]);
    expect(turns.filter((t) => !t.result.notFound).length).toBeGreaterThan(150);
  });

  it('backs every answer sentence with a quote it cites', () => {
    const bad = turns.flatMap((t) => unsupportedSentences(t.result).map((s) => `${t.id}: ${s}`));
    expect(bad).toEqual([]);
  });

  it('marks every urgent question urgent and no ordinary one', () => {
    expect(
      ofKind('urgent')
        .filter((t) => !t.result.urgent)
        .map((t) => t.id),
    ).toEqual([]);
    expect(
      ofKind('not-urgent')
        .filter((t) => t.result.urgent)
        .map((t) => t.id),
    ).toEqual([]);
  });

  it('answers every out-of-scope question with notFound', () => {
    expect(
      ofKind('out-of-scope')
        .filter((t) => !t.result.notFound)
        .map((t) => t.id),
    ).toEqual([]);
  });

  // Measured by `npm run eval -- --only answers`: answered 145/151, fact named 127/151
  // (123 by phrase), conversation turns 42/42, mustMention phrases named 109/132. Answered was
  // 149/151 while lib/answer/common-words.ts held chat words copied from three of these questions
  // ("plain English", "muddle", "double up … quicker"); with those gone the floor is 0.955.
  it('answers the retrieval questions and names their expected facts', () => {
    expect(figures.retrieval.answered.rate).toBeGreaterThanOrEqual(0.955);
    expect(figures.retrieval.namesFact.rate).toBeGreaterThanOrEqual(0.82);
    expect(figures.retrieval.namesFactByPhrase.rate).toBeGreaterThanOrEqual(0.79);
  });

  it('names a required fact on the turns of follow-up conversations', () => {
    expect(figures.conversations.turnsPassing.rate).toBeGreaterThanOrEqual(0.95);
    expect(figures.conversations.conversationsPassing.rate).toBeGreaterThanOrEqual(0.88);
    expect(figures.conversations.factsNamed.rate).toBeGreaterThanOrEqual(0.78);
  });
});
