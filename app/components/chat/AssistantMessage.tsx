'use client';

import { memo, useCallback, useMemo, useState } from 'react';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import { SafeMarkdown } from '../markdown/SafeMarkdown';
import { citedSources, sourceSection, splitAnswerText, type SourceRef } from '../lib/answer-parts';
import { sentencesCiting } from '../lib/cited-sentence';
import { answerToPlainText } from '../lib/export-text';
import { CitationButton } from './CitationButton';
import { AlertIcon, CheckIcon, CopyIcon, RefreshIcon } from './icons';

/** metadata.model of answers that come back byte for byte: the extractive model, fixed replies. */
const DETERMINISTIC_MODELS: ReadonlySet<string> = new Set(['extractive', 'none']);

type Props = {
  message: LegwiseUIMessage;
  /** The question this message answers, as typed. */
  question?: string;
  /** Puts text in the composer so the person can correct it and ask again. */
  onEditQuery?: (query: string) => void;
  /** A shared, read-only copy: no regenerate, no suggestions to ask. */
  readOnly?: boolean;
  streaming: boolean;
  isLast: boolean;
  busy: boolean;
  onOpenSource: (source: SourceRef, opener: HTMLElement) => void;
  onAsk: (question: string) => void;
  onRegenerate: (messageId: string) => void;
};

function UrgentAlert({ notice }: { notice?: string }) {
  return (
    <div role="alert" className="mb-3 flex gap-3 rounded-xl border border-danger/40 bg-danger-soft px-4 py-3 text-sm leading-relaxed text-fg">
      <AlertIcon className="mt-0.5 h-5 w-5 shrink-0 text-danger" />
      <div>
        <p className="font-semibold text-danger">This may need urgent medical care.</p>
        {/* The notice, then each sign found in plain words, one paragraph each. */}
        {(notice ?? 'If symptoms are sudden, severe or getting worse, call your local emergency number or go to an emergency department now.')
          .split(/\n{2,}/)
          .map((paragraph) => (
            <p key={paragraph} className="mt-0.5">
              {paragraph}
            </p>
          ))}
      </div>
    </div>
  );
}

function CoveredTopics({ topics, onAsk, busy }: { topics: string[]; onAsk: (q: string) => void; busy: boolean }) {
  return (
    <div className="mt-3 rounded-xl border border-line bg-surface-2 px-4 py-3 text-sm">
      <p className="font-medium">The articles do cover:</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {topics.map((topic) => (
          <li key={topic}>
            <button
              type="button"
              disabled={busy}
              onClick={() => onAsk(`What do the articles say about ${topic}?`)}
              className="rounded-full border border-line bg-surface px-3 py-1 text-left hover:border-accent hover:text-accent disabled:opacity-60"
            >
              {topic}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function SourceList({ sources, onOpen }: { sources: SourceRef[]; onOpen: Props['onOpenSource'] }) {
  return (
    <section aria-label="Sources" className="mt-4">
      <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">Sources</h3>
      <ol className="mt-2 space-y-1.5" data-testid="source-list">
        {sources.map((source) => {
          const section = sourceSection(source);
          return (
            <li key={source.n} data-source-n={source.n}>
              <button
                type="button"
                onClick={(event) => onOpen(source, event.currentTarget)}
                className="group flex w-full items-start gap-2.5 rounded-lg border border-line bg-surface px-3 py-2 text-left text-sm hover:border-accent"
              >
                <span className="mt-px inline-flex h-5 min-w-5 shrink-0 items-center justify-center rounded-md bg-accent-soft px-1 text-xs font-semibold text-accent tabular-nums">
                  {source.n}
                </span>
                <span className="min-w-0">
                  <span className="block font-medium group-hover:text-accent">{source.title}</span>
                  {section && <span className="block truncate text-xs text-muted">{section}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Suggestions({ items, onAsk, busy }: { items: string[]; onAsk: (q: string) => void; busy: boolean }) {
  return (
    <section aria-label="Suggested follow-up questions" className="mt-4">
      <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">Ask next</h3>
      <ul className="mt-2 flex flex-col items-start gap-1.5">
        {items.map((question) => (
          <li key={question}>
            <button
              type="button"
              disabled={busy}
              data-testid="suggestion"
              onClick={() => onAsk(question)}
              className="rounded-full border border-line bg-surface px-3 py-1.5 text-left text-sm hover:border-accent hover:text-accent disabled:cursor-not-allowed disabled:opacity-60"
            >
              {question}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How a follow-up was read, when that differs from what was typed. */
function SearchedFor({ query, onEdit }: { query: string; onEdit?: (query: string) => void }) {
  return (
    <p data-testid="searched-for" className="mb-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
      <span>
        Searched for: <span className="font-medium text-fg">{query}</span>
      </span>
      {onEdit && (
        <button
          type="button"
          data-testid="edit-query"
          onClick={() => onEdit(query)}
          className="min-h-6 rounded-md px-1.5 font-medium text-accent hover:bg-surface-2"
          aria-label={`Edit the search: ${query}`}
        >
          Edit
        </button>
      )}
    </p>
  );
}

function PendingMarker({ n }: { n: number }) {
  return (
    <span className="mx-[0.1em] inline-block min-w-[1.5em] rounded-md bg-surface-2 px-[0.35em] py-[0.05em] text-center align-[0.1em] text-[0.75em] leading-[1.4] font-semibold text-muted tabular-nums">
      {n}
    </span>
  );
}

function TypingIndicator() {
  return (
    <p className="flex items-center gap-1 py-2 text-muted" aria-label="Writing an answer">
      <span className="typing-dot h-1.5 w-1.5 rounded-full bg-current" />
      <span className="typing-dot h-1.5 w-1.5 rounded-full bg-current" />
      <span className="typing-dot h-1.5 w-1.5 rounded-full bg-current" />
    </p>
  );
}

function ActionButton(props: { label: string; onClick: () => void; disabled?: boolean; children: React.ReactNode }) {
  return (
    <button
      type="button"
      onClick={props.onClick}
      disabled={props.disabled}
      className="inline-flex items-center gap-1.5 rounded-lg px-2 py-1.5 text-xs font-medium text-muted hover:bg-surface-2 hover:text-fg disabled:opacity-50"
    >
      {props.children}
      {props.label}
    </button>
  );
}

function useCopy(message: LegwiseUIMessage) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = useCallback(async () => {
    try {
      await navigator.clipboard.writeText(answerToPlainText(message, window.location.origin));
      setCopied('done');
    } catch {
      setCopied('failed');
    }
    window.setTimeout(() => setCopied('idle'), 2000);
  }, [message]);
  return { copied, copy };
}

function AssistantMessageImpl(props: Props) {
  const { message, streaming, onOpenSource } = props;
  const meta = message.metadata;
  const { notice, body, urgentSoon, disclaimer } = useMemo(() => splitAnswerText(message), [message]);
  const sources = useMemo(() => citedSources(message, body), [message, body]);
  const byNumber = useMemo(() => new Map(sources.map((s) => [s.n, s])), [sources]);
  const { copied, copy } = useCopy(message);
  const citing = useMemo(() => new Map(sources.map((s) => [s.n, sentencesCiting(body, s.n)])), [sources, body]);

  const renderCitation = useCallback(
    (n: number) => {
      const source = byNumber.get(n);
      if (source) return <CitationButton source={source} citingSentences={citing.get(n) ?? []} onOpen={onOpenSource} />;
      // Sources arrive when the answer finishes: until then the marker is an inert pill.
      if (streaming) return <PendingMarker n={n} />;
      return undefined;
    },
    [byNumber, citing, onOpenSource, streaming],
  );

  const note = disclaimer ?? (!streaming ? meta?.disclaimer : undefined);
  const suggestions = !streaming && !props.readOnly ? (meta?.suggestions ?? []).slice(0, 3) : [];
  const query = meta?.query;
  const showQuery = query !== undefined && props.question !== undefined && comparable(query) !== comparable(props.question);
  // The offline model is deterministic: regenerating would return the same bytes.
  // The offline model and the server's fixed replies are deterministic: regenerating a finished
  // answer would return the same bytes, so it is offered only for a remote model's answer or a
  // stopped one (which it completes).
  const deterministic = meta?.model !== undefined && DETERMINISTIC_MODELS.has(meta.model);
  const canRegenerate = props.isLast && !props.readOnly && (!deterministic || meta?.stopped === true);
  // The server usually lists the topics in its reply already; show them here only if it did not.
  const topics =
    meta?.notFound && !streaming && !props.readOnly && !(meta.coveredTopics ?? []).every((t) => body.includes(t)) ? (meta.coveredTopics ?? []) : [];

  return (
    <div className="assistant-message" data-testid="assistant-message" data-streaming={streaming ? 'true' : 'false'}>
      {meta?.urgent && <UrgentAlert notice={notice} />}
      {showQuery && <SearchedFor query={query} onEdit={props.readOnly ? undefined : props.onEditQuery} />}
      {body.length === 0 && streaming ? <TypingIndicator /> : <SafeMarkdown text={body} renderCitation={renderCitation} />}
      {topics.length > 0 && <CoveredTopics topics={topics} onAsk={props.onAsk} busy={props.busy} />}
      {sources.length > 0 && <SourceList sources={sources} onOpen={onOpenSource} />}
      {urgentSoon && (
        <p
          data-testid="urgent-soon-note"
          className="mt-4 rounded-lg border-l-2 border-danger/60 bg-danger-soft px-3 py-2 text-sm font-medium leading-relaxed text-fg"
        >
          {urgentSoon}
        </p>
      )}
      {note && (
        <p data-testid="disclaimer-note" className="mt-4 rounded-lg border-l-2 border-warn-line bg-warn-soft px-3 py-2 text-xs leading-relaxed text-fg">
          {note}
        </p>
      )}
      {suggestions.length > 0 && <Suggestions items={suggestions} onAsk={props.onAsk} busy={props.busy} />}
      {!streaming && (body.length > 0 || meta?.stopped) && (
        <div className="mt-3 flex flex-wrap items-center gap-1">
          <ActionButton label={copied === 'done' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy'} onClick={copy}>
            {copied === 'done' ? <CheckIcon /> : <CopyIcon />}
          </ActionButton>
          {meta?.stopped && (
            <span data-testid="stopped-mark" className="mr-1 rounded-md bg-surface-2 px-2 py-1 text-xs font-medium text-muted">
              Stopped
            </span>
          )}
          {canRegenerate && (
            <ActionButton label="Regenerate" onClick={() => props.onRegenerate(message.id)} disabled={props.busy}>
              <RefreshIcon />
            </ActionButton>
          )}
          {meta?.fallbackReason && <span className="ml-1 text-xs text-muted">Answered from the article text directly (the AI model was unavailable).</span>}
        </div>
      )}
    </div>
  );
}

export const AssistantMessage = memo(AssistantMessageImpl);
