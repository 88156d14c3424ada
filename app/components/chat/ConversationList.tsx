'use client';

import type { Conversation } from '../lib/conversation-store';
import { PlusIcon, TrashIcon } from './icons';

type Props = {
  conversations: Conversation[];
  activeId: string;
  onSelect: (id: string) => void;
  onDelete: (id: string) => void;
  onNew: () => void;
};

function when(timestamp: number): string {
  const date = new Date(timestamp);
  const sameDay = new Date().toDateString() === date.toDateString();
  return sameDay
    ? date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

/** Past conversations kept in this browser, newest first. */
export function ConversationList({ conversations, activeId, onSelect, onDelete, onNew }: Props) {
  return (
    <nav aria-label="Past conversations" className="flex h-full min-h-0 flex-col">
      <div className="p-3">
        <button
          type="button"
          onClick={onNew}
          className="flex w-full items-center gap-2 rounded-xl border border-line bg-surface px-3 py-2 text-sm font-medium hover:border-accent hover:text-accent"
        >
          <PlusIcon className="h-4 w-4" />
          New chat
        </button>
      </div>
      <h2 className="px-4 pt-1 pb-2 text-xs font-semibold tracking-wide text-muted uppercase">History</h2>
      {conversations.length === 0 ? (
        <p className="px-4 text-sm text-muted">Your conversations are saved in this browser only.</p>
      ) : (
        <ul className="min-h-0 flex-1 space-y-0.5 overflow-y-auto px-2 pb-4" data-testid="conversation-list">
          {conversations.map((c) => {
            const active = c.id === activeId;
            return (
              <li key={c.id} className="group relative flex items-center">
                <button
                  type="button"
                  onClick={() => onSelect(c.id)}
                  aria-current={active ? 'page' : undefined}
                  className={`flex w-full min-w-0 flex-col rounded-lg py-2 pr-10 pl-3 text-left text-sm hover:bg-surface-2 ${
                    active ? 'bg-surface-2 font-medium' : ''
                  }`}
                >
                  <span className="truncate">{c.title}</span>
                  <span className="text-xs text-muted">{when(c.updatedAt)}</span>
                </button>
                <button
                  type="button"
                  onClick={() => onDelete(c.id)}
                  aria-label={`Delete conversation: ${c.title}`}
                  className="absolute right-1 rounded-md p-2 text-muted hover:bg-surface hover:text-danger"
                >
                  <TrashIcon className="h-4 w-4" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
