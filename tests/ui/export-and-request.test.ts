import { describe, expect, it } from 'vitest';
import { DISCLAIMER } from '@/lib/answer/disclaimer';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import { answerToPlainText, conversationToMarkdown, exportFileName } from '@/app/components/lib/export-text';
import { compactHistory, dropUnansweredQuestion, HISTORY_MESSAGES } from '@/app/components/lib/request-body';

const question: LegwiseUIMessage = { id: 'u1', role: 'user', parts: [{ type: 'text', text: '# not a heading\nline two' }] };
const answer: LegwiseUIMessage = {
  id: 'a1',
  role: 'assistant',
  metadata: {
    citations: [{ n: 1, passageId: 'p1', docId: 'doc', title: 'Doc', headings: ['Iron'], quote: 'Iron is vital.', start: 0, end: 14 }],
  },
  parts: [
    { type: 'text', text: 'Iron helps [1].' },
    { type: 'text', text: `\n\n${DISCLAIMER}` },
  ],
};

describe('answerToPlainText', () => {
  it('puts numbered sources with links after the answer, then the disclaimer', () => {
    const text = answerToPlainText(answer, 'https://example.test');
    expect(text).toContain('Iron helps [1].');
    expect(text).toContain('[1] Doc — Iron (https://example.test/documents/doc#p1)');
    expect(text.trim().endsWith(DISCLAIMER)).toBe(true);
  });
});

describe('conversationToMarkdown', () => {
  it('quotes questions so they cannot become Markdown structure', () => {
    const md = conversationToMarkdown('Iron', [question, answer]);
    expect(md).toContain('> # not a heading\n> line two');
    expect(md).toContain('### Sources');
    expect(md).toContain('“Iron is vital.”');
  });
  it('names the file after the title and date', () => {
    expect(exportFileName('Why, my legs?', new Date('2026-01-02T00:00:00Z'))).toBe('legwise-why-my-legs-2026-01-02.md');
  });
});

describe('request body', () => {
  it('sends only recent text, without metadata, sources or disclaimer', () => {
    const history = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? { ...question, id: `u${i}` } : { ...answer, id: `a${i}` }));
    const compact = compactHistory(history);
    expect(compact).toHaveLength(HISTORY_MESSAGES);
    const lastAnswer = compact.findLast((m) => m.role === 'assistant');
    expect(lastAnswer?.metadata).toBeUndefined();
    expect(lastAnswer?.parts).toEqual([{ type: 'text', text: 'Iron helps [1].' }]);
  });
  it("keeps of an answer's metadata only the query it answered and its subject, for the next follow-up", () => {
    const subject = { id: 'iron', surface: 'iron', deficiency: false };
    const withThread: LegwiseUIMessage = { ...answer, metadata: { ...answer.metadata, query: 'what does iron do?', subject, model: 'extractive' } };
    expect(compactHistory([question, withThread])[1]?.metadata).toEqual({ query: 'what does iron do?', subject });
  });
  it('drops a trailing unanswered question only', () => {
    expect(dropUnansweredQuestion([question, answer, question])).toHaveLength(2);
    const done = [question, answer];
    expect(dropUnansweredQuestion(done)).toBe(done);
  });
});
