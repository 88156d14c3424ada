'use client';

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import type { CreateShareResponse } from '@/lib/share/schema';
import { absoluteShareUrl, createShare, deleteShare, loadShare } from '../lib/share-links';
import { CheckIcon, CloseIcon, CopyIcon } from './icons';

type Props = {
  conversationId: string;
  messages: LegwiseUIMessage[];
  onClose: () => void;
};

type ShareState =
  { status: 'idle' } | { status: 'working' } | { status: 'ready'; share: CreateShareResponse } | { status: 'deleted' } | { status: 'error'; message: string };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}

const buttonClass = 'inline-flex min-h-9 items-center gap-1.5 rounded-lg px-3 py-1.5 text-sm font-medium disabled:opacity-60';

/** Makes (or shows) a read-only link to this conversation, with Copy and Delete link. */
export function ShareDialog({ conversationId, messages, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [state, setState] = useState<ShareState>(() => {
    const saved = loadShare(conversationId);
    return saved ? { status: 'ready', share: saved } : { status: 'idle' };
  });
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.addEventListener('close', onClose);
    return () => dialog.removeEventListener('close', onClose);
  }, [onClose]);

  const create = useCallback(async () => {
    setState({ status: 'working' });
    try {
      setState({ status: 'ready', share: await createShare(conversationId, messages) });
    } catch (error) {
      setState({ status: 'error', message: describe(error) });
    }
  }, [conversationId, messages]);

  const remove = useCallback(
    async (share: CreateShareResponse) => {
      setState({ status: 'working' });
      try {
        await deleteShare(conversationId, share);
        setState({ status: 'deleted' });
      } catch (error) {
        setState({ status: 'error', message: describe(error) });
      }
    },
    [conversationId],
  );

  const copy = useCallback(async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  }, []);

  const url = state.status === 'ready' ? absoluteShareUrl(state.share) : undefined;

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      data-testid="share-dialog"
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-2xl border border-line bg-surface p-0 text-fg shadow-soft"
    >
      <div className="flex items-start gap-3 px-5 pt-4">
        <h2 id={titleId} className="flex-1 text-base font-semibold">
          Share this conversation
        </h2>
        <button
          type="button"
          onClick={() => dialogRef.current?.close()}
          aria-label="Close sharing"
          className="-mr-2 rounded-lg p-2 text-muted hover:bg-surface-2 hover:text-fg"
        >
          <CloseIcon className="h-5 w-5" />
        </button>
      </div>
      <div className="space-y-3 px-5 pt-2 pb-5 text-sm">
        <p className="text-muted">Anyone with the link can read a copy of this conversation as it is now. Nothing else from this browser is sent.</p>
        {url && (
          <div className="flex gap-2">
            <input
              readOnly
              value={url}
              aria-label="Share link"
              data-testid="share-url"
              onFocus={(event) => event.currentTarget.select()}
              className="min-w-0 flex-1 rounded-lg border border-line bg-bg px-3 py-2 text-sm"
            />
            <button type="button" onClick={() => void copy(url)} className={`${buttonClass} bg-accent text-accent-contrast hover:bg-accent-hover`}>
              {copied ? <CheckIcon /> : <CopyIcon />}
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
        )}
        {state.status === 'deleted' && <p role="status">The link was deleted. It no longer opens.</p>}
        {state.status === 'error' && (
          <p role="alert" className="text-danger">
            {state.message}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          {state.status === 'ready' ? (
            <button
              type="button"
              data-testid="share-delete"
              onClick={() => void remove(state.share)}
              className={`${buttonClass} border border-line text-danger hover:border-danger`}
            >
              Delete link
            </button>
          ) : (
            <button
              type="button"
              data-testid="share-create"
              disabled={state.status === 'working'}
              onClick={() => void create()}
              className={`${buttonClass} bg-accent text-accent-contrast hover:bg-accent-hover`}
            >
              {state.status === 'working' ? 'Working…' : 'Create link'}
            </button>
          )}
        </div>
      </div>
    </dialog>
  );
}
