'use client';

import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport } from 'ai';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DISCLAIMER } from '@/lib/answer/disclaimer';
import { chatMetadataSchema } from '@/lib/chat/metadata';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import { splitAnswerText, stripMarkers, type SourceRef } from '../lib/answer-parts';
import { describeChatError } from '../lib/chat-errors';
import { describeOpener, findOpener, returnFocusTo, saveOpenCitation, takeOpenCitation } from '../lib/citation-return';
import { loadDraft, saveActiveConversationId, saveConversation, saveDraft, titleFor, type Conversation } from '../lib/conversation-store';
import type { ArticleSummary } from '../lib/examples';
import { conversationToMarkdown, exportFileName } from '../lib/export-text';
import { compactHistory, dropUnansweredQuestion } from '../lib/request-body';
import { useReadingPosition } from './use-reading-position';
import { ChatHeader } from './ChatHeader';
import { JumpToLatest } from './JumpToLatest';
import { ShareDialog } from './ShareDialog';
import { Composer } from './Composer';
import { EmptyState } from './EmptyState';
import { MessageList } from './MessageList';
import { PassagePanel } from './PassagePanel';

type Props = {
  conversationId: string;
  initialMessages: LegwiseUIMessage[];
  /** False during server rendering and hydration: storage is not readable yet. */
  hydrated: boolean;
  articles: ArticleSummary[];
  examples: string[];
  onSaved: (conversations: Conversation[]) => void;
  onNewChat: () => void;
  onOpenHistory: () => void;
  /** A saved conversation is about to be restored: show no empty state meanwhile. */
  restoring?: boolean;
  /** Focus the question box on mount (after a user switched conversations). */
  focusOnMount?: boolean;
};

type OpenSource = { source: SourceRef };

function signature(messages: LegwiseUIMessage[]): string {
  const last = messages.at(-1);
  return `${messages.length}:${last?.id ?? ''}:${last?.parts.length ?? 0}:${last?.metadata?.stopped ? 'stopped' : ''}`;
}

function plainAnswer(message: LegwiseUIMessage): string {
  const text = stripMarkers(splitAnswerText(message).body)
    .replace(/[*_`#>|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const ACCEPTED_EVENT = 'legwise:question-accepted';

/** Announces (as a window event) when the server has accepted a question with HTTP 2xx. */
function createTransport(chatId: string): DefaultChatTransport<LegwiseUIMessage> {
  return new DefaultChatTransport<LegwiseUIMessage>({
    api: '/api/chat',
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (response.ok) window.dispatchEvent(new CustomEvent(ACCEPTED_EVENT, { detail: chatId }));
      return response;
    },
    prepareSendMessagesRequest: ({ id, messages, trigger, messageId }) => ({
      body: { id, trigger, messageId, messages: compactHistory(messages) },
    }),
  });
}

function useDraft(hydrated: boolean) {
  const [input, setInputState] = useState(() => (hydrated ? loadDraft() : ''));
  const setInput = useCallback((value: string) => {
    setInputState(value);
    saveDraft(value);
  }, []);
  return [input, setInput] as const;
}

export function ChatSession(props: Props) {
  const { conversationId, hydrated, onSaved } = props;
  const [input, setInput] = useDraft(hydrated);
  const [announcement, setAnnouncement] = useState('');
  const [openSource, setOpenSource] = useState<OpenSource | null>(null);
  const [focusKey, setFocusKey] = useState<string | undefined>(props.focusOnMount ? 'mount' : undefined);
  const pendingText = useRef<string | null>(null);
  const inputRef = useRef(input);
  const [sharing, setSharing] = useState(false);
  const setMessagesRef = useRef<((update: (m: LegwiseUIMessage[]) => LegwiseUIMessage[]) => void) | null>(null);
  const savedSignature = useRef(signature(props.initialMessages));

  useEffect(() => {
    inputRef.current = input;
  }, [input]);

  // The typed text is cleared only once the question was accepted, so a failed send loses nothing.
  useEffect(() => {
    const onAccepted = (event: Event) => {
      if (!(event instanceof CustomEvent) || event.detail !== conversationId) return;
      const sent = pendingText.current;
      pendingText.current = null;
      if (sent !== null && inputRef.current === sent) setInput('');
    };
    window.addEventListener(ACCEPTED_EVENT, onAccepted);
    return () => window.removeEventListener(ACCEPTED_EVENT, onAccepted);
  }, [conversationId, setInput]);
  const transport = useMemo(() => createTransport(conversationId), [conversationId]);

  const chat = useChat<LegwiseUIMessage>({
    id: conversationId,
    messages: props.initialMessages,
    messageMetadataSchema: chatMetadataSchema,
    transport,
    throttle: 50,
    onFinish: ({ message, isAbort, isError, isDisconnect }) => {
      if (isAbort) {
        setAnnouncement('Answer stopped.');
        // Saved with the message, so a stopped answer never passes for a complete one.
        setMessagesRef.current?.((all) => all.map((m) => (m.id === message.id ? { ...m, metadata: { ...m.metadata, stopped: true } } : m)));
      } else if (isError || isDisconnect) setAnnouncement('The answer could not be completed.');
      else setAnnouncement(`Answer ready. ${plainAnswer(message)}`);
    },
  });
  const { messages, status, error } = chat;
  const busy = status === 'submitted' || status === 'streaming';

  // Persist every settled state; never mid-stream, and not just because a saved one was opened.
  useEffect(() => {
    if (!hydrated || status === 'streaming' || messages.length === 0) return;
    const sig = signature(messages);
    if (sig === savedSignature.current && status !== 'submitted') return;
    savedSignature.current = sig;
    onSaved(saveConversation(conversationId, messages));
    saveActiveConversationId(conversationId);
    const url = `/?c=${encodeURIComponent(conversationId)}`;
    if (`${window.location.pathname}${window.location.search}` !== url) window.history.replaceState(null, '', url);
  }, [messages, status, hydrated, conversationId, onSaved]);

  const { spacerRef, composerRef, awayFromLatest, pinNextQuestion, pinLastQuestion, jumpToLatest } = useReadingPosition(messages);

  const { sendMessage, setMessages, clearError, regenerate, stop } = chat;
  useEffect(() => {
    setMessagesRef.current = setMessages;
  }, [setMessages]);
  const ask = useCallback(
    (text: string, fromComposer: boolean) => {
      const question = text.trim();
      if (question.length === 0 || busy) return;
      const kept = dropUnansweredQuestion(messages);
      if (kept !== messages) setMessages(kept);
      if (status === 'error') clearError();
      pendingText.current = fromComposer ? text : null;
      pinNextQuestion();
      setAnnouncement('');
      void sendMessage({ text: question });
      if (!fromComposer) setFocusKey(`ask-${Date.now()}`);
    },
    [busy, messages, setMessages, status, clearError, sendMessage, pinNextQuestion],
  );

  const retry = useCallback(() => {
    pinLastQuestion();
    void regenerate();
  }, [regenerate, pinLastQuestion]);

  const regenerateAnswer = useCallback(
    (messageId: string) => {
      pinLastQuestion();
      setAnnouncement('');
      void regenerate({ messageId });
    },
    [regenerate, pinLastQuestion],
  );

  // The AI SDK replaces the message with this id and drops every later one before asking again.
  const editQuestion = useCallback(
    (messageId: string, text: string) => {
      if (busy) return;
      if (status === 'error') clearError();
      // The edited question keeps its id, so it is pinned as the last question, not as a new one.
      pinLastQuestion();
      setAnnouncement('');
      void sendMessage({ text, messageId });
      // The editor is gone; the question box is the next place to type.
      setFocusKey(`edited-${Date.now()}`);
    },
    [busy, status, clearError, sendMessage, pinLastQuestion],
  );

  const editQuery = useCallback(
    (query: string) => {
      setInput(query);
      setFocusKey(`edit-${Date.now()}`);
    },
    [setInput],
  );

  const openerRef = useRef<HTMLElement | null>(null);
  const openPanel = useCallback(
    (source: SourceRef, opener: HTMLElement) => {
      openerRef.current = opener;
      // Kept for "Back to the chat" from the full article, which is another page.
      saveOpenCitation(describeOpener(conversationId, opener));
      setOpenSource({ source });
    },
    [conversationId],
  );
  const closePanel = useCallback(() => {
    setOpenSource(null);
    saveOpenCitation(null);
    const opener = openerRef.current;
    openerRef.current = null;
    // After the dialog is gone, so the browser's own focus restore cannot override it.
    if (opener) window.requestAnimationFrame(() => returnFocusTo(opener));
  }, []);

  // Back from the full article: the pill that was opened gets focus again, in view.
  useEffect(() => {
    if (!hydrated) return;
    const citation = takeOpenCitation(conversationId);
    if (!citation) return;
    // After the reading position has placed the restored conversation.
    const frame = window.requestAnimationFrame(() => {
      const opener = findOpener(citation);
      if (opener) returnFocusTo(opener);
    });
    return () => window.cancelAnimationFrame(frame);
  }, [hydrated, conversationId]);

  const exportConversation = useCallback(() => {
    const title = titleFor(messages);
    downloadText(exportFileName(title), conversationToMarkdown(title, messages, window.location.origin));
  }, [messages]);

  const errorView = error ? describeChatError(error) : undefined;
  const showEmpty = messages.length === 0;

  return (
    <div className="flex min-h-dvh min-w-0 flex-1 flex-col">
      <ChatHeader
        canExport={messages.length > 0 && !busy}
        onExport={exportConversation}
        onNewChat={props.onNewChat}
        onOpenHistory={props.onOpenHistory}
        canShare={messages.length > 0 && !busy && hydrated}
        onShare={() => setSharing(true)}
      />
      <main id="main" className="flex-1 px-4">
        {showEmpty && props.restoring ? (
          <p className="py-16 text-center text-sm text-muted">Loading your conversation…</p>
        ) : showEmpty ? (
          <EmptyState articles={props.articles} examples={props.examples} disabled={!hydrated} onAsk={(q) => ask(q, false)} />
        ) : (
          <>
            <h1 className="sr-only">Conversation: {titleFor(messages)}</h1>
            <MessageList
              messages={messages}
              status={status}
              onOpenSource={openPanel}
              onAsk={(q) => ask(q, false)}
              onRegenerate={regenerateAnswer}
              onEditQuery={editQuery}
              onEditQuestion={editQuestion}
            />
            {/* Room below the newest question, so it can sit at the top while its answer streams. */}
            <div ref={spacerRef} aria-hidden="true" data-testid="reading-spacer" />
          </>
        )}
        {errorView && (
          <div
            role="alert"
            data-testid="chat-error"
            className="mx-auto mb-6 flex max-w-3xl flex-wrap items-center gap-3 rounded-xl border border-danger/40 bg-danger-soft px-4 py-3 text-sm"
          >
            <p className="min-w-0 flex-1">
              <span className="font-semibold text-danger">{errorView.title}</span> {errorView.detail}
            </p>
            {errorView.retryable && (
              <button type="button" onClick={retry} className="rounded-lg bg-accent px-3 py-1.5 font-medium text-accent-contrast hover:bg-accent-hover">
                Retry
              </button>
            )}
          </div>
        )}
      </main>
      <div ref={composerRef} data-testid="composer-bar" className="sticky bottom-0 z-10 bg-gradient-to-t from-bg from-70% to-transparent px-4 pt-4 pb-3">
        <div className="relative mx-auto max-w-3xl">
          {awayFromLatest && <JumpToLatest onJump={jumpToLatest} />}
          <Composer value={input} onChange={setInput} onSubmit={() => ask(input, true)} onStop={() => void stop()} busy={busy} focusKey={focusKey} />
        </div>
      </div>
      {/* Answers carry their own disclaimer: the footer one only while there is none in view. */}
      {showEmpty && (
        <footer className="px-4 pb-4">
          <p className="mx-auto max-w-3xl text-center text-xs leading-relaxed text-muted" data-testid="footer-disclaimer">
            {DISCLAIMER}
          </p>
        </footer>
      )}
      <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="live-region">
        {announcement}
      </div>
      {sharing && <ShareDialog conversationId={conversationId} messages={messages} onClose={() => setSharing(false)} />}
      {openSource && <PassagePanel key={openSource.source.passageId} source={openSource.source} onClose={closePanel} />}
    </div>
  );
}
