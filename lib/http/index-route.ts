import { z } from 'zod';
import { indexReadiness } from '@/lib/search';
import { jsonBody, logRouteFailure } from './responses';

/** Document and passage ids: looked up in the loaded index only, never used to build a path. */
export const lookupIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/)
  .max(200);

/** A read-only index route, named for its log lines and its 500 body. */
export type IndexRoute = { name: string; unavailable: string };

/**
 * What every read-only index route does once its parameters are checked: 503 with `Retry-After`
 * while the index is not ready, and a logged 500 JSON body (never a crash page) when the lookup
 * throws.
 */
export async function answerFromIndex(route: IndexRoute, respond: () => Promise<Response>): Promise<Response> {
  const readiness = await indexReadiness();
  if (!readiness.ready) return jsonBody(readiness.status, { error: readiness.error }, readiness.headers);
  try {
    return await respond();
  } catch (error) {
    logRouteFailure(route.name, error);
    return jsonBody(500, { error: route.unavailable });
  }
}
