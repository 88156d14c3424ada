'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useRef, useState } from 'react';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import type { SharedMessage } from '@/lib/share/schema';
import type { SourceRef } from '../lib/answer-parts';
import { newConversationId, saveConversation, titleFor } from '../lib/conversation-store';
import { MessageList } from './MessageList';
import { PassagePanel } from './PassagePanel';

type Props = {
  messages: SharedMessage[];
  createdAt: string;
  corpusChanged: boolean;
};

const noop = () => {};

/** The read-only page of a share link: the same answers, citations and passage panel. */
export function SharedConversation({ messages: shared, createdAt, corpusChanged }: Props) {
  const messages: LegwiseUIMessage[] = shared;
  const [openSource, setOpenSource] = useState<SourceRef | null>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const open = useCallback((source: SourceRef, opener: HTMLElement) => {
    openerRef.current = opener;
    setOpenSource(source);
  }, []);
  const close = useCallback(() => {
    setOpenSource(null);
    const opener = openerRef.current;
    if (opener) window.requestAnimationFrame(() => opener.isConnected && opener.focus());
  }, []);
  const router = useRouter();
  const continueHere = useCallback(() => {
    const id = newConversationId();
    saveConversation(id, messages);
    router.push(`/?c=${encodeURIComponent(id)}`);
  }, [messages, router]);
  const date = new Date(createdAt);

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-20 border-b border-line/70 bg-bg/90 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-3xl items-center gap-2 px-3">
          <Link href="/" className="flex items-center gap-2 rounded-lg px-1 text-[0.97rem] font-semibold tracking-tight">
            <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full bg-accent" />
            Legwise
          </Link>
          <button
            type="button"
            onClick={continueHere}
            data-testid="continue-conversation"
            className="ml-auto min-h-9 rounded-lg bg-accent px-3 py-1.5 text-sm font-medium text-accent-contrast hover:bg-accent-hover"
          >
            Continue this conversation
          </button>
        </div>
      </header>
      <main id="main" className="flex-1 px-4">
        <h1 className="sr-only">Shared conversation: {titleFor(messages)}</h1>
        <div className="mx-auto max-w-3xl pt-5 text-sm text-muted" data-testid="share-note">
          <p>
            A read-only copy shared on <time dateTime={createdAt}>{date.toUTCString().replace(/ GMT$/, ' UTC')}</time>.
          </p>
          {corpusChanged && (
            <p data-testid="corpus-changed" className="mt-2 rounded-lg border-l-2 border-warn-line bg-warn-soft px-3 py-2 text-fg">
              The articles changed since this was shared. The quotes show what they said then.
            </p>
          )}
        </div>
        <MessageList messages={messages} status="ready" onOpenSource={open} onAsk={noop} onRegenerate={noop} readOnly />
      </main>
      {openSource && <PassagePanel key={openSource.passageId} source={openSource} onClose={close} quoteOnly={corpusChanged} />}
    </div>
  );
}
