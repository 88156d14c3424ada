import { z } from 'zod';
import { jsonBody } from '@/lib/http/responses';
import { getPassage, indexReadiness } from '@/lib/search';
import { refuseIfLimited } from '@/lib/http/rate-limited';

export const runtime = 'nodejs';

// Passage ids are looked up in the index only, never used to build a path.
const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/)
  .max(200);

type RouteContext = { params: Promise<{ id: string }> };

/** GET /api/passages/:id — one passage with its exact offsets into the article source. */
export async function GET(request: Request, context: RouteContext): Promise<Response> {
  const limited = await refuseIfLimited(request, 'api');
  if (limited) return limited;
  const id = idSchema.safeParse((await context.params).id);
  if (!id.success) return jsonBody(400, { error: 'invalid passage id' });
  const readiness = await indexReadiness();
  if (!readiness.ready) return jsonBody(readiness.status, { error: readiness.error }, readiness.headers);
  try {
    const p = await getPassage(id.data);
    if (!p) return jsonBody(404, { error: 'passage not found' });
    return jsonBody(200, { id: p.id, docId: p.docId, title: p.title, headings: p.headings, kind: p.kind, text: p.text, start: p.start, end: p.end });
  } catch (error) {
    console.error(`[api/passages] ${error instanceof Error ? error.message : String(error)}`);
    return jsonBody(500, { error: 'passages are unavailable' });
  }
}
