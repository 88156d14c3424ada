/**
 * Requests through node:http, for what fetch cannot do: methods it refuses (TRACE, TRACK) and a
 * chosen source address (127.0.0.x), so a test can play several clients on one machine.
 */
import http from 'node:http';

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string; error?: string };

export type RawRequest = {
  host?: string;
  port: number;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The client's address: any 127.0.0.0/8 address works on Linux loopback. */
  localAddress?: string;
  timeoutMs?: number;
};

export function rawRequest(options: RawRequest): Promise<RawResponse> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: options.host ?? '127.0.0.1',
        port: options.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers:
          options.body === undefined
            ? options.headers
            : { 'content-type': 'application/json', ...options.headers, 'content-length': String(Buffer.byteLength(options.body)) },
        localAddress: options.localAddress,
        timeout: options.timeoutMs ?? 30_000,
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on('error', (error) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, error: error.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (error) => resolve({ status: 0, headers: {}, body: '', error: error.message }));
    req.end(options.body);
  });
}

/** Whether a JSON body is `{ error: string }`. */
export function isJsonError(res: RawResponse): boolean {
  if (!/application\/json/.test(String(res.headers['content-type'] ?? ''))) return false;
  try {
    const parsed: unknown = JSON.parse(res.body);
    return typeof parsed === 'object' && parsed !== null && 'error' in parsed && typeof parsed.error === 'string';
  } catch {
    return false;
  }
}
