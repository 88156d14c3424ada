import type { LegwiseUIMessage } from '@/lib/chat/types';
import { splitAnswerText } from './answer-parts';

/** The server reads only this many recent messages and caps each answer at this length. */
export const HISTORY_MESSAGES = 12;
export const ASSISTANT_TEXT_CHARS = 4000;

/**
 * What the chat route needs from the history: recent turns as text, and of each answer's metadata
 * only the standalone query it answered and what it was about (follow-ups read them instead of
 * working them out again). Other metadata, sources and the disclaimer stay in the browser, which
 * keeps the body far below the server's size limit.
 */
export function compactHistory(messages: LegwiseUIMessage[]): LegwiseUIMessage[] {
  return messages.slice(-HISTORY_MESSAGES).map((message) => {
    if (message.role !== 'assistant') {
      const parts = message.parts.filter((p) => p.type === 'text');
      return { id: message.id, role: message.role, parts };
    }
    const { body } = splitAnswerText(message);
    const compact: LegwiseUIMessage = { id: message.id, role: 'assistant', parts: [{ type: 'text', text: body.slice(0, ASSISTANT_TEXT_CHARS) }] };
    const { query, subject } = message.metadata ?? {};
    if (query) compact.metadata = subject ? { query, subject } : { query };
    return compact;
  });
}

/** A failed question with no answer is replaced by the next one instead of piling up. */
export function dropUnansweredQuestion(messages: LegwiseUIMessage[]): LegwiseUIMessage[] {
  const last = messages.at(-1);
  return last?.role === 'user' ? messages.slice(0, -1) : messages;
}
