import { describe, expect, it } from 'vitest';
import { parseConversations, titleFor } from '@/app/components/lib/conversation-store';
import type { LegwiseUIMessage } from '@/lib/chat/types';

const good = {
  id: 'c1',
  title: 'Iron?',
  createdAt: 1,
  updatedAt: 5,
  messages: [
    { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Iron?' }] },
    {
      id: 'a1',
      role: 'assistant',
      metadata: { citations: [{ n: 1, passageId: 'p', docId: 'd', title: 'T', headings: [], quote: 'q', start: 0, end: 1 }] },
      parts: [
        { type: 'reasoning', text: 'dropped' },
        { type: 'text', text: 'Answer [1]' },
        { type: 'source-document', sourceId: 'p', mediaType: 'text/plain', title: 'T', filename: 'd' },
      ],
    },
  ],
};

describe('parseConversations', () => {
  it('returns nothing for missing or broken JSON', () => {
    expect(parseConversations(null)).toEqual([]);
    expect(parseConversations('{not json')).toEqual([]);
    expect(parseConversations('{"a":1}')).toEqual([]);
  });

  it('keeps valid conversations with their metadata and drops unknown part types', () => {
    const [conversation] = parseConversations(JSON.stringify([good]));
    expect(conversation?.messages[1]?.parts.map((p) => p.type)).toEqual(['text', 'source-document']);
    expect(conversation?.messages[1]?.metadata?.citations?.[0]?.n).toBe(1);
  });

  it('skips malformed entries, keeps the rest, newest first', () => {
    const older = { ...good, id: 'c0', updatedAt: 2 };
    const list = parseConversations(JSON.stringify([older, { id: 5 }, good]));
    expect(list.map((c) => c.id)).toEqual(['c1', 'c0']);
  });

  it('drops invalid metadata rather than the whole conversation', () => {
    const bad = { ...good, messages: [{ ...good.messages[1], metadata: { citations: 'nope' } }] };
    const [conversation] = parseConversations(JSON.stringify([bad]));
    expect(conversation?.messages[0]?.metadata).toBeUndefined();
  });
});

describe('titleFor', () => {
  it('uses the first question, shortened', () => {
    const long: LegwiseUIMessage = { id: 'u', role: 'user', parts: [{ type: 'text', text: 'why '.repeat(40) }] };
    const title = titleFor([long]);
    expect(title.length).toBeLessThanOrEqual(60);
    expect(title.endsWith('…')).toBe(true);
    expect(titleFor([])).toBe('New conversation');
  });
});
