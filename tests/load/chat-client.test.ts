import { describe, expect, it } from 'vitest';
import { answerTurn } from '@/lib/chat/answer-turn';
import { createExtractiveSelection } from '@/lib/chat/models';
import { createUIMessageSseResponse } from '@/lib/chat/sse-response';
import { answerBodyLooksComplete, isCompleteAnswerBody } from './chat-client';

/** A whole response body as the chat route sends it, offline. */
async function chatBodyFor(question: string): Promise<string> {
  const stream = answerTurn({ messages: [{ id: 'u', role: 'user', parts: [{ type: 'text', text: question }] }], model: createExtractiveSelection() });
  return createUIMessageSseResponse({ stream }).text();
}

describe('answerBodyLooksComplete (the bench load generator’s cheap check)', () => {
  const questions = ['why might my calves ache at night', 'what does too little vitamin D do to muscles', 'hello there', 'how do I fix my bicycle chain'];

  it('agrees with the full parse on whole answers of every kind', async () => {
    for (const question of questions) {
      const body = await chatBodyFor(question);
      expect(isCompleteAnswerBody(body)).toBe(true);
      expect(answerBodyLooksComplete(body)).toBe(true);
    }
  });

  it('agrees with the full parse on broken answers', async () => {
    const body = await chatBodyFor(questions[0]!);
    const broken = [
      body.slice(0, body.lastIndexOf('data: [DONE]')),
      body.slice(0, body.indexOf('data: {"type":"finish"')),
      body.slice(0, Math.floor(body.length / 2)),
      body.replace(/"delta":"\\n\\n[^"]*"/, '"delta":"\\n\\nNot the disclaimer."'),
      '',
    ];
    for (const b of broken) {
      expect(isCompleteAnswerBody(b)).toBe(false);
      expect(answerBodyLooksComplete(b)).toBe(false);
    }
  });
});
