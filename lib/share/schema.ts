import { z } from 'zod';
import { chatMetadataSchema } from '@/lib/chat/metadata';

/** Bytes of a create request's body, and so about the most a snapshot holds. */
export const MAX_SHARE_BODY_BYTES = 256 * 1024;
export const MAX_SHARED_MESSAGES = 200;
const MAX_PARTS_PER_MESSAGE = 64;

/** 16 random bytes as base64url: 22 characters, 128 bits. */
export const shareIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'a share id is 22 base64url characters');
/** 32 random bytes as base64url: 43 characters. */
export const deleteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a delete token is 43 base64url characters');

const shortString = z.string().max(500);

const sharedPartSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().max(100_000), state: z.enum(['streaming', 'done']).optional() }),
  z.object({
    type: z.literal('source-document'),
    sourceId: shortString,
    mediaType: shortString,
    title: z.string().max(2000),
    filename: shortString.optional(),
  }),
  z.object({ type: z.literal('step-start') }),
]);

/** One message as the client holds it; unknown fields are stripped, so nothing else is stored. */
export const sharedMessageSchema = z.object({
  id: shortString,
  role: z.enum(['user', 'assistant']),
  parts: z.array(sharedPartSchema).max(MAX_PARTS_PER_MESSAGE),
  metadata: chatMetadataSchema.optional(),
});
export type SharedMessage = z.infer<typeof sharedMessageSchema>;

export const createShareRequestSchema = z.object({
  messages: z.array(sharedMessageSchema).min(1).max(MAX_SHARED_MESSAGES),
});

/** What the store keeps for a link: the conversation plus when and against which index. */
export const shareSnapshotSchema = z.object({
  id: shareIdSchema,
  createdAt: z.iso.datetime(),
  contentHash: z.string().max(200),
  messages: z.array(sharedMessageSchema).min(1).max(MAX_SHARED_MESSAGES),
});
export type ShareSnapshot = z.infer<typeof shareSnapshotSchema>;

export const createShareResponseSchema = z.object({
  id: shareIdSchema,
  url: z.string().regex(/^\/s\/[A-Za-z0-9_-]{22}$/),
  deleteToken: deleteTokenSchema,
});
export type CreateShareResponse = z.infer<typeof createShareResponseSchema>;

export const getShareResponseSchema = shareSnapshotSchema.extend({
  currentContentHash: z.string(),
  /** The articles changed since the link was made: quotes show what they said then. */
  corpusChanged: z.boolean(),
});

export const deleteShareResponseSchema = z.object({ deleted: z.literal(true) });

export const shareErrorSchema = z.object({ error: z.string() });
