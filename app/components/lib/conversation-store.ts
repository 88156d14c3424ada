import { z } from 'zod';
import { chatMetadataSchema } from '@/lib/chat/metadata';
import type { LegwiseUIMessage } from '@/lib/chat/types';

/**
 * Conversations live in localStorage only. Everything read back is parsed, because storage is
 * user-editable and may hold data from an older version of the app.
 */
const STORAGE_KEY = 'legwise:conversations:v1';
const DRAFT_KEY = 'legwise:draft:v1';
const ACTIVE_KEY = 'legwise:active:v1';
const MAX_CONVERSATIONS = 50;
/**
 * The most characters of one text part that are stored: the server caps an answer far below
 * this, so only a hostile or broken stream gets cut, and a huge one cannot fill the quota.
 */
export const MAX_STORED_TEXT_CHARS = 20_000;

const textPartSchema = z.object({
  type: z.literal('text'),
  text: z.string(),
  state: z.enum(['streaming', 'done']).optional(),
});
const sourceDocumentPartSchema = z.object({
  type: z.literal('source-document'),
  sourceId: z.string(),
  mediaType: z.string(),
  title: z.string(),
  filename: z.string().optional(),
});
const stepStartPartSchema = z.object({ type: z.literal('step-start') });
const storedPartSchema = z.discriminatedUnion('type', [textPartSchema, sourceDocumentPartSchema, stepStartPartSchema]);
const KEPT_PART_TYPES = new Set(['text', 'source-document', 'step-start']);

const storedMessageSchema = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant']),
  metadata: chatMetadataSchema.optional().catch(undefined),
  parts: z.array(storedPartSchema),
});

const conversationSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  messages: z.array(storedMessageSchema),
});
export type Conversation = {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  messages: LegwiseUIMessage[];
};

const looseArraySchema = z.array(z.unknown());
const looseMessageSchema = z.object({ parts: z.array(z.unknown()) }).loose();
const typedPartSchema = z.object({ type: z.string() }).loose();

/** Drops part types the app does not render (reasoning, tools...) before strict parsing. */
function keepKnownParts(raw: unknown): unknown {
  const conversation = z.object({ messages: looseArraySchema }).loose().safeParse(raw);
  if (!conversation.success) return raw;
  const messages = conversation.data.messages.map((message) => {
    const parsed = looseMessageSchema.safeParse(message);
    if (!parsed.success) return message;
    const parts = parsed.data.parts.filter((part) => {
      const typed = typedPartSchema.safeParse(part);
      return typed.success && KEPT_PART_TYPES.has(typed.data.type);
    });
    return { ...parsed.data, parts };
  });
  return { ...conversation.data, messages };
}

export function parseConversations(json: string | null): Conversation[] {
  if (!json) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  const list = looseArraySchema.safeParse(raw);
  if (!list.success) return [];
  const conversations: Conversation[] = [];
  for (const item of list.data) {
    const parsed = conversationSchema.safeParse(keepKnownParts(item));
    if (parsed.success) conversations.push(parsed.data);
  }
  return conversations.sort((a, b) => b.updatedAt - a.updatedAt);
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function loadConversations(): Conversation[] {
  return parseConversations(storage()?.getItem(STORAGE_KEY) ?? null);
}

/** What the last save had to give up to fit the browser's storage quota, for the UI to say. */
export type StorageNotice = { droppedConversations: number; saved: boolean };
let lastNotice: StorageNotice | undefined;

/** The notice from the last save that did not fit, once (undefined when everything fitted). */
export function takeStorageNotice(): StorageNotice | undefined {
  const notice = lastNotice;
  lastNotice = undefined;
  return notice;
}

/** The sentence the app shows for a notice. */
export function describeStorageNotice(notice: StorageNotice): string {
  if (!notice.saved) return 'Browser storage is full: this conversation could not be saved.';
  const n = notice.droppedConversations;
  return `Browser storage is full: the ${n === 1 ? 'oldest conversation was' : `${n} oldest conversations were`} removed to save this one.`;
}

function trySetItem(store: Storage, key: string, value: string): boolean {
  try {
    store.setItem(key, value);
    return true;
  } catch {
    // QuotaExceededError (or storage switched off): the caller decides what to give up.
    return false;
  }
}

/**
 * Writes the newest conversations that fit. A full storage drops the oldest conversations, one
 * more each try, down to the newest alone; if even that does not fit nothing is written. Never
 * throws: a full storage must not take the app down. Returns what is stored now.
 */
function writeConversations(conversations: Conversation[]): Conversation[] {
  const store = storage();
  if (!store) return conversations;
  const kept = [...conversations].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, MAX_CONVERSATIONS);
  for (let count = kept.length; count >= 1; count = count > 8 ? count - Math.ceil(count / 4) : count - 1) {
    if (trySetItem(store, STORAGE_KEY, JSON.stringify(kept.slice(0, count)))) {
      if (count < kept.length) lastNotice = { droppedConversations: kept.length - count, saved: true };
      return kept.slice(0, count);
    }
  }
  if (kept.length === 0) {
    store.removeItem(STORAGE_KEY);
    return [];
  }
  lastNotice = { droppedConversations: 0, saved: false };
  return loadConversations();
}

export function titleFor(messages: LegwiseUIMessage[]): string {
  const firstUser = messages.find((m) => m.role === 'user');
  const text = firstUser?.parts.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join(' ') ?? '';
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length === 0) return 'New conversation';
  return clean.length > 60 ? `${clean.slice(0, 57).trimEnd()}…` : clean;
}

/** Only finished parts are stored, so a reload never shows a half-streamed part as final. */
function storableMessages(messages: LegwiseUIMessage[]): LegwiseUIMessage[] {
  return messages
    .filter((m) => m.role === 'user' || m.role === 'assistant')
    .map((m) => ({
      ...m,
      parts: m.parts
        .filter((p) => KEPT_PART_TYPES.has(p.type))
        .map((p) => (p.type === 'text' ? { type: 'text' as const, text: p.text.slice(0, MAX_STORED_TEXT_CHARS) } : p)),
    }));
}

/** Saves (or removes, when empty) one conversation and returns the new list. */
export function saveConversation(id: string, messages: LegwiseUIMessage[], now = Date.now()): Conversation[] {
  const all = loadConversations();
  const existing = all.find((c) => c.id === id);
  const others = all.filter((c) => c.id !== id);
  if (messages.length === 0) return writeConversations(others);
  const conversation: Conversation = {
    id,
    title: titleFor(messages),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    messages: storableMessages(messages),
  };
  return writeConversations([conversation, ...others]);
}

export function deleteConversation(id: string): Conversation[] {
  return writeConversations(loadConversations().filter((c) => c.id !== id));
}

export function loadDraft(): string {
  return storage()?.getItem(DRAFT_KEY) ?? '';
}

export function saveDraft(text: string): void {
  const store = storage();
  if (!store) return;
  try {
    if (text.length === 0) store.removeItem(DRAFT_KEY);
    else store.setItem(DRAFT_KEY, text);
  } catch {
    // A full storage must not break typing.
  }
}

export function newConversationId(): string {
  return `c_${crypto.randomUUID()}`;
}

/** The conversation last worked on, so "Back to the chat" from an article returns to it. */
export function saveActiveConversationId(id: string | null): void {
  const store = storage();
  if (!store) return;
  try {
    if (id === null) store.removeItem(ACTIVE_KEY);
    else store.setItem(ACTIVE_KEY, id);
  } catch {
    // Not worth failing over.
  }
}

export function loadActiveConversationId(): string | null {
  const id = storage()?.getItem(ACTIVE_KEY) ?? null;
  return id !== null && /^[A-Za-z0-9_-]{1,100}$/.test(id) ? id : null;
}
