import { describe, expect, it } from 'vitest';
import { DISCLAIMER } from '@/lib/answer/disclaimer';
import { collectTurn } from '@/lib/chat/collect';
import { HELP_OFFER, NOT_COVERED_INTRO } from '@/lib/chat/replies';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import { testConfig } from '../helpers/config';

const config = testConfig({});
const user = (id: string, text: string): LegwiseUIMessage => ({ id, role: 'user', parts: [{ type: 'text', text }] });

describe('small talk turns', () => {
  it('answers a greeting alone with a short friendly reply: no search, no citation, the disclaimer kept', async () => {
    const r = await collectTurn({ messages: [user('u1', 'Good evening!')], config });
    expect(r.smallTalk).toBe(true);
    expect(r.notFound).toBe(false);
    expect(r.citations).toEqual([]);
    expect(r.answer).toContain(HELP_OFFER);
    expect(r.answer).not.toContain(NOT_COVERED_INTRO);
    expect(r.disclaimer).toBe(DISCLAIMER);
    expect(r.query).toBeUndefined();
  });

  it('answers the question behind a greeting as a question', async () => {
    const r = await collectTurn({ messages: [user('u1', 'hello! which foods are rich in potassium?')], config });
    expect(r.smallTalk).toBe(false);
    expect(r.notFound).toBe(false);
    expect(r.citations.length).toBeGreaterThan(0);
    expect(r.query).toBe('which foods are rich in potassium?');
  });

  it('keeps the thread across a thanks: the next follow-up still has its subject', async () => {
    const messages: LegwiseUIMessage[] = [user('u1', 'what does magnesium do for muscles?')];
    const first = await collectTurn({ messages, config });
    messages.push(first.message, user('u2', 'thanks!'));
    const thanks = await collectTurn({ messages: [...messages], config });
    expect(thanks.smallTalk).toBe(true);
    messages.push(thanks.message, user('u3', 'and which foods have it?'));
    const next = await collectTurn({ messages, config });
    expect(next.query?.toLowerCase()).toContain('magnesium');
  });

  it('still raises the urgent notice for warning signs wrapped in a greeting', async () => {
    const r = await collectTurn({ messages: [user('u1', 'hi, my leg is suddenly weak and my face is drooping')], config });
    expect(r.urgent).toBe(true);
    expect(r.smallTalk).toBe(false);
  });
});
