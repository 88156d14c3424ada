import { readJsonBody } from '@/lib/http/json-body';
import { jsonBody, jsonError, logRouteFailure } from '@/lib/http/responses';
import { refuseIfLimited } from '@/lib/http/rate-limited';
import { getSearchIndex } from '@/lib/search';
import { getShareStore } from './index';
import { createShareRequestSchema, deleteTokenSchema, MAX_SHARE_BODY_BYTES, shareIdSchema, type ShareSnapshot } from './schema';
import { ShareStoreUnavailableError, type ShareStore } from './store';
import { deleteTokenMatches, hashDeleteToken, newDeleteToken, newShareId } from './tokens';

/** Seconds a client is told to wait while the share store is unreachable. */
const STORE_RETRY_AFTER_SECONDS = 5;

function storeUnavailable(): Response {
  return jsonError(503, 'share links are unavailable right now; please try again shortly', {
    'retry-after': String(STORE_RETRY_AFTER_SECONDS),
  });
}

/** Runs a store operation; an unreachable store is a 503, anything else is logged without user data. */
async function withStore(operation: (store: ShareStore) => Promise<Response>): Promise<Response> {
  try {
    return await operation(getShareStore());
  } catch (error) {
    if (!(error instanceof ShareStoreUnavailableError)) {
      logRouteFailure('share', error);
    }
    return storeUnavailable();
  }
}

async function currentContentHash(): Promise<string> {
  return (await getSearchIndex()).corpusHash;
}

/** POST /api/share: stores the conversation, answers its id, path and delete token. */
export async function handleCreateShare(req: Request): Promise<Response> {
  const limited = await refuseIfLimited(req, 'share-create');
  if (limited) return limited;
  const body = await readJsonBody(req, { maxBytes: MAX_SHARE_BODY_BYTES, tooLarge: `a shared conversation is at most ${MAX_SHARE_BODY_BYTES} bytes` });
  if (!body.ok) return jsonError(body.refusal.status, body.refusal.error);
  const parsed = createShareRequestSchema.safeParse(body.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return jsonError(400, `invalid conversation${issue ? ` at ${issue.path.join('.') || 'body'}: ${issue.message}` : ''}`);
  }
  const deleteToken = newDeleteToken();
  return withStore(async (store) => {
    const snapshot: ShareSnapshot = {
      id: newShareId(),
      createdAt: new Date().toISOString(),
      contentHash: await currentContentHash(),
      messages: parsed.data.messages,
    };
    await store.put({ snapshot, deleteTokenHash: hashDeleteToken(deleteToken) });
    return jsonBody(201, { id: snapshot.id, url: `/s/${snapshot.id}`, deleteToken });
  });
}

/** GET /api/share/:id: the snapshot, and whether the articles changed since. */
export async function handleGetShare(req: Request, rawId: string): Promise<Response> {
  const limited = await refuseIfLimited(req, 'api');
  if (limited) return limited;
  const id = shareIdSchema.safeParse(rawId);
  if (!id.success) return jsonError(400, 'invalid share id');
  return withStore(async (store) => {
    const share = await store.get(id.data);
    if (!share) return jsonError(404, 'share link not found');
    const current = await currentContentHash();
    return jsonBody(200, { ...share.snapshot, currentContentHash: current, corpusChanged: current !== share.snapshot.contentHash });
  });
}

/** DELETE /api/share/:id with x-delete-token: removes the link for good. */
export async function handleDeleteShare(req: Request, rawId: string): Promise<Response> {
  const limited = await refuseIfLimited(req, 'api');
  if (limited) return limited;
  const id = shareIdSchema.safeParse(rawId);
  if (!id.success) return jsonError(400, 'invalid share id');
  const token = deleteTokenSchema.safeParse(req.headers.get('x-delete-token') ?? '');
  return withStore(async (store) => {
    const share = await store.get(id.data);
    if (!share) return jsonError(404, 'share link not found');
    if (!token.success || !deleteTokenMatches(token.data, share.deleteTokenHash)) {
      return jsonError(403, 'wrong or missing delete token');
    }
    await store.delete(id.data);
    return jsonBody(200, { deleted: true });
  });
}
