import { describe, expect, it } from 'vitest';
import { answerTurn, DISCLAIMER_PART_TEXT, URGENT_SOON_PART_TEXT } from '@/lib/chat/answer-turn';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import { SIGN_PLAIN_WORDS, URGENT_NOTICE } from '@/lib/triage';
import { SAFETY_FIRST_LINE } from '@/lib/triage/notices';
import { testConfig } from '../helpers/config';
import { assembleMessage, finishMetadata, readAllChunks, userMessage, type Chunk } from '../helpers/ui-stream';

const config = testConfig({});

async function turn(messages: LegwiseUIMessage[]): Promise<Chunk[]> {
  return readAllChunks(answerTurn({ messages, config }));
}

async function textsOf(chunks: Chunk[]): Promise<string[]> {
  const message = await assembleMessage(chunks);
  return message.parts.flatMap((p) => (p.type === 'text' ? [p.text] : []));
}

describe('an emergency turn', () => {
  it('leads with the notice and the sign in plain words, cites no unrelated passage and suggests nothing', async () => {
    const chunks = await turn([userMessage('My left arm went weak and my face is drooping on one side. Which foods are rich in iron?')]);
    const meta = finishMetadata(chunks);
    expect(meta?.urgent).toBe(true);
    expect(meta?.triage?.level).toBe('emergency');
    expect(meta?.triage?.signs.map((s) => s.id)).toContain('stroke');
    expect(meta?.suggestions).toEqual([]);
    const texts = await textsOf(chunks);
    expect(texts[0]?.startsWith(URGENT_NOTICE)).toBe(true);
    expect(texts[0]).toContain(SIGN_PLAIN_WORDS.stroke);
    expect(texts.join('')).toContain(SAFETY_FIRST_LINE);
    // The iron question waits: no food list, and no passage that is not about seeking care for a stroke.
    expect(texts.join('')).not.toMatch(/red meat|lentils|spinach/i);
    for (const c of meta?.citations ?? []) expect(c.quote).toMatch(/stroke|one side|face|speech/i);
    expect(texts.at(-1)).toBe(DISCLAIMER_PART_TEXT);
  });

  it('cites the passage that says to seek care for the sign when there is one', async () => {
    const chunks = await turn([userMessage("My legs are weak and I'm struggling to breathe")]);
    const meta = finishMetadata(chunks);
    expect(meta?.triage?.signs.map((s) => s.id)).toContain('breathing-difficulty');
    expect(meta?.citations?.length).toBeGreaterThan(0);
    for (const c of meta?.citations ?? []) expect(c.quote).toMatch(/seek medical attention/i);
    const answer = (await textsOf(chunks)).join('');
    expect(answer).toMatch(/\[1\]/);
  });

  it('is an emergency in a second turn after an ordinary first one', async () => {
    const first = await turn([userMessage('Which foods have magnesium?', 'u1')]);
    const firstMessage = await assembleMessage(first);
    const chunks = await turn([
      userMessage('Which foods have magnesium?', 'u1'),
      firstMessage,
      userMessage('my dad just collapsed and is not responding', 'u2'),
    ]);
    expect(finishMetadata(chunks)?.triage?.level).toBe('emergency');
    expect((await textsOf(chunks))[0]?.startsWith(URGENT_NOTICE)).toBe(true);
  });
});

describe('an urgent-soon turn', () => {
  it('answers, then adds the fixed urgent-soon line as its own part before the disclaimer', async () => {
    const chunks = await turn([userMessage('my legs have been getting weaker for a few weeks, could it be vitamin D?')]);
    const meta = finishMetadata(chunks);
    expect(meta?.urgent).toBe(false);
    expect(meta?.triage).toEqual({ level: 'urgent-soon', signs: [] });
    const texts = await textsOf(chunks);
    expect(texts.at(-1)).toBe(DISCLAIMER_PART_TEXT);
    expect(texts.at(-2)).toBe(URGENT_SOON_PART_TEXT);
    expect(texts[0]?.startsWith(URGENT_NOTICE)).toBe(false);
    const ids = chunks.flatMap((c) => (c.type === 'text-start' ? [c.id] : []));
    expect(ids.slice(-2)).toEqual(['urgent-soon', 'disclaimer']);
  });

  it('adds nothing to a calm turn', async () => {
    const chunks = await turn([userMessage('Which foods have magnesium?')]);
    expect(finishMetadata(chunks)?.triage).toEqual({ level: 'none', signs: [] });
    expect(chunks.flatMap((c) => (c.type === 'text-start' ? [c.id] : []))).not.toContain('urgent-soon');
  });
});
