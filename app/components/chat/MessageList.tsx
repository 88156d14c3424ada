'use client';

import type { ChatStatus } from 'ai';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import type { SourceRef } from '../lib/answer-parts';
import { userText } from '../lib/answer-parts';
import { AssistantMessage } from './AssistantMessage';

type Props = {
  messages: LegwiseUIMessage[];
  status: ChatStatus;
  onOpenSource: (source: SourceRef, opener: HTMLElement) => void;
  onAsk: (question: string) => void;
  onRegenerate: (messageId: string) => void;
};

function UserBubble({ message }: { message: LegwiseUIMessage }) {
  return (
    <div className="flex justify-end">
      <h2 className="sr-only">You asked</h2>
      {/* Plain text only: whatever the question contains is shown, never interpreted. */}
      <p data-testid="user-message" className="max-w-[85%] rounded-2xl rounded-br-md bg-user px-4 py-2.5 text-[0.97rem] leading-relaxed break-words whitespace-pre-wrap">
        {userText(message)}
      </p>
    </div>
  );
}

function Pending() {
  return (
    <div data-testid="assistant-pending" className="flex items-center gap-1 py-2 text-muted" aria-label="Looking through the articles">
      <span className="typing-dot h-1.5 w-1.5 rounded-full bg-current" />
      <span className="typing-dot h-1.5 w-1.5 rounded-full bg-current" />
      <span className="typing-dot h-1.5 w-1.5 rounded-full bg-current" />
    </div>
  );
}

/** The conversation; the page (not this list) scrolls, so the composer can stay sticky. */
export function MessageList({ messages, status, onOpenSource, onAsk, onRegenerate }: Props) {
  const busy = status === 'submitted' || status === 'streaming';
  const last = messages.at(-1);
  const lastAssistantId = messages.findLast((m) => m.role === 'assistant')?.id;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 pt-6 pb-8" data-testid="message-list">
      {messages.map((message) => {
        if (message.role === 'user') return <UserBubble key={message.id} message={message} />;
        if (message.role !== 'assistant') return null;
        const streaming = busy && message.id === last?.id;
        return (
          <section key={message.id} aria-label="Answer" className="min-w-0">
            <h2 className="sr-only">Answer</h2>
            <AssistantMessage
              message={message}
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
