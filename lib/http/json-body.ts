/**
 * The one way a POST route reads its JSON body: a declared size over the cap is refused before
 * reading, the post checks (JSON type, same site: post-checks.ts) run next, the body is read up
 * to the cap and no further, and only strict UTF-8 JSON gets through. What the JSON must contain
 * is each route's own schema.
 */
import { postRefusal } from './post-checks';

export type BodyRefusal = { status: 400 | 403 | 413 | 415; error: string };
export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; refusal: BodyRefusal };

/** Reads at most `maxBytes` of the body; undefined means it was larger. */
async function readCapped(req: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The request's JSON body, or why it was refused; `tooLarge` is the route's 413 message. */
export async function readJsonBody(req: Request, limits: { maxBytes: number; tooLarge: string }): Promise<JsonBodyResult> {
  const refuse = (status: BodyRefusal['status'], error: string): JsonBodyResult => ({ ok: false, refusal: { status, error } });
  const declared = Number(req.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > limits.maxBytes) return refuse(413, limits.tooLarge);
  const refused = postRefusal(req);
  if (refused) return refuse(refused.status, refused.error);
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readCapped(req, limits.maxBytes);
  } catch {
    return refuse(400, 'request body could not be read');
  }
  if (bytes === undefined) return refuse(413, limits.tooLarge);
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return refuse(400, 'request body is not valid JSON');
  }
}
