import { z } from 'zod';
import { readJsonBody, type BodyRefusal } from '@/lib/http/json-body';
import { threadSubjectSchema } from '@/lib/question';
import type { LegwiseUIMessage } from './types';

export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_QUESTION_CHARS = 4000;
/** Earlier answers are our own output echoed back; they are cut, never a reason to refuse. */
export const MAX_ASSISTANT_TEXT_CHARS = 4000;
/** Only the recent turns matter for follow-ups; older ones are dropped, not refused. */
export const MAX_HISTORY_MESSAGES = 12;
const MAX_PARTS_PER_MESSAGE = 64;
const MAX_MESSAGES = 1000;

export type ChatRequest = {
  id?: string;
  trigger?: string;
  messageId?: string;
  messages: LegwiseUIMessage[];
};
export type ParseResult = { ok: true; request: ChatRequest } | { ok: false; failure: BodyRefusal };

// Lone surrogates break JSON re-encoding downstream; control characters have no place in a question.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function sanitizeText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL_CHARS, '');
}

const shortString = z.string().max(500);

const textPartSchema = z.object({
  type: z.literal('text'),
  text: z.string().max(100_000),
  state: z.enum(['streaming', 'done']).optional(),
});
const reasoningPartSchema = z.object({ type: z.literal('reasoning'), text: z.string().max(100_000) });
const stepStartPartSchema = z.object({ type: z.literal('step-start') });
const sourceDocumentPartSchema = z.object({
  type: z.literal('source-document'),
  sourceId: shortString,
  mediaType: shortString,
  title: z.string().max(2000),
  filename: shortString.optional(),
});
const sourceUrlPartSchema = z.object({
  type: z.literal('source-url'),
  sourceId: shortString,
  url: z.string().max(4000),
  title: z.string().max(2000).optional(),
});

/** The part types this app's messages can hold; anything else is a malformed request. */
const partSchema = z.discriminatedUnion('type', [textPartSchema, reasoningPartSchema, stepStartPartSchema, sourceDocumentPartSchema, sourceUrlPartSchema]);

const messageSchema = z.object({
  id: shortString,
  role: z.enum(['system', 'user', 'assistant']),
  parts: z.array(partSchema).max(MAX_PARTS_PER_MESSAGE),
  // Client-held metadata is ours from earlier turns; only what follow-ups read is kept (carriedMetadata).
  metadata: z.unknown().optional(),
});

/** The body `useChat` sends; unknown top-level fields (from `body:` options) pass through. */
export const chatRequestSchema = z.looseObject({
  id: shortString.optional(),
  trigger: z.string().max(100).optional(),
  messageId: shortString.optional(),
  messages: z.array(messageSchema).min(1).max(MAX_MESSAGES),
});

type RawMessage = z.infer<typeof messageSchema>;
type RawPart = z.infer<typeof partSchema>;

const fail = (status: BodyRefusal['status'], error: string): ParseResult => ({ ok: false, failure: { status, error } });

function textLength(message: RawMessage): number {
  return message.parts.reduce((sum, p) => sum + (p.type === 'text' ? p.text.length : 0), 0);
}

function cleanPart(part: RawPart, maxChars: number): RawPart {
  if (part.type !== 'text' && part.type !== 'reasoning') return part;
  return { ...part, text: sanitizeText(part.text).slice(0, maxChars) };
}

/**
 * Of an earlier answer's metadata, what the next turn reads: the standalone query it answered and
 * what it was about (worked out when it was answered, so follow-ups need not re-derive them).
 * Anything else, or anything malformed, is dropped: it never makes a request fail.
 */
const carriedMetadataSchema = z.object({
  query: z.string().max(MAX_QUESTION_CHARS).optional(),
  subject: threadSubjectSchema.optional(),
});

function carriedMetadata(metadata: unknown): LegwiseUIMessage['metadata'] {
  const parsed = carriedMetadataSchema.safeParse(metadata);
  if (!parsed.success || parsed.data.query === undefined) return undefined;
  const query = sanitizeText(parsed.data.query);
  return parsed.data.subject ? { query, subject: parsed.data.subject } : { query };
}

function toUIMessage(message: RawMessage): LegwiseUIMessage {
  const role = message.role === 'user' ? 'user' : 'assistant';
  const maxChars = role === 'user' ? MAX_QUESTION_CHARS : MAX_ASSISTANT_TEXT_CHARS;
  const parts = message.parts.map((p) => cleanPart(p, maxChars));
  const metadata = role === 'assistant' ? carriedMetadata(message.metadata) : undefined;
  return metadata ? { id: message.id, role, parts, metadata } : { id: message.id, role, parts };
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request body';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'body';
  return `invalid request body at ${where}: ${issue.message}`;
}

/** Validates a parsed JSON body and reduces it to what the answer engine may see. */
export function parseChatRequest(body: unknown): ParseResult {
  const parsed = chatRequestSchema.safeParse(body);
  if (!parsed.success) return fail(400, describeIssue(parsed.error));
  // Client system messages are dropped: instructions come from the server only.
  const conversation = parsed.data.messages.filter((m) => m.role !== 'system');
  const tooLong = conversation.find((m) => m.role === 'user' && textLength(m) > MAX_QUESTION_CHARS);
  if (tooLong) return fail(413, `a message is longer than ${MAX_QUESTION_CHARS} characters`);
  // The turn answers the last user message; anything after it is stale.
  const lastUserIndex = conversation.findLastIndex((m) => m.role === 'user');
  if (lastUserIndex === -1) return fail(400, 'the conversation has no user message');
  const recent = conversation
    .slice(0, lastUserIndex + 1)
    .slice(-MAX_HISTORY_MESSAGES)
    .map(toUIMessage);
  const lastUser = recent.at(-1);
  if (!lastUser) return fail(400, 'the conversation has no user message');
  const question = lastUser.parts.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join('');
  if (question.trim() === '') return fail(400, 'the last user message has no text');
  const { id, trigger, messageId } = parsed.data;
  return { ok: true, request: { id, trigger, messageId, messages: recent } };
}

/** Reads, size-checks, JSON-parses and validates a chat request. */
export async function readChatRequest(req: Request): Promise<ParseResult> {
  const body = await readJsonBody(req, { maxBytes: MAX_BODY_BYTES, tooLarge: `request body is larger than ${MAX_BODY_BYTES} bytes` });
  return body.ok ? parseChatRequest(body.value) : { ok: false, failure: body.refusal };
}
