'use client';

import type { ChatStatus } from 'ai';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import type { SourceRef } from '../lib/answer-parts';
import { userText } from '../lib/answer-parts';
import { AssistantMessage } from './AssistantMessage';
import { UserMessage } from './UserMessage';

type Props = {
  messages: LegwiseUIMessage[];
  status: ChatStatus;
  onOpenSource: (source: SourceRef, opener: HTMLElement) => void;
  onAsk: (question: string) => void;
  onRegenerate: (messageId: string) => void;
  onEditQuery?: (query: string) => void;
  /** Re-asks an edited question from its place; later turns are replaced. */
  onEditQuestion?: (messageId: string, text: string) => void;
  readOnly?: boolean;
};

function Pending() {
  return (
    <div data-testid="assistant-pending" className="flex items-center gap-1 py-2 text-muted" aria-label="Looking through the articles">
      <span className="typing-dot h-1.5 w-1.5 rounded-full bg-current" />
      <span className="typing-dot h-1.5 w-1.5 rounded-full bg-current" />
      <span className="typing-dot h-1.5 w-1.5 rounded-full bg-current" />
    </div>
  );
}

type AnswerTurn = { number: number; question?: string };

/** Each answer's number and the question it answers. */
function answerTurns(messages: LegwiseUIMessage[]): Map<string, AnswerTurn> {
  const turns = new Map<string, AnswerTurn>();
  let question: string | undefined;
  for (const message of messages) {
    if (message.role === 'user') question = userText(message);
    else if (message.role === 'assistant') turns.set(message.id, { number: turns.size + 1, question });
  }
  return turns;
}

/** The conversation; the page (not this list) scrolls, so the composer can stay sticky. */
export function MessageList({ messages, status, onOpenSource, onAsk, onRegenerate, onEditQuery, onEditQuestion, readOnly }: Props) {
  const busy = status === 'submitted' || status === 'streaming';
  const last = messages.at(-1);
  const lastAssistantId = messages.findLast((m) => m.role === 'assistant')?.id;
  const turns = answerTurns(messages);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 pt-6 pb-8" data-testid="message-list">
      {messages.map((message) => {
        if (message.role === 'user') {
          return <UserMessage key={message.id} message={message} busy={busy} onEdit={readOnly ? undefined : onEditQuestion} />;
        }
        if (message.role !== 'assistant') return null;
        const streaming = busy && message.id === last?.id;
        const turn = turns.get(message.id);
        // Unique names, so a screen reader's landmark list tells the answers apart.
        const label = `Answer ${turn?.number ?? ''}`.trim();
        return (
          <section key={message.id} aria-label={label} className="min-w-0" data-answer-id={message.id}>
            <h2 className="sr-only">{label}</h2>
            <AssistantMessage
              message={message}
              question={turn?.question}
              onEditQuery={onEditQuery}
              readOnly={readOnly}
              streaming={streaming}
              isLast={message.id === lastAssistantId && message.id === last?.id}
              busy={busy}
              onOpenSource={onOpenSource}
              onAsk={onAsk}
              onRegenerate={onRegenerate}
            />
          </section>
        );
      })}
      {status === 'submitted' && last?.role === 'user' && <Pending />}
    </div>
  );
}
