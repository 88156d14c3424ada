'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { loadActiveConversationId } from '../lib/conversation-store';

/** Returns to the conversation the reader came from (kept in this browser), else a new chat. */
export function BackToChatLink() {
  const router = useRouter();
  return (
    <Link
      href="/"
      onClick={(event) => {
        const id = loadActiveConversationId();
        if (!id || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        router.push(`/?c=${encodeURIComponent(id)}`);
      }}
      className="inline-flex items-center gap-2 rounded-lg px-2 py-1.5 text-sm font-medium text-muted hover:bg-surface-2 hover:text-fg"
    >
      <span aria-hidden="true">←</span> Back to the chat
    </Link>
  );
}
