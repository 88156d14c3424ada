import { APICallError } from 'ai';

export type ChatErrorView = { title: string; detail: string; retryable: boolean };

function statusOf(error: Error): number | undefined {
  return APICallError.isInstance(error) ? error.statusCode : undefined;
}

function looksOffline(error: Error): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  return error.name === 'TypeError' && /fetch|network|load failed/i.test(error.message);
}

/** A short, human explanation for a failed request; the raw message stays out of the UI. */
export function describeChatError(error: Error): ChatErrorView {
  const status = statusOf(error);
  if (status === 429) {
    return { title: 'Too many questions at once.', detail: 'Please wait a few seconds, then try again.', retryable: true };
  }
  if (status === 413) {
    return { title: 'That question is too long.', detail: 'Shorten it and send it again.', retryable: false };
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return { title: 'The question could not be sent.', detail: 'Edit it and try again.', retryable: true };
  }
  if (status !== undefined && status >= 500) {
    return { title: 'The server had a problem answering.', detail: 'Your question is kept; try again.', retryable: true };
  }
  if (looksOffline(error)) {
    return { title: 'You seem to be offline.', detail: 'Check your connection, then try again.', retryable: true };
  }
  return { title: 'The answer was interrupted.', detail: 'Your question is kept; try again.', retryable: true };
}
