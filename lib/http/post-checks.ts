/**
 * Checks every POST route makes before it reads a body, so a page on another origin cannot make a
 * visitor's browser post to this server:
 *
 * - the body must be declared JSON: browsers send `application/json` cross-site only after a CORS
 *   preflight (which this server never answers), while a form, a `no-cors` fetch or a beacon can
 *   send text/plain, form data or no content type at all without one;
 * - `Sec-Fetch-Site` (sent by every current browser) must be `same-origin` or `none`;
 * - an `Origin` header, when present, must name this server's own host.
 *
 * Clients that are not browsers (curl, the load tools) send neither header and stay allowed.
 */
import { jsonError } from './responses';

export type PostRefusal = { status: 403 | 415; error: string };

const JSON_TYPE = /^application\/([\w.+-]*\+)?json\s*(?:;|$)/i;
/** `none`: the user typed or bookmarked the address; `same-origin`: this app's own page. */
const ALLOWED_FETCH_SITES = new Set(['same-origin', 'none']);

/** A refusal unless the request declares a JSON body (a missing type is refused too). */
export function jsonContentTypeRefusal(headers: Headers): PostRefusal | undefined {
  const type = headers.get('content-type');
  if (type !== null && JSON_TYPE.test(type.trim())) return undefined;
  return { status: 415, error: 'request body must be JSON (content-type: application/json)' };
}

/** The hosts this request was addressed to: its URL's host, and Host / X-Forwarded-Host. */
function ownHosts(req: Request): Set<string> {
  const hosts = new Set<string>();
  try {
    hosts.add(new URL(req.url).host.toLowerCase());
  } catch {
    // A request always has an absolute URL; nothing to add otherwise.
  }
  for (const name of ['host', 'x-forwarded-host']) {
    for (const value of (req.headers.get(name) ?? '').split(',')) {
      const host = value.trim().toLowerCase();
      if (host !== '') hosts.add(host);
    }
  }
  return hosts;
}

function originHost(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** A refusal when the request comes from another site's page. */
export function crossSiteRefusal(req: Request): PostRefusal | undefined {
  const site = req.headers.get('sec-fetch-site');
  if (site !== null && !ALLOWED_FETCH_SITES.has(site.trim().toLowerCase())) {
    return { status: 403, error: 'cross-site requests are not allowed' };
  }
  const origin = req.headers.get('origin');
  if (origin === null) return undefined;
  // "null" (a sandboxed frame, a file: page) and every other origin than ours are foreign.
  const host = originHost(origin.trim());
  if (host === undefined || !ownHosts(req).has(host)) {
    return { status: 403, error: 'requests from another origin are not allowed' };
  }
  return undefined;
}

/** Every check a POST route makes before reading its body; undefined means go ahead. */
export function postRefusal(req: Request): PostRefusal | undefined {
  return crossSiteRefusal(req) ?? jsonContentTypeRefusal(req.headers);
}

/** The refusal as the 4xx JSON response routes send. */
export function postRefusalResponse(req: Request): Response | undefined {
  const refusal = postRefusal(req);
  if (!refusal) return undefined;
  return jsonError(refusal.status, refusal.error);
}
