import { answerFromIndex, lookupIdSchema, type IndexRoute } from '@/lib/http/index-route';
import { jsonBody } from '@/lib/http/responses';
import { refuseIfLimited } from '@/lib/http/rate-limited';
import { getPassage } from '@/lib/search';

export const runtime = 'nodejs';

type RouteContext = { params: Promise<{ id: string }> };

const route: IndexRoute = { name: 'passages', unavailable: 'passages are unavailable' };

/** GET /api/passages/:id — one passage with its exact offsets into the article source. */
export async function GET(request: Request, context: RouteContext): Promise<Response> {
  const limited = await refuseIfLimited(request, 'api');
  if (limited) return limited;
  const id = lookupIdSchema.safeParse((await context.params).id);
  if (!id.success) return jsonBody(400, { error: 'invalid passage id' });
  return answerFromIndex(route, async () => {
    const p = await getPassage(id.data);
    if (!p) return jsonBody(404, { error: 'passage not found' });
    return jsonBody(200, { id: p.id, docId: p.docId, title: p.title, headings: p.headings, kind: p.kind, text: p.text, start: p.start, end: p.end });
  });
}
