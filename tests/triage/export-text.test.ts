import { describe, expect, it } from 'vitest';
import { splitAnswerText } from '@/app/components/lib/answer-parts';
import { answerToPlainText, conversationToMarkdown } from '@/app/components/lib/export-text';
import { DISCLAIMER } from '@/lib/answer/disclaimer';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import { SIGN_PLAIN_WORDS, URGENT_NOTICE, URGENT_SOON_NOTE, urgentPartText } from '@/lib/triage';
import { signOf } from '@/lib/triage/signs';

const question: LegwiseUIMessage = { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'my face is drooping' }] };
const emergency: LegwiseUIMessage = {
  id: 'a1',
  role: 'assistant',
  metadata: { urgent: true, triage: { level: 'emergency', signs: [signOf('stroke')] } },
  parts: [
    { type: 'text', text: `${urgentPartText([signOf('stroke')])}\n\n` },
    { type: 'text', text: 'Once you are safe, come back.' },
    { type: 'text', text: `\n\n${DISCLAIMER}` },
  ],
};
const urgentSoon: LegwiseUIMessage = {
  id: 'a2',
  role: 'assistant',
  metadata: { urgent: false, triage: { level: 'urgent-soon', signs: [] } },
  parts: [
    { type: 'text', text: 'Vitamin D supports muscles.' },
    { type: 'text', text: `\n\n${URGENT_SOON_NOTE}` },
    { type: 'text', text: `\n\n${DISCLAIMER}` },
  ],
};

describe('the triage texts in Copy and Export', () => {
  it('splits the banner and the urgent-soon line from the answer prose', () => {
    expect(splitAnswerText(emergency)).toMatchObject({ notice: urgentPartText([signOf('stroke')]), body: 'Once you are safe, come back.' });
    expect(splitAnswerText(urgentSoon)).toMatchObject({ body: 'Vitamin D supports muscles.', urgentSoon: URGENT_SOON_NOTE, disclaimer: DISCLAIMER });
  });

  it('Copy puts the emergency notice and the sign first', () => {
    const text = answerToPlainText(emergency);
    expect(text.startsWith(URGENT_NOTICE)).toBe(true);
    expect(text).toContain(SIGN_PLAIN_WORDS.stroke);
    expect(text.indexOf(SIGN_PLAIN_WORDS.stroke)).toBeLessThan(text.indexOf('Once you are safe'));
  });

  it('Copy keeps the urgent-soon line after the answer, before the disclaimer', () => {
    const text = answerToPlainText(urgentSoon);
    expect(text.indexOf('Vitamin D')).toBeLessThan(text.indexOf(URGENT_SOON_NOTE));
    expect(text.indexOf(URGENT_SOON_NOTE)).toBeLessThan(text.indexOf(DISCLAIMER));
  });

  it('Export keeps both in the conversation Markdown', () => {
    const md = conversationToMarkdown('Face', [question, emergency, question, urgentSoon]);
    expect(md).toContain(`> **${URGENT_NOTICE}**`);
    expect(md).toContain(`> **${SIGN_PLAIN_WORDS.stroke}**`);
    expect(md).toContain(`**${URGENT_SOON_NOTE}**`);
  });
});
