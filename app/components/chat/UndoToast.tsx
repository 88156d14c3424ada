'use client';

import { useEffect } from 'react';

/** How long a deleted conversation can still be brought back. */
export const UNDO_WINDOW_MS = 6000;

type Props = { message: string; onUndo: () => void; onDismiss: () => void };

/** A short-lived notice with Undo, announced politely to screen readers. */
export function UndoToast({ message, onUndo, onDismiss }: Props) {
  useEffect(() => {
    const timer = window.setTimeout(onDismiss, UNDO_WINDOW_MS);
    return () => window.clearTimeout(timer);
  }, [onDismiss]);
  return (
    <div
      role="status"
      data-testid="undo-toast"
      className="fixed bottom-24 left-1/2 z-50 flex max-w-[calc(100vw-2rem)] -translate-x-1/2 items-center gap-3 rounded-xl bg-fg px-4 py-2.5 text-sm text-bg shadow-soft"
    >
      <span className="min-w-0 truncate">{message}</span>
      <button type="button" onClick={onUndo} className="min-h-8 shrink-0 rounded-md px-2 font-semibold underline-offset-2 hover:underline">
        Undo
      </button>
    </div>
  );
}
