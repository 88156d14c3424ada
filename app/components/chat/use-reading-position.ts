'use client';

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LegwiseUIMessage } from '@/lib/chat/types';

/**
 * The reading position of the chat (the ChatGPT pattern): a new question is scrolled to the top
 * of the page and its answer streams below it. The page never scrolls on its own while an answer
 * grows; a spacer under the conversation gives the question room to sit at the top.
 */
export const readingSettings = {
  /** Pixels between the sticky header and a pinned question. */
  gapBelowHeader: 12,
  /** Content this far below the view counts as "the person scrolled up". */
  awayThreshold: 200,
} as const;

type PinRequest = { kind: 'after'; lastUserId: string | undefined } | { kind: 'last' } | null;

function lastUserId(messages: LegwiseUIMessage[]): string | undefined {
  return messages.findLast((m) => m.role === 'user')?.id;
}

function headerHeight(): number {
  return document.querySelector('header')?.getBoundingClientRect().height ?? 0;
}

function userBubble(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-user-message-id="${CSS.escape(id)}"]`);
}

export function useReadingPosition(messages: LegwiseUIMessage[]) {
  const spacerRef = useRef<HTMLDivElement>(null);
  const composerRef = useRef<HTMLDivElement>(null);
  const pinnedId = useRef<string | undefined>(undefined);
  // A restored conversation opens at its last question, not at the end of its last answer.
  const request = useRef<PinRequest>({ kind: 'last' });
  const [awayFromLatest, setAwayFromLatest] = useState(false);

  // Focus and scrollIntoView honour scroll-padding, so the sticky composer's live height is
  // published for globals.css: a link at the end of an answer never lands behind it.
  useEffect(() => {
    const composer = composerRef.current;
    if (!composer) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty('--composer-height', `${composer.getBoundingClientRect().height}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(composer);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--composer-height');
    };
  }, []);

  const fitSpacer = useCallback(() => {
    const spacer = spacerRef.current;
    const bubble = pinnedId.current ? userBubble(pinnedId.current) : null;
    if (!spacer) return;
    if (!bubble) {
      spacer.style.height = '0px';
      return;
    }
    const composer = composerRef.current?.getBoundingClientRect().height ?? 0;
    const available = window.innerHeight - headerHeight() - composer - readingSettings.gapBelowHeader;
    const below = spacer.getBoundingClientRect().top - bubble.getBoundingClientRect().top;
    spacer.style.height = `${Math.max(0, Math.ceil(available - below))}px`;
  }, []);

  const measureAway = useCallback(() => {
    const spacer = spacerRef.current;
    if (!spacer) return;
    const composer = composerRef.current?.getBoundingClientRect().height ?? 0;
    // How much of the conversation is still below the visible area.
    const hidden = spacer.getBoundingClientRect().top - (window.innerHeight - composer);
    setAwayFromLatest(hidden > readingSettings.awayThreshold);
  }, []);

  useLayoutEffect(() => {
    const pending = request.current;
    const newest = lastUserId(messages);
    const ready = pending?.kind === 'last' ? newest !== undefined : pending !== null && newest !== pending.lastUserId;
    if (ready && newest) {
      request.current = null;
      pinnedId.current = newest;
      fitSpacer();
      const bubble = userBubble(newest);
      if (bubble) {
        const top = bubble.getBoundingClientRect().top + window.scrollY - headerHeight() - readingSettings.gapBelowHeader;
        window.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
      }
    } else {
      fitSpacer();
    }
    measureAway();
  }, [messages, fitSpacer, measureAway]);

  useEffect(() => {
    const onScroll = () => measureAway();
    const onResize = () => {
      fitSpacer();
      measureAway();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onResize);
    };
  }, [fitSpacer, measureAway]);

  const pinNextQuestion = useCallback(() => {
    request.current = { kind: 'after', lastUserId: lastUserId(messages) };
  }, [messages]);
  const pinLastQuestion = useCallback(() => {
    request.current = { kind: 'last' };
  }, []);
  const jumpToLatest = useCallback(() => {
    const spacer = spacerRef.current;
    if (!spacer) return;
    const composer = composerRef.current?.getBoundingClientRect().height ?? 0;
    const top = spacer.getBoundingClientRect().top + window.scrollY - (window.innerHeight - composer);
    window.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
  }, []);

  return useMemo(
    () => ({ spacerRef, composerRef, awayFromLatest, pinNextQuestion, pinLastQuestion, jumpToLatest }),
    [awayFromLatest, pinNextQuestion, pinLastQuestion, jumpToLatest],
  );
}
