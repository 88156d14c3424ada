import http from 'node:http';
import { Duplex } from 'node:stream';
import { isPeerAddressStamped, markPeerAddressStamped, stampPeerAddress } from '@/lib/rate-limit/peer-address';

/**
 * Methods a route here can answer. Next builds a WHATWG Request for every request, and that
 * constructor throws on TRACE, TRACK and CONNECT, so those reached Next as a 500 with a stack
 * trace in the log; anything else unknown got an empty 400. They are answered here instead.
 * (CONNECT never arrives as a request: Node closes the socket, as no 'connect' listener exists.)
 */
export const SUPPORTED_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);

const METHOD_NOT_ALLOWED_BODY = JSON.stringify({ error: 'method not allowed' });

function refuseMethod(response: http.ServerResponse): void {
  response.writeHead(405, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    allow: [...SUPPORTED_METHODS].join(', '),
    'content-length': Buffer.byteLength(METHOD_NOT_ALLOWED_BODY),
  });
  response.end(METHOD_NOT_ALLOWED_BODY);
}

/** A method Node's parser does not know (TRACK, …) arrives as a client error, answered 400 by default. */
function isUnknownMethodError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'HPE_INVALID_METHOD';
}

function refuseUnknownMethod(socket: Duplex): void {
  if (!socket.writable) return void socket.destroy();
  socket.end(
    `HTTP/1.1 405 Method Not Allowed\r\ncontent-type: application/json\r\ncache-control: no-store\r\ncontent-length: ${Buffer.byteLength(METHOD_NOT_ALLOWED_BODY)}\r\nconnection: close\r\n\r\n${METHOD_NOT_ALLOWED_BODY}`,
  );
}

type Emit = (this: http.Server, event: string, ...args: unknown[]) => boolean;

/**
 * Hooks every HTTP server of this process, before Next sees a request: unsupported methods get a
 * 405 JSON answer, and the connecting address is stamped for the rate limiter. Idempotent.
 */
export function installNodeRequestHooks(): void {
  if (isPeerAddressStamped()) return;
  const emit: Emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithHooks(this: http.Server, event: string, ...args: unknown[]) {
    const [request, second] = args;
    if (event === 'request' && request instanceof http.IncomingMessage && second instanceof http.ServerResponse) {
      if (!SUPPORTED_METHODS.has(request.method ?? '')) {
        refuseMethod(second);
        return true;
      }
      stampPeerAddress(request);
    }
    if (event === 'clientError' && isUnknownMethodError(request) && second instanceof Duplex) {
      refuseUnknownMethod(second);
      return true;
    }
    return emit.call(this, event, ...args);
  };
  markPeerAddressStamped();
}
