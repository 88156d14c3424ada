import type { RateDecision } from '@/lib/rate-limit';

export function jsonError(status: number, error: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

export function jsonBody(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

/** 405 naming the methods the route does answer. */
export function methodNotAllowed(allowed: readonly string[]): Response {
  return jsonError(405, `method not allowed; use ${allowed.join(' or ')}`, { allow: allowed.join(', ') });
}

/** Logs a route's unexpected failure by its message only: no request data reaches the log. */
export function logRouteFailure(route: string, error: unknown): void {
  console.error(`[api/${route}] ${error instanceof Error ? error.message : String(error)}`);
}

export function tooManyRequests(decision: Extract<RateDecision, { allowed: false }>): Response {
  return jsonError(429, 'too many requests; please wait a moment', { 'retry-after': String(decision.retryAfterSeconds) });
}
