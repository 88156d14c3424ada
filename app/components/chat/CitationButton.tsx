'use client';

import { useCallback, useEffect, useId, useMemo, useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { sourceSection, type SourceRef } from '../lib/answer-parts';
import { FOCUS_RETURN_ATTRIBUTE } from '../lib/citation-return';
import { focusQuote } from '../lib/cited-sentence';

type Props = {
  source: SourceRef;
  /** The answer sentence(s) carrying this marker: the preview highlights what they rest on. */
  citingSentences: string[];
  onOpen: (source: SourceRef, opener: HTMLElement) => void;
};

type Position = { left: number; top: number; above: boolean };

const PREVIEW_WIDTH = 320;
const HIDE_DELAY_MS = 150;

function previewPosition(anchor: HTMLElement): Position {
  const rect = anchor.getBoundingClientRect();
  const width = Math.min(PREVIEW_WIDTH, window.innerWidth - 16);
  const left = Math.min(Math.max(8, rect.left + rect.width / 2 - width / 2), window.innerWidth - width - 8);
  const above = rect.bottom + 180 > window.innerHeight && rect.top > 200;
  return { left, top: above ? rect.top - 8 : rect.bottom + 8, above };
}

/**
 * A citation marker. Its accessible name is the number alone; the title, section and first
 * words are its description and its hover/focus preview.
 */
export function CitationButton({ source, citingSentences, onOpen }: Props) {
  const descriptionId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const hideTimer = useRef<number | undefined>(undefined);
  const [position, setPosition] = useState<Position | null>(null);
  const section = sourceSection(source);
  const preview = useMemo(() => (source.quote ? focusQuote(source.quote, citingSentences) : undefined), [source.quote, citingSentences]);
  // Focus comes back to the marker when the passage panel closes: that must not re-open the preview.
  const skipNextFocus = useRef(false);
  const lastPointer = useRef<string>('mouse');
  const [viaTouch, setViaTouch] = useState(false);

  const show = useCallback(() => {
    window.clearTimeout(hideTimer.current);
    if (buttonRef.current) setPosition(previewPosition(buttonRef.current));
  }, []);
  const showOnFocus = useCallback(() => {
    const returned = buttonRef.current?.hasAttribute(FOCUS_RETURN_ATTRIBUTE) ?? false;
    if (skipNextFocus.current || returned) {
      skipNextFocus.current = false;
      return;
    }
    show();
  }, [show]);
  const hide = useCallback(() => {
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(() => setPosition(null), HIDE_DELAY_MS);
  }, []);

  useEffect(() => {
    if (!position) return;
    const close = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setPosition(null);
    };
    const drop = () => setPosition(null);
    window.addEventListener('keydown', close);
    window.addEventListener('scroll', drop, true);
    return () => {
      window.removeEventListener('keydown', close);
      window.removeEventListener('scroll', drop, true);
    };
  }, [position]);

  useEffect(() => () => window.clearTimeout(hideTimer.current), []);

  // A touch has no hover: the first tap shows the preview, a second tap opens the passage.
  const open = (event: MouseEvent<HTMLButtonElement>) => {
    if (lastPointer.current === 'touch' && !position) {
      setViaTouch(true);
      show();
      return;
    }
    setPosition(null);
    skipNextFocus.current = true;
    onOpen(source, event.currentTarget);
  };

  return (
    <span className="relative" onMouseEnter={show} onMouseLeave={hide}>
      <button
        ref={buttonRef}
        type="button"
        data-citation-n={source.n}
        aria-describedby={descriptionId}
        onClick={open}
        onPointerDown={(event: PointerEvent<HTMLButtonElement>) => {
          lastPointer.current = event.pointerType;
        }}
        onFocus={showOnFocus}
        onBlur={hide}
        className="mx-[0.1em] inline-flex min-h-6 min-w-6 items-center justify-center rounded-md bg-accent-soft px-[0.35em] py-[0.05em] align-middle text-[0.75em] leading-[1.4] font-semibold text-accent tabular-nums hover:bg-accent hover:text-accent-contrast focus-visible:bg-accent focus-visible:text-accent-contrast"
      >
        {source.n}
      </button>
      {/* Hidden: read only as the button's description, never in the reading flow. */}
      <span id={descriptionId} hidden>
        {`Source: ${source.title}${section ? `, ${section}` : ''}`}
      </span>
      {position && (
        <span
          aria-hidden="true"
          data-testid="citation-preview"
          className="fixed z-40 block w-[min(20rem,calc(100vw-1rem))] rounded-xl border border-line bg-surface p-3 text-left text-sm leading-snug font-normal text-fg shadow-soft"
          style={{
            left: position.left,
            top: position.top,
            transform: position.above ? 'translateY(-100%)' : undefined,
          }}
        >
          <span className="block font-semibold">{source.title}</span>
          {section && <span className="mt-0.5 block text-xs text-muted">{section}</span>}
          {preview && (
            <span className="mt-2 block text-muted" data-testid="citation-preview-quote">
              {preview.before}
              <mark className="rounded-sm bg-accent-soft px-0.5 text-fg">{preview.sentence}</mark>
              {preview.after ? ` ${preview.after}` : ''}
            </span>
          )}
          <span className="mt-2 block text-xs font-medium text-accent">{viaTouch ? 'Tap again to read in context' : 'Click to read in context'}</span>
        </span>
      )}
    </span>
  );
}
