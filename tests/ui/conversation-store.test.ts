import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  describeStorageNotice,
  loadConversations,
  MAX_STORED_TEXT_CHARS,
  parseConversations,
  saveConversation,
  takeStorageNotice,
  titleFor,
} from '@/app/components/lib/conversation-store';
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

/** localStorage as browsers implement it: a byte quota, QuotaExceededError past it. */
class QuotaStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(private readonly quotaChars: number) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    let used = key.length + value.length;
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
    if (used > this.quotaChars) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

describe('a full localStorage (issue 14 item 4)', () => {
  const answer = (id: string, chars: number): LegwiseUIMessage[] => [
    { id: `${id}-u`, role: 'user', parts: [{ type: 'text', text: `question ${id}` }] },
    { id: `${id}-a`, role: 'assistant', parts: [{ type: 'text', text: 'a'.repeat(chars) }] },
  ];

  function withStorage(quotaChars: number): QuotaStorage {
    const store = new QuotaStorage(quotaChars);
    vi.stubGlobal('window', { localStorage: store });
    return store;
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    takeStorageNotice();
  });

  it('drops the oldest conversations to save a new one, says so, and never throws', () => {
    withStorage(60_000);
    for (let i = 0; i < 5; i++) saveConversation(`c${i}`, answer(`c${i}`, 10_000), 1000 + i);
    expect(takeStorageNotice()).toBeUndefined();
    const list = saveConversation('c9', answer('c9', 15_000), 2000);
    expect(list[0]?.id).toBe('c9');
    expect(list.map((c) => c.id)).not.toContain('c0');
    const notice = takeStorageNotice();
    expect(notice?.saved).toBe(true);
    expect(notice?.droppedConversations).toBeGreaterThan(0);
    expect(describeStorageNotice(notice!)).toMatch(/oldest conversation/);
    expect(loadConversations().map((c) => c.id)).toEqual(list.map((c) => c.id));
  });

  it('keeps what was stored when even the newest conversation alone does not fit', () => {
    withStorage(12_000);
    saveConversation('small', answer('small', 2_000), 1000);
    expect(() => saveConversation('huge', answer('huge', 30_000), 2000)).not.toThrow();
    expect(takeStorageNotice()).toEqual({ droppedConversations: 0, saved: false });
    expect(loadConversations().map((c) => c.id)).toEqual(['small']);
  });

  it('stores at most MAX_STORED_TEXT_CHARS of one text part', () => {
    withStorage(10_000_000);
    const [saved] = saveConversation('big', answer('big', 2_000_000), 1000);
    const text = saved?.messages[1]?.parts[0];
    expect(text?.type === 'text' && text.text.length).toBe(MAX_STORED_TEXT_CHARS);
  });
});
