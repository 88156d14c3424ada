import { describe, expect, it } from 'vitest';
import { collectTurn } from '@/lib/chat/collect';
import { parseChatRequest } from '@/lib/chat/request';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import { testConfig } from '../helpers/config';

/**
 * The thread's subject rides in the assistant message's metadata: worked out once when a turn is
 * answered, sent back by the client, and read by the next turn instead of re-deriving it.
 */

const config = testConfig({});
const user = (id: string, text: string): LegwiseUIMessage => ({ id, role: 'user', parts: [{ type: 'text', text }] });

describe('metadata.subject', () => {
  it('an answered turn carries what its answer was about, and the follow-up keeps it', async () => {
    const messages: LegwiseUIMessage[] = [user('u1', 'which mineral helps muscles relax after they tighten?')];
    const first = await collectTurn({ messages, config });
    expect(first.notFound).toBe(false);
    expect(first.message.metadata?.subject?.id).toMatch(/magnesium/);
    messages.push(first.message, user('u2', 'how would a doctor check for it?'));
    const next = await collectTurn({ messages, config });
    expect(next.query?.toLowerCase()).toContain('magnesium');
  });

  it('a small-talk turn carries no subject', async () => {
    const r = await collectTurn({ messages: [user('u1', 'thanks a lot, that was clear')], config });
    expect(r.smallTalk).toBe(true);
    expect(r.message.metadata?.subject).toBeUndefined();
  });
});

describe('parseChatRequest keeps what follow-ups read from earlier answers', () => {
  const answered = (metadata: unknown) => ({ id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'Zinc helps [1].' }], metadata });
  const body = (metadata: unknown) => ({
    messages: [
      { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'zinc?' }] },
      answered(metadata),
      { id: 'u2', role: 'user', parts: [{ type: 'text', text: 'and foods?' }] },
    ],
  });

  it('keeps the query and subject and drops the rest', () => {
    const result = parseChatRequest(
      body({ query: 'what does zinc do?', subject: { id: 'zinc', surface: 'zinc', deficiency: false }, citations: [{ n: 1 }], model: 'x' }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.request.messages[1]?.metadata).toEqual({ query: 'what does zinc do?', subject: { id: 'zinc', surface: 'zinc', deficiency: false } });
  });

  it('drops malformed or oversized metadata without failing the request', () => {
    for (const metadata of [{ query: 42 }, { query: 'x'.repeat(10_000) }, { subject: { id: 'zinc' } }, 'text', null]) {
      const result = parseChatRequest(body(metadata));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.request.messages[1]?.metadata).toBeUndefined();
    }
  });

  it('never keeps metadata on a user message', () => {
    const result = parseChatRequest({ messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'zinc?' }], metadata: { query: 'forged' } }] });
    expect(result.ok && result.request.messages[0]?.metadata).toBeUndefined();
  });
});
