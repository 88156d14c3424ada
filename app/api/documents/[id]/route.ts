import { z } from 'zod';
import { getDocument, getPassage } from '@/lib/search';
import { toArticleView, type DocumentResponse } from '../../../components/lib/article-view';
import { refuseIfLimited } from '@/lib/http/rate-limited';

export const runtime = 'nodejs';

// Ids are looked up in the loaded corpus only, never used to build a path.
const idSchema = z.string().regex(/^[A-Za-z0-9_-]+$/).max(200);

type RouteContext = { params: Promise<{ id: string }> };

function json(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

/**
 * GET /api/documents/:id[?passage=:passageId] — an article's blocks for the passage viewer, plus
 * the offsets of one of its passages when asked (null when it is not in this article).
 */
export async function GET(request: Request, context: RouteContext): Promise<Response> {
  const limited = await refuseIfLimited(request, 'api');
  if (limited) return limited;
  const id = idSchema.safeParse((await context.params).id);
  if (!id.success) return json(400, { error: 'invalid document id' });
  const passageParam = new URL(request.url).searchParams.get('passage');
  const passageId = passageParam === null ? undefined : idSchema.safeParse(passageParam);
  if (passageId && !passageId.success) return json(400, { error: 'invalid passage id' });

  try {
    const doc = await getDocument(id.data);
    if (!doc) return json(404, { error: 'document not found' });
    const passage = passageId ? await getPassage(passageId.data) : undefined;
    const body: DocumentResponse = {
      document: toArticleView(doc),
      passage:
        passage && passage.docId === doc.id
          ? { id: passage.id, docId: passage.docId, headings: passage.headings, start: passage.start, end: passage.end }
          : null,
    };
    return json(200, body);
  } catch (error) {
    console.error(`[api/documents] ${error instanceof Error ? error.message : String(error)}`);
    return json(500, { error: 'documents are unavailable' });
  }
}
