import { peerAddress } from './peer-address';

/** The key requests share when nothing trustworthy names the client. */
export const UNATTRIBUTED_CLIENT = 'unattributed';
const MAX_KEY_CHARS = 100;

function forwardedClient(headers: Headers, trustedProxyHops: number): string | undefined {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length < trustedProxyHops) return undefined;
  return entries[entries.length - trustedProxyHops];
}

/**
 * The client a request is counted against.
 *
 * X-Forwarded-For / X-Real-IP are whatever the client sent unless a proxy we trust rewrote them:
 * keying on them as sent lets anyone mint a fresh bucket per request. So:
 * - `trustedProxyHops` 0 (the default, TRUSTED_PROXY_HOPS): no trusted proxy; forwarding headers
 *   are ignored and the client is the connecting address (stamped by instrumentation.ts). Without
 *   that stamp (a handler called in process) every request shares one unattributed bucket.
 * - `trustedProxyHops` n > 0: n proxies that each append the address they saw to
 *   X-Forwarded-For stand in front of the app. The outermost of them appended the client's
 *   address, which is the n-th entry from the right; everything left of it is client-supplied
 *   and ignored. A header with fewer entries did not come through the proxies and shares the
 *   unattributed bucket. X-Real-IP is never used: a proxy that only appends X-Forwarded-For
 *   passes a client's X-Real-IP through untouched.
 */
export function clientKey(headers: Headers, trustedProxyHops = 0): string {
  const client = trustedProxyHops > 0 ? forwardedClient(headers, trustedProxyHops) : peerAddress(headers);
  return client === undefined ? UNATTRIBUTED_CLIENT : `ip:${client.slice(0, MAX_KEY_CHARS)}`;
}
