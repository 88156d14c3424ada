import { z } from 'zod';
import { jsonBody } from '@/lib/http/responses';
import { getDocument, getPassage, indexReadiness } from '@/lib/search';
import { toArticleView, type DocumentResponse } from '../../../components/lib/article-view';
import { refuseIfLimited } from '@/lib/http/rate-limited';

export const runtime = 'nodejs';

// Ids are looked up in the loaded corpus only, never used to build a path.
const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/)
  .max(200);

type RouteContext = { params: Promise<{ id: string }> };

/**
 * GET /api/documents/:id[?passage=:passageId] — an article's blocks for the passage viewer, plus
 * the offsets of one of its passages when asked (null when it is not in this article).
 */
export async function GET(request: Request, context: RouteContext): Promise<Response> {
  const limited = await refuseIfLimited(request, 'api');
  if (limited) return limited;
  const id = idSchema.safeParse((await context.params).id);
  if (!id.success) return jsonBody(400, { error: 'invalid document id' });
  const passageParam = new URL(request.url).searchParams.get('passage');
  const passageId = passageParam === null ? undefined : idSchema.safeParse(passageParam);
  if (passageId && !passageId.success) return jsonBody(400, { error: 'invalid passage id' });

  const readiness = await indexReadiness();
  if (!readiness.ready) return jsonBody(readiness.status, { error: readiness.error }, readiness.headers);
  try {
    const doc = await getDocument(id.data);
    if (!doc) return jsonBody(404, { error: 'document not found' });
    const passage = passageId ? await getPassage(passageId.data) : undefined;
    const body: DocumentResponse = {
      document: toArticleView(doc),
      passage:
        passage && passage.docId === doc.id
          ? { id: passage.id, docId: passage.docId, headings: passage.headings, start: passage.start, end: passage.end }
          : null,
    };
    return jsonBody(200, body);
  } catch (error) {
    console.error(`[api/documents] ${error instanceof Error ? error.message : String(error)}`);
    return jsonBody(500, { error: 'documents are unavailable' });
  }
}
