import { z } from 'zod';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import { createShareResponseSchema, deleteShareResponseSchema, shareErrorSchema, type CreateShareResponse } from '@/lib/share/schema';

/**
 * Share links of this browser's conversations. The delete token is the only way to remove a link,
 * so it is kept in localStorage next to the conversation id, parsed on every read.
 */
const SHARES_KEY = 'legwise:shares:v1';
const storedSharesSchema = z.record(z.string(), createShareResponseSchema);

const SHARED_PART_TYPES = new Set(['text', 'source-document', 'step-start']);

function readAll(): Record<string, CreateShareResponse> {
  try {
    const parsed = storedSharesSchema.safeParse(JSON.parse(window.localStorage.getItem(SHARES_KEY) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function writeAll(shares: Record<string, CreateShareResponse>): void {
  try {
    window.localStorage.setItem(SHARES_KEY, JSON.stringify(shares));
  } catch {
    // Storage full or blocked: the link still works, it just cannot be deleted from here later.
  }
}

export function loadShare(conversationId: string): CreateShareResponse | undefined {
  return readAll()[conversationId];
}

function saveShare(conversationId: string, share: CreateShareResponse | undefined): void {
  const all = readAll();
  if (share) all[conversationId] = share;
  else delete all[conversationId];
  writeAll(all);
}

async function errorMessage(response: Response, fallback: string): Promise<string> {
  const body = shareErrorSchema.safeParse(await response.json().catch(() => null));
  return body.success ? body.data.error : fallback;
}

/** Only the parts a snapshot may hold; the server refuses anything else. */
function shareableMessages(messages: LegwiseUIMessage[]) {
  return messages.map((m) => ({
    id: m.id,
    role: m.role,
    parts: m.parts.filter((part) => SHARED_PART_TYPES.has(part.type)),
    ...(m.metadata ? { metadata: m.metadata } : {}),
  }));
}

export async function createShare(conversationId: string, messages: LegwiseUIMessage[]): Promise<CreateShareResponse> {
  const response = await fetch('/api/share', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: shareableMessages(messages) }),
  });
  if (!response.ok) throw new Error(await errorMessage(response, `The link could not be made (HTTP ${response.status}).`));
  const share = createShareResponseSchema.parse(await response.json());
  saveShare(conversationId, share);
  return share;
}

export async function deleteShare(conversationId: string, share: CreateShareResponse): Promise<void> {
  const response = await fetch(`/api/share/${encodeURIComponent(share.id)}`, {
    method: 'DELETE',
    headers: { 'x-delete-token': share.deleteToken },
  });
  // Already gone is as good as deleted.
  if (response.status !== 404) {
    if (!response.ok) throw new Error(await errorMessage(response, `The link could not be deleted (HTTP ${response.status}).`));
    deleteShareResponseSchema.parse(await response.json());
  }
  saveShare(conversationId, undefined);
}

export function absoluteShareUrl(share: CreateShareResponse): string {
  return new URL(share.url, window.location.origin).toString();
}
