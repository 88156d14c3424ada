import type http from 'node:http';

/**
 * The header that carries the connecting socket's address to route handlers. Next 16 gives a
 * route handler no socket, and its own X-Forwarded-For keeps whatever the client sent, so the
 * address is stamped on the raw request before Next sees it (lib/http/node-hooks.ts); a
 * client-sent header of the same name is always overwritten.
 */
export const PEER_ADDRESS_HEADER = 'x-legwise-peer-address';

// Route handlers are bundled apart from instrumentation.ts: a global is what both can see.
const STAMPED = Symbol.for('legwise.peer-address-stamped');
type StampFlag = { [STAMPED]?: boolean };

export function stampPeerAddress(request: http.IncomingMessage): void {
  const address = request.socket.remoteAddress;
  if (address) request.headers[PEER_ADDRESS_HEADER] = address;
  else delete request.headers[PEER_ADDRESS_HEADER];
}

/** Called once every request of this process is stamped; until then the header is not trusted. */
export function markPeerAddressStamped(): void {
  (globalThis as StampFlag)[STAMPED] = true;
}

export function isPeerAddressStamped(): boolean {
  return (globalThis as StampFlag)[STAMPED] === true;
}

/** The stamped address, only when this process stamps it (else the header is client-supplied). */
export function peerAddress(headers: Headers): string | undefined {
  if (!isPeerAddressStamped()) return undefined;
  return headers.get(PEER_ADDRESS_HEADER) ?? undefined;
}
