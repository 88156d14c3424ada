import { z } from 'zod';

/**
 * The citation whose passage is open, kept for this tab, so "Back to the chat" from the full
 * article (a separate page) can put focus back on that same pill, not at the end of the chat.
 */
const KEY = 'legwise:open-citation';

const openCitationSchema = z.object({
  conversationId: z.string().min(1).max(100),
  answerId: z.string().min(1).max(200),
  /** Position of the opener among the buttons of its answer, which render the same on restore. */
  buttonIndex: z.number().int().nonnegative(),
});
export type OpenCitation = z.infer<typeof openCitationSchema>;

/** Marks an element whose next focus is a return, so it shows no hover/focus preview. */
export const FOCUS_RETURN_ATTRIBUTE = 'data-focus-return';

function store(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

export function describeOpener(conversationId: string, opener: HTMLElement): OpenCitation | null {
  const answer = opener.closest<HTMLElement>('[data-answer-id]');
  const answerId = answer?.dataset.answerId;
  if (!answer || !answerId) return null;
  const buttonIndex = Array.from(answer.querySelectorAll('button')).indexOf(opener as HTMLButtonElement);
  return buttonIndex >= 0 ? { conversationId, answerId, buttonIndex } : null;
}

export function findOpener(citation: OpenCitation): HTMLElement | null {
  const answer = Array.from(document.querySelectorAll<HTMLElement>('[data-answer-id]')).find((element) => element.dataset.answerId === citation.answerId);
  return answer?.querySelectorAll('button').item(citation.buttonIndex) ?? null;
}

export function saveOpenCitation(citation: OpenCitation | null): void {
  try {
    if (citation) store()?.setItem(KEY, JSON.stringify(citation));
    else store()?.removeItem(KEY);
  } catch {
    // Only a convenience: without it, the chat opens at its usual place.
  }
}

/** Reads and forgets the saved citation when it belongs to this conversation. */
export function takeOpenCitation(conversationId: string): OpenCitation | null {
  let raw: string | null = null;
  try {
    raw = store()?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const result = openCitationSchema.safeParse(parsed);
  if (!result.success || result.data.conversationId !== conversationId) return null;
  saveOpenCitation(null);
  return result.data;
}

/** Focuses the opener and centres it, without re-opening its preview. */
export function returnFocusTo(opener: HTMLElement): void {
  if (!opener.isConnected) return;
  opener.setAttribute(FOCUS_RETURN_ATTRIBUTE, '');
  opener.focus({ preventScroll: true });
  opener.removeAttribute(FOCUS_RETURN_ATTRIBUTE);
  opener.scrollIntoView({ block: 'center', behavior: 'instant' });
}
