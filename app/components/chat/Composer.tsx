'use client';

import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { SendIcon, StopIcon } from './icons';

export const MAX_QUESTION_CHARS = 4000;

type Props = {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  onStop: () => void;
  busy: boolean;
  /** Set to focus the textarea (e.g. after a new chat). */
  focusKey?: string;
};

const MAX_HEIGHT_PX = 200;

/** The question box: Enter sends, Shift+Enter adds a line; Stop replaces Send while answering. */
export function Composer({ value, onChange, onSubmit, onStop, busy, focusKey }: Props) {
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  const labelId = useId();

  useEffect(() => {
    const el = textareaRef.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT_PX)}px`;
  }, [value]);

  useEffect(() => {
    if (focusKey !== undefined) textareaRef.current?.focus();
  }, [focusKey]);

  const canSend = !busy && value.trim().length > 0;

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (canSend) onSubmit();
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (canSend) onSubmit();
  };

  return (
    <form onSubmit={handleSubmit} className="relative" aria-labelledby={labelId}>
      <label id={labelId} htmlFor={`${labelId}-input`} className="sr-only">
        Ask a question about the articles
      </label>
      <div className="flex items-end gap-2 rounded-2xl border border-line bg-surface p-2 shadow-soft focus-within:border-accent focus-within:ring-2 focus-within:ring-accent/25">
        <textarea
          id={`${labelId}-input`}
          ref={textareaRef}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={handleKeyDown}
          rows={1}
          maxLength={MAX_QUESTION_CHARS}
          placeholder="Ask a question…"
          aria-describedby={hintId}
          data-testid="composer-input"
          className="max-h-[200px] min-h-10 flex-1 resize-none bg-transparent px-2 py-2 text-[0.97rem] leading-6 text-fg outline-none placeholder:text-muted focus-visible:outline-none"
        />
        {busy ? (
          <button
            type="button"
            onClick={onStop}
            aria-label="Stop answering"
            data-testid="stop-button"
            className="inline-flex h-10 w-10 shrink-0 items-center justify-center rounded-xl bg-fg text-bg hover:opacity-90"
          >
            <StopIcon className="h-4 w-4" />
          </button>
        ) : (
          <button
            type="submit"
            aria-label="Send question"
            disabled={!canSend}
            data-testid="send-button"
            className="inline-flex h-10 w-10 shrink-0 items-center justify-center rounded-xl bg-accent text-accent-contrast hover:bg-accent-hover disabled:cursor-not-allowed disabled:bg-surface-2 disabled:text-muted"
          >
            <SendIcon className="h-5 w-5" />
          </button>
        )}
      </div>
      <p id={hintId} className="sr-only">
        Enter sends. Shift and Enter adds a new line.
      </p>
    </form>
  );
}
