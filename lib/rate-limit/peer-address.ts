import http from 'node:http';

/**
 * The header that carries the connecting socket's address to route handlers. Next 16 gives a
 * route handler no socket, and its own X-Forwarded-For keeps whatever the client sent, so the
 * address is stamped here, on the raw request, before Next sees it; a client-sent header of the
 * same name is always overwritten.
 */
export const PEER_ADDRESS_HEADER = 'x-legwise-peer-address';

// Route handlers are bundled apart from instrumentation.ts: a global is what both can see.
const STAMPED = Symbol.for('legwise.peer-address-stamped');
type StampFlag = { [STAMPED]?: boolean };

function stamp(request: http.IncomingMessage): void {
  const address = request.socket.remoteAddress;
  if (address) request.headers[PEER_ADDRESS_HEADER] = address;
  else delete request.headers[PEER_ADDRESS_HEADER];
}

/** Makes every HTTP server in this process stamp the peer address on its requests (idempotent). */
export function installPeerAddressStamp(): void {
  const flag = globalThis as StampFlag;
  if (flag[STAMPED]) return;
  const emit: (this: http.Server, event: string, ...args: unknown[]) => boolean = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeerAddress(this: http.Server, event: string, ...args: unknown[]) {
    const request = args[0];
    if (event === 'request' && request instanceof http.IncomingMessage) stamp(request);
    return emit.call(this, event, ...args);
  };
  flag[STAMPED] = true;
}

/** The stamped address, only when this process stamps it (else the header is client-supplied). */
export function peerAddress(headers: Headers): string | undefined {
  if (!(globalThis as StampFlag)[STAMPED]) return undefined;
  return headers.get(PEER_ADDRESS_HEADER) ?? undefined;
}
