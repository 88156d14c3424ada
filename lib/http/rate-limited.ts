import { getConfig } from '@/lib/config';
import { getRateLimiter, takeForRequest, type LimitName } from '@/lib/rate-limit';
import { tooManyRequests } from './responses';

/** The 429 to send when the request's client is over the named limit, else undefined. */
export async function refuseIfLimited(req: Request, name: LimitName): Promise<Response | undefined> {
  const config = getConfig();
  const decision = await takeForRequest(req, getRateLimiter(name, config), config);
  return decision.allowed ? undefined : tooManyRequests(decision);
}
