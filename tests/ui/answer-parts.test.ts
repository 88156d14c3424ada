import { describe, expect, it } from 'vitest';
import { DISCLAIMER } from '@/lib/answer/disclaimer';
import type { Citation } from '@/lib/chat/metadata';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import {
  citationMarkers,
  citedSources,
  documentHref,
  firstWords,
  MAX_RENDERED_ANSWER_CHARS,
  splitAnswerText,
  stripMarkers,
} from '@/app/components/lib/answer-parts';

function citation(n: number, passageId = `p${n}`): Citation {
  return { n, passageId, docId: 'doc-a', title: 'Doc A', headings: ['Section'], quote: `quote ${n}`, start: n * 10, end: n * 10 + 5 };
}

function assistant(parts: LegwiseUIMessage['parts'], citations?: Citation[]): LegwiseUIMessage {
  return { id: 'a1', role: 'assistant', parts, metadata: citations ? { citations } : undefined };
}

describe('splitAnswerText', () => {
  it('separates the final disclaimer part from the answer body', () => {
    const message = assistant([
      { type: 'text', text: 'Iron matters [1].' },
      { type: 'text', text: `\n\n${DISCLAIMER}` },
    ]);
    expect(splitAnswerText(message)).toEqual({ body: 'Iron matters [1].', disclaimer: DISCLAIMER });
  });

  it('treats a partly streamed disclaimer part as the disclaimer', () => {
    const message = assistant([
      { type: 'text', text: 'Answer.' },
      { type: 'text', text: `\n\n${DISCLAIMER.slice(0, 30)}` },
    ]);
    expect(splitAnswerText(message).body).toBe('Answer.');
  });

  it('never takes a lone text part for the disclaimer', () => {
    const message = assistant([{ type: 'text', text: DISCLAIMER }]);
    expect(splitAnswerText(message)).toEqual({ body: DISCLAIMER, disclaimer: undefined });
  });

  it('keeps a second answer part that is not the disclaimer', () => {
    const message = assistant([
      { type: 'text', text: 'One. ' },
      { type: 'text', text: 'Two.' },
    ]);
    expect(splitAnswerText(message)).toEqual({ body: 'One. Two.', disclaimer: undefined });
  });
});

describe('markers', () => {
  it('lists marker numbers once, in order of appearance', () => {
    expect(citationMarkers('a [2] b [1][2] c [10]')).toEqual([2, 1, 10]);
  });
  it('strips markers and the space before punctuation', () => {
    expect(stripMarkers('Iron helps [1]. Also B12 [2][3], too')).toBe('Iron helps. Also B12, too');
  });
});

describe('citedSources', () => {
  it('lists only cited numbers, sorted, with the metadata numbering', () => {
    const message = assistant([{ type: 'text', text: 'x [3] y [1]' }], [citation(1), citation(2), citation(3)]);
    const sources = citedSources(message, 'x [3] y [1]');
    expect(sources.map((s) => s.n)).toEqual([1, 3]);
    expect(sources[1]?.passageId).toBe('p3');
  });

  it('falls back to source-document parts in order when metadata is missing', () => {
    const message = assistant([
      { type: 'text', text: 'a [1] b [2]' },
      { type: 'source-document', sourceId: 'pa', mediaType: 'text/plain', title: 'A', filename: 'doc-a' },
      { type: 'source-document', sourceId: 'pb', mediaType: 'text/plain', title: 'B', filename: 'doc-b' },
    ]);
    expect(citedSources(message, 'a [1] b [2]').map((s) => [s.n, s.passageId, s.docId])).toEqual([
      [1, 'pa', 'doc-a'],
      [2, 'pb', 'doc-b'],
    ]);
  });
});

describe('small helpers', () => {
  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = 'word '.repeat(100);
    const cut = firstWords(text, 40);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(41);
    expect(cut).not.toMatch(/wor…$/);
  });
  it('builds an encoded document link with the passage as fragment', () => {
    expect(documentHref({ docId: 'doc a', passageId: 'p-1' })).toBe('/documents/doc%20a#p-1');
  });
});

describe('urgent answers', () => {
  it('moves the leading notice part out of the body', () => {
    const message: LegwiseUIMessage = {
      id: 'a',
      role: 'assistant',
      metadata: { urgent: true },
      parts: [
        { type: 'text', text: 'Call emergency services.\n\n' },
        { type: 'text', text: 'Body text.' },
        { type: 'text', text: `\n\n${DISCLAIMER}` },
      ],
    };
    expect(splitAnswerText(message)).toEqual({ notice: 'Call emergency services.', body: 'Body text.', disclaimer: DISCLAIMER });
  });
  it('keeps a single-part urgent answer as the body', () => {
    const message: LegwiseUIMessage = { id: 'a', role: 'assistant', metadata: { urgent: true }, parts: [{ type: 'text', text: 'Only.' }] };
    expect(splitAnswerText(message)).toEqual({ body: 'Only.', disclaimer: undefined });
  });
});

describe('a huge answer (issue 14 item 4)', () => {
  it('renders at most MAX_RENDERED_ANSWER_CHARS of it', () => {
    const message: LegwiseUIMessage = { id: 'a', role: 'assistant', parts: [{ type: 'text', text: 'cramps [1] '.repeat(200_000) }] };
    const { body } = splitAnswerText(message);
    expect(body.length).toBeLessThanOrEqual(MAX_RENDERED_ANSWER_CHARS + 1);
  });
});
