'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import { ArticleBlocks, shallowestHeadingLevel } from '../article/ArticleBlocks';
import { fetchDocument } from '../article/fetch-document';
import { documentHref, sourceSection, type SourceRef } from '../lib/answer-parts';
import { surroundingBlockRange, type DocumentResponse, type Range } from '../lib/article-view';

type Props = {
  source: SourceRef;
  onClose: () => void;
  /** Show the quote as it was cited, not the article now (a share made before the articles changed). */
  quoteOnly?: boolean;
};

type LoadState = { status: 'loading' } | { status: 'ready'; data: DocumentResponse } | { status: 'error'; message: string };

function passageRange(source: SourceRef, data: DocumentResponse): Range | undefined {
  if (source.start !== undefined && source.end !== undefined) return { start: source.start, end: source.end };
  return data.passage ? { start: data.passage.start, end: data.passage.end } : undefined;
}

function useDocument(source: SourceRef): LoadState {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const needsOffsets = source.start === undefined || source.end === undefined;
    fetchDocument(source.docId, needsOffsets ? source.passageId : undefined).then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [source]);
  return state;
}

function QuoteOnly({ quote }: { quote?: string }) {
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">The passage as it was quoted when this was shared:</p>
      {quote && (
        <p>
          <mark data-passage-mark="">{quote}</mark>
        </p>
      )}
    </div>
  );
}

function PanelBody({ source, state }: { source: SourceRef; state: LoadState }) {
  if (state.status === 'loading') {
    return (
      <div className="space-y-3" aria-busy="true">
        <p className="text-sm text-muted">Loading the article…</p>
        {source.quote && (
          <p>
            <mark data-passage-mark="">{source.quote}</mark>
          </p>
        )}
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="space-y-3">
        <p className="text-sm text-danger">{state.message}</p>
        {source.quote && (
          <p>
            <mark data-passage-mark="">{source.quote}</mark>
          </p>
        )}
      </div>
    );
  }
  const view = state.data.document;
  const range = passageRange(source, state.data);
  const shown = range ? surroundingBlockRange(view, range) : { from: 0, to: view.blocks.length };
  const blocks = view.blocks.slice(shown.from, shown.to);
  // The panel's title is an h2: the excerpt's shallowest heading becomes h3, never h4.
  const levelOffset = Math.max(0, (shallowestHeadingLevel(blocks) ?? 1) - 1);
  return (
    <div>
      {shown.from > 0 && (
        <p className="mb-2 text-sm text-muted" aria-hidden="true">
          …
        </p>
      )}
      <ArticleBlocks blocks={blocks} range={range} headingBase={3} levelOffset={levelOffset} />
      {shown.to < view.blocks.length && (
        <p className="mt-2 text-sm text-muted" aria-hidden="true">
          …
        </p>
      )}
    </div>
  );
}

/**
 * The cited passage in its article. A modal <dialog>: focus moves in on open, Esc closes it, and
 * the owner returns focus to the citation that opened it. A side panel, a bottom sheet < 640px.
 */
export function PassagePanel({ source, onClose, quoteOnly }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const state = useDocument(source);
  const section = sourceSection(source);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const handleClose = () => onClose();
    dialog.addEventListener('close', handleClose);
    return () => dialog.removeEventListener('close', handleClose);
  }, [onClose]);

  useEffect(() => {
    if (state.status === 'loading') return;
    const mark = bodyRef.current?.querySelector('[data-passage-mark]');
    mark?.scrollIntoView({ block: 'center' });
  }, [state]);

  const title = state.status === 'ready' ? state.data.document.title : source.title;

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      data-testid="passage-panel"
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
      className="fixed inset-x-0 top-auto bottom-0 m-0 flex max-h-[85dvh] w-full max-w-full flex-col overflow-hidden rounded-t-2xl border border-line bg-surface p-0 text-fg shadow-soft sm:inset-y-0 sm:right-0 sm:left-auto sm:h-dvh sm:max-h-dvh sm:w-[34rem] sm:rounded-none sm:rounded-l-2xl"
    >
      <div className="flex items-start gap-3 border-b border-line px-5 pt-4 pb-3">
        <div className="min-w-0 flex-1">
          <p className="text-xs font-medium tracking-wide text-muted uppercase">Source {source.n}</p>
          <h2 id={titleId} className="mt-0.5 text-base leading-snug font-semibold">
            {title}
          </h2>
          {section && <p className="mt-0.5 truncate text-sm text-muted">{section}</p>}
        </div>
        <button
          type="button"
          autoFocus
          onClick={() => dialogRef.current?.close()}
          className="-mr-1 rounded-lg p-2 text-muted hover:bg-surface-2 hover:text-fg"
          aria-label="Close source"
        >
          <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8">
            <path d="M5 5l10 10M15 5L5 15" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <div
        ref={bodyRef}
        tabIndex={0}
        role="region"
        aria-label="Article text around the passage"
        className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-5 py-4 text-[0.95rem]"
      >
        {quoteOnly ? <QuoteOnly quote={source.quote} /> : <PanelBody source={source} state={state} />}
      </div>
      <div className="flex items-center justify-between gap-3 border-t border-line px-5 py-3">
        <button
          type="button"
          onClick={() => dialogRef.current?.close()}
          className="shrink-0 rounded-lg px-2 py-1.5 text-sm font-medium text-muted hover:bg-surface-2 hover:text-fg"
        >
          <span aria-hidden="true">←</span> Back to the chat
        </button>
        <Link href={documentHref(source)} className="shrink-0 rounded-lg bg-accent px-3 py-1.5 text-sm font-medium text-accent-contrast hover:bg-accent-hover">
          Open article
        </Link>
      </div>
    </dialog>
  );
}
