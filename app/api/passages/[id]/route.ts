import { z } from 'zod';
import { getPassage } from '@/lib/search';
import { refuseIfLimited } from '@/lib/http/rate-limited';

export const runtime = 'nodejs';

// Passage ids are looked up in the index only, never used to build a path.
const idSchema = z.string().regex(/^[A-Za-z0-9_-]+$/).max(200);

type RouteContext = { params: Promise<{ id: string }> };

function json(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

/** GET /api/passages/:id — one passage with its exact offsets into the article source. */
export async function GET(request: Request, context: RouteContext): Promise<Response> {
  const limited = await refuseIfLimited(request, 'api');
  if (limited) return limited;
  const id = idSchema.safeParse((await context.params).id);
  if (!id.success) return json(400, { error: 'invalid passage id' });
  try {
    const p = await getPassage(id.data);
    if (!p) return json(404, { error: 'passage not found' });
    return json(200, { id: p.id, docId: p.docId, title: p.title, headings: p.headings, kind: p.kind, text: p.text, start: p.start, end: p.end });
  } catch (error) {
    console.error(`[api/passages] ${error instanceof Error ? error.message : String(error)}`);
    return json(500, { error: 'passages are unavailable' });
  }
}
