import { describe, expect, it } from 'vitest';
import { DISCLAIMER } from '@/lib/answer/disclaimer';
import { URGENT_NOTICE } from '@/lib/triage';
import { conversationTurns, latestQuestion } from '@/lib/chat/conversation';
import { NOT_COVERED_INTRO, notCoveredText } from '@/lib/chat/replies';
import type { LegwiseUIMessage } from '@/lib/chat/types';

const user = (text: string): LegwiseUIMessage => ({ id: text, role: 'user', parts: [{ type: 'text', text }] });
const assistant = (...texts: string[]): LegwiseUIMessage => ({
  id: texts.join('|'),
  role: 'assistant',
  parts: [{ type: 'step-start' }, ...texts.map((text) => ({ type: 'text' as const, text }))],
});

describe('conversationTurns', () => {
  it('keeps user and answer texts but drops the disclaimer, the urgent notice and fixed replies', () => {
    const turns = conversationTurns([
      user('What does magnesium do?'),
      assistant(`${URGENT_NOTICE}\n\n`, 'Magnesium relaxes muscles [1].', `\n\n${DISCLAIMER}`),
      user('What is the capital of Peru?'),
      assistant(notCoveredText(NOT_COVERED_INTRO, ['Topic A']), `\n\n${DISCLAIMER}`),
      user('And potassium?'),
    ]);
    expect(turns).toEqual([
      { role: 'user', text: 'What does magnesium do?' },
      { role: 'assistant', text: 'Magnesium relaxes muscles [1].' },
      { role: 'user', text: 'What is the capital of Peru?' },
      { role: 'user', text: 'And potassium?' },
    ]);
  });

  it('strips a disclaimer merged into the answer text', () => {
    expect(conversationTurns([assistant(`Iron carries oxygen [1].\n\n${DISCLAIMER}`)])).toEqual([{ role: 'assistant', text: 'Iron carries oxygen [1].' }]);
  });
});

describe('latestQuestion', () => {
  it('is the last user message text', () => {
    expect(latestQuestion([user('first'), assistant('answer'), user('second')])).toBe('second');
    expect(latestQuestion([assistant('answer')])).toBeUndefined();
  });
});
