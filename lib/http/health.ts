import { getConfig } from '@/lib/config';
import { searchIndexWithin } from '@/lib/search';
import { jsonBody, logRouteFailure } from './responses';

/** How long a health check waits for the index before saying this instance is not ready. */
export const HEALTH_INDEX_WAIT_MS = 1_000;

/**
 * GET /api/health: 200 once this instance's index is loaded (the first check starts the load),
 * 503 while it loads or when it cannot. A load balancer polls it; instances behind one balancer
 * must report the same contentHash.
 */
export async function handleHealth(): Promise<Response> {
  const instance = getConfig().instanceName;
  const retry = { 'retry-after': '1' };
  try {
    const opened = await searchIndexWithin(HEALTH_INDEX_WAIT_MS);
    if (!opened) return jsonBody(503, { ok: false, instance, error: 'the search index is loading' }, retry);
    return jsonBody(200, { ok: true, contentHash: opened.corpusHash, passages: opened.engine.index.passages.length, instance });
  } catch (error) {
    logRouteFailure('health', error);
    return jsonBody(503, { ok: false, instance, error: 'the search index is unavailable' }, retry);
  }
}
