import { z } from 'zod';
import { answerFromIndex, type IndexRoute } from '@/lib/http/index-route';
import { jsonBody } from '@/lib/http/responses';
import { searchPassages } from '@/lib/search';
import { refuseIfLimited } from '@/lib/http/rate-limited';

export const runtime = 'nodejs';

const MAX_QUERY_CHARS = 1999;

const route: IndexRoute = { name: 'search', unavailable: 'search is unavailable' };

const searchParamsSchema = z.object({
  q: z
    .string({ error: 'q is required' })
    .max(MAX_QUERY_CHARS, `q must be shorter than ${MAX_QUERY_CHARS + 1} characters`)
    .refine((q) => q.trim().length > 0, 'q must not be empty'),
  k: z
    .string()
    .regex(/^\d{1,2}$/, 'k must be an integer from 1 to 20')
    .transform(Number)
    .refine((k) => k >= 1 && k <= 20, 'k must be an integer from 1 to 20')
    .optional(),
});

/** GET /api/search?q=...&k=5 — the passages retrieval would hand to the answer engine. */
export async function GET(request: Request): Promise<Response> {
  const limited = await refuseIfLimited(request, 'api');
  if (limited) return limited;
  const params = new URL(request.url).searchParams;
  const parsed = searchParamsSchema.safeParse({ q: params.get('q') ?? undefined, k: params.get('k') ?? undefined });
  if (!parsed.success) return jsonBody(400, { error: parsed.error.issues.map((i) => i.message).join('; ') });
  const query = parsed.data.q.trim();
  return answerFromIndex(route, async () => {
    const hits = await searchPassages(query, { k: parsed.data.k ?? 5 });
    return jsonBody(200, {
      query,
      passages: hits.map((h) => ({
        id: h.id,
        docId: h.docId,
        title: h.title,
        headings: h.headings,
        kind: h.kind,
        text: h.text,
        start: h.start,
        end: h.end,
        score: h.score,
      })),
    });
  });
}
