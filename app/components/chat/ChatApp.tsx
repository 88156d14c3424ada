'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  deleteConversation,
  describeStorageNotice,
  saveConversation,
  loadConversations,
  newConversationId,
  saveActiveConversationId,
  takeStorageNotice,
  type Conversation,
} from '../lib/conversation-store';
import type { ArticleSummary } from '../lib/examples';
import { ChatSession } from './ChatSession';
import { UndoToast } from './UndoToast';
import { ConversationList } from './ConversationList';
import { CloseIcon } from './icons';

type Props = {
  /** From the ?c= query: the conversation to reopen after a reload. */
  initialConversationId: string | null;
  articles: ArticleSummary[];
  examples: string[];
};

const noSubscribe = () => () => {};

/** True only in the browser after hydration, so storage reads never cause a hydration mismatch. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}

function HistoryDrawer(props: { onClose: () => void; children: React.ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { onClose } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.addEventListener('close', onClose);
    return () => dialog.removeEventListener('close', onClose);
  }, [onClose]);
  return (
    <dialog
      ref={ref}
      aria-label="Conversations"
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
      className="fixed inset-y-0 left-0 m-0 h-dvh max-h-dvh w-[min(20rem,88vw)] border-r border-line bg-bg p-0 text-fg shadow-soft"
    >
      <div className="flex h-full flex-col">
        <div className="flex justify-end p-2">
          <button
            type="button"
            onClick={() => ref.current?.close()}
            aria-label="Close conversations"
            className="rounded-lg p-2 text-muted hover:bg-surface-2 hover:text-fg"
          >
            <CloseIcon className="h-5 w-5" />
          </button>
        </div>
        <div className="min-h-0 flex-1">{props.children}</div>
      </div>
    </dialog>
  );
}

function ChatAppClient({ initialConversationId, articles, examples }: Props) {
  const [conversations, setConversations] = useState<Conversation[]>(() => loadConversations());
  const [activeId, setActiveId] = useState<string>(() => {
    const known = initialConversationId && conversations.some((c) => c.id === initialConversationId);
    return known && initialConversationId ? initialConversationId : newConversationId();
  });
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [switched, setSwitched] = useState(false);
  const [storageNotice, setStorageNotice] = useState<string | undefined>();
  // A full browser storage drops old conversations: say so instead of failing quietly.
  const saved = useCallback((list: Conversation[]) => {
    setConversations(list);
    const notice = takeStorageNotice();
    if (notice) setStorageNotice(describeStorageNotice(notice));
  }, []);
  const active = conversations.find((c) => c.id === activeId);
  // The session keeps its own message state; it only reads these when it mounts.
  const [initialMessages, setInitialMessages] = useState(() => active?.messages ?? []);

  const open = useCallback((id: string, list: Conversation[]) => {
    setActiveId(id);
    setInitialMessages(list.find((c) => c.id === id)?.messages ?? []);
    setDrawerOpen(false);
    setSwitched(true);
  }, []);

  const startNew = useCallback(() => {
    open(newConversationId(), []);
    saveActiveConversationId(null);
    window.history.replaceState(null, '', '/');
  }, [open]);

  const select = useCallback(
    (id: string) => {
      const list = loadConversations();
      setConversations(list);
      open(id, list);
    },
    [open],
  );

  const [undoable, setUndoable] = useState<Conversation | null>(null);
  const remove = useCallback(
    (id: string) => {
      setUndoable(loadConversations().find((c) => c.id === id) ?? null);
      setConversations(deleteConversation(id));
      if (id === activeId) startNew();
    },
    [activeId, startNew],
  );
  const undoDelete = useCallback(() => {
    if (!undoable) return;
    setConversations(saveConversation(undoable.id, undoable.messages, undoable.updatedAt));
    setUndoable(null);
  }, [undoable]);
  const dismissUndo = useCallback(() => setUndoable(null), []);

  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  const list = <ConversationList conversations={conversations} activeId={activeId} onSelect={select} onDelete={remove} onNew={startNew} />;

  return (
    <div className="flex min-h-dvh">
      <aside className="sticky top-0 hidden h-dvh w-72 shrink-0 border-r border-line bg-surface/50 lg:block">{list}</aside>
      <ChatSession
        key={activeId}
        conversationId={activeId}
        initialMessages={initialMessages}
        hydrated
        focusOnMount={switched}
        articles={articles}
        examples={examples}
        onSaved={saved}
        onNewChat={startNew}
        onOpenHistory={() => setDrawerOpen(true)}
      />
      {drawerOpen && <HistoryDrawer onClose={closeDrawer}>{list}</HistoryDrawer>}
      {storageNotice && (
        <p role="status" className="fixed bottom-2 left-2 z-50 max-w-sm rounded border border-line bg-surface p-2 text-sm shadow">
          {storageNotice}
        </p>
      )}
      {undoable && <UndoToast key={undoable.id} message={`Deleted “${undoable.title}”`} onUndo={undoDelete} onDismiss={dismissUndo} />}
    </div>
  );
}

/** Server render and hydration show the empty chat; the stored conversation appears right after. */
export function ChatApp(props: Props) {
  const hydrated = useHydrated();
  if (hydrated) return <ChatAppClient {...props} />;
  return (
    <div className="flex min-h-dvh">
      <aside className="sticky top-0 hidden h-dvh w-72 shrink-0 border-r border-line bg-surface/50 lg:block" />
      <ChatSession
        key="server"
        conversationId="server"
        initialMessages={[]}
        hydrated={false}
        restoring={props.initialConversationId !== null}
        articles={props.articles}
        examples={props.examples}
        onSaved={() => {}}
        onNewChat={() => {}}
        onOpenHistory={() => {}}
      />
    </div>
  );
}
