import { getConfig, type AppConfig } from '@/lib/config';
import { indexReadiness } from '@/lib/search';
import { answerTurn, failedTurnStream } from './answer-turn';
import { jsonError, methodNotAllowed as methodNotAllowedFor, tooManyRequests } from '@/lib/http/responses';
import { clientKey, createRateLimiter, limitWindows, UNATTRIBUTED_CLIENT, type RateLimiter } from '@/lib/rate-limit';
import { readChatRequest } from './request';
import { createUIMessageSseResponse } from './sse-response';
import type { SelectedModel } from './models';

export type ChatHandlerOptions = {
  /** Read lazily from the environment when absent. */
  config?: AppConfig;
  rateLimiter?: RateLimiter;
  /** Overrides the configured model (tests). */
  model?: SelectedModel;
  /** Lines appended to the model's system instructions (e.g. a canary in tests). */
  extraInstructions?: readonly string[];
};

export function methodNotAllowed(): Response {
  return methodNotAllowedFor(['POST']);
}

/** The POST /api/chat handler: rate limit, read and validate the body, stream the answer. */
export function createChatHandler(options: ChatHandlerOptions = {}): (req: Request) => Promise<Response> {
  let limiter = options.rateLimiter;
  return async function handleChat(req: Request): Promise<Response> {
    try {
      const config = options.config ?? getConfig();
      // One limiter per handler: the app makes one; tests make theirs with their own limits.
      limiter ??= createRateLimiter(limitWindows(config).chat, config);
      const client = clientKey(req.headers, config.trustedProxyHops);
      const decision = await limiter.take(client);
      if (!decision.allowed) return tooManyRequests(decision);
      const parsed = await readChatRequest(req);
      if (!parsed.ok) return jsonError(parsed.failure.status, parsed.failure.error);
      // A model-written answer still needs passages: no index (building, empty corpus) is a 503.
      const readiness = await indexReadiness();
      if (!readiness.ready) return jsonError(readiness.status, readiness.error, readiness.headers);
      const stream = answerTurn({
        messages: parsed.request.messages,
        signal: req.signal,
        config,
        model: options.model,
        extraInstructions: options.extraInstructions,
        // An unattributed key is everyone's: no private cache entries under it.
        clientKey: client === UNATTRIBUTED_CLIENT ? undefined : client,
      });
      return createUIMessageSseResponse({ stream, headers: { 'cache-control': 'no-store' } });
    } catch (error) {
      // Anything unexpected (e.g. a bad environment) still gets a well-formed, apologetic answer.
      console.error('[chat] request failed', error);
      return createUIMessageSseResponse({ stream: failedTurnStream(), headers: { 'cache-control': 'no-store' } });
    }
  };
}
