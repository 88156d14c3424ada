import { documentResponseSchema, type DocumentResponse } from '../lib/article-view';

const cache = new Map<string, Promise<DocumentResponse>>();

async function load(url: string): Promise<DocumentResponse> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`The article could not be loaded (${response.status}).`);
  const parsed = documentResponseSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error('The article came back in an unexpected shape.');
  return parsed.data;
}

/** Fetches an article (and the offsets of one of its passages), sharing repeated requests. */
export function fetchDocument(docId: string, passageId?: string): Promise<DocumentResponse> {
  const params = passageId ? `?passage=${encodeURIComponent(passageId)}` : '';
  const url = `/api/documents/${encodeURIComponent(docId)}${params}`;
  let pending = cache.get(url);
  if (!pending) {
    pending = load(url);
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
  }
  return pending;
}
