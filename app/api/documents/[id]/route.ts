import { answerFromIndex, lookupIdSchema, type IndexRoute } from '@/lib/http/index-route';
import { jsonBody } from '@/lib/http/responses';
import { refuseIfLimited } from '@/lib/http/rate-limited';
import { getDocument, getPassage } from '@/lib/search';
import { toArticleView, type DocumentResponse } from '../../../components/lib/article-view';

export const runtime = 'nodejs';

type RouteContext = { params: Promise<{ id: string }> };

const route: IndexRoute = { name: 'documents', unavailable: 'documents are unavailable' };

/**
 * GET /api/documents/:id[?passage=:passageId] — an article's blocks for the passage viewer, plus
 * the offsets of one of its passages when asked (null when it is not in this article).
 */
export async function GET(request: Request, context: RouteContext): Promise<Response> {
  const limited = await refuseIfLimited(request, 'api');
  if (limited) return limited;
  const id = lookupIdSchema.safeParse((await context.params).id);
  if (!id.success) return jsonBody(400, { error: 'invalid document id' });
  const passageParam = new URL(request.url).searchParams.get('passage');
  const passageId = passageParam === null ? undefined : lookupIdSchema.safeParse(passageParam);
  if (passageId && !passageId.success) return jsonBody(400, { error: 'invalid passage id' });

  return answerFromIndex(route, async () => {
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
  });
}
