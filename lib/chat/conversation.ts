import { DISCLAIMER } from '@/lib/answer';
import type { ChatTurn } from '@/lib/question';
import { isTriageText } from '@/lib/triage/notices';
import type { LegwiseUIMessage } from './types';
import { FIXED_REPLY_PREFIXES } from './replies';

/** Boilerplate the server adds to answers: it says nothing about what the user asked. */
function isBoilerplate(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return true;
  if (trimmed === DISCLAIMER || isTriageText(trimmed)) return true;
  return FIXED_REPLY_PREFIXES.some((prefix) => trimmed.startsWith(prefix));
}

function stripDisclaimer(text: string): string {
  const at = text.lastIndexOf(DISCLAIMER);
  return at === -1 ? text : text.slice(0, at);
}

/** An assistant message's text parts as the conversation reads them: the answer, without server boilerplate. */
export function assistantText(texts: readonly string[]): string {
  return texts
    .map(stripDisclaimer)
    .filter((text) => !isBoilerplate(text))
    .join('')
    .trim();
}

function messageText(message: LegwiseUIMessage): string {
  const texts = message.parts.flatMap((part) => (part.type === 'text' ? [part.text] : []));
  return message.role === 'user' ? texts.join('').trim() : assistantText(texts);
}

/** User and assistant texts in order; system messages and server boilerplate are left out. */
export function conversationTurns(messages: LegwiseUIMessage[]): ChatTurn[] {
  const turns: ChatTurn[] = [];
  for (const message of messages) {
    if (message.role === 'system') continue;
    const text = messageText(message);
    if (text === '') continue;
    const query = message.role === 'assistant' ? message.metadata?.query : undefined;
    const subject = message.role === 'assistant' ? message.metadata?.subject : undefined;
    turns.push({ role: message.role, text, ...(query ? { query } : {}), ...(query && subject ? { subject } : {}) });
  }
  return turns;
}

/** The question being answered: the text of the last user message. */
export function latestQuestion(messages: LegwiseUIMessage[]): string | undefined {
  const last = messages.findLast((m) => m.role === 'user');
  return last ? messageText(last) : undefined;
}
