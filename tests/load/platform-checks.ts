/**
 * Hardening of the HTTP surface against the real production server (issue 14 items 5, 7, 8, 9):
 * unsupported methods answer 405 JSON on every route with nothing in the log; the limiter keys by
 * the connecting address when no proxy is trusted; every API route is limited; HOSTNAME binds.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { readConfig } from '@/lib/config';
import { serverErrorLines, type RunningServer } from '@/scripts/lib/server';
import { chatBody } from './chat-client';
import { runCheck, type CheckResult } from './check';
import { isJsonError, rawRequest } from './raw-http';

const ROUTES = [
  '/',
  '/api/chat',
  '/api/search?q=cramps',
  '/api/passages/x',
  '/api/documents/x',
  '/api/share',
  '/api/share/AAAAAAAAAAAAAAAAAAAAAA',
  '/api/health',
  '/s/AAAAAAAAAAAAAAAAAAAAAA',
  '/documents/x',
];
const UNSUPPORTED = ['TRACE', 'TRACK', 'PROPFIND', 'QUERY'];

/** Every route, every unsupported method: 405 JSON, and the server log stays clean. */
export function unsupportedMethods(server: RunningServer): Promise<CheckResult> {
  return runCheck(`unsupported methods (${UNSUPPORTED.join(', ')}) on ${ROUTES.length} routes: 405 JSON`, async (check) => {
    const logFrom = server.output().length;
    for (const method of UNSUPPORTED) {
      for (const route of ROUTES) {
        const res = await rawRequest({ port: server.port, method, path: route });
        check.expect(res.status === 405 && isJsonError(res), `${method} ${route}: ${res.status} ${res.body.slice(0, 80)}`);
      }
    }
    const log = server.output().slice(logFrom);
    const lines = [...serverErrorLines(log), ...log.split('\n').filter((l) => /unsupported|TypeError/.test(l))];
    check.expect(lines.length === 0, `server log: ${lines.slice(0, 3).join(' | ')}`);
    check.figure('requests', UNSUPPORTED.length * ROUTES.length);
  });
}

const chatFrom = (server: RunningServer, localAddress: string, headers: Record<string, string> = {}) =>
  rawRequest({ port: server.port, method: 'POST', path: '/api/chat', body: chatBody('What causes leg cramps?'), localAddress, headers });

/**
 * TRUSTED_PROXY_HOPS=0: one client spending its burst (while rotating spoofed forwarding headers)
 * is refused; a client on another address is not.
 */
export function limiterKeysByConnectingAddress(server: RunningServer): Promise<CheckResult> {
  return runCheck('no trusted proxy: the limit is per connecting address, spoofed headers ignored', async (check) => {
    const burst = readConfig({ NODE_ENV: 'production' }).rateLimit.burst;
    let allowed = 0;
    let limited = 0;
    for (let i = 0; i < burst + 10; i++) {
      const res = await chatFrom(server, '127.0.0.2', {
        'x-forwarded-for': `203.0.113.${i % 250}`,
        'x-legwise-peer-address': `198.51.100.${i % 250}`,
        'x-real-ip': `192.0.2.${i % 250}`,
      });
      if (res.status === 200) allowed++;
      else if (res.status === 429 && Number(res.headers['retry-after']) >= 1) limited++;
      else check.expect(false, `unexpected ${res.status}: ${res.body.slice(0, 100)}`);
    }
    check.expect(allowed === burst, `127.0.0.2 got ${allowed} answers, expected exactly the burst of ${burst}`);
    check.expect(limited === 10, `127.0.0.2 got ${limited} 429s with Retry-After, expected 10`);
    const other = await chatFrom(server, '127.0.0.3');
    check.expect(other.status === 200, `another address was refused too (${other.status}): one client rate-limits everyone`);
    check.figure('allowed', allowed);
    check.figure('limited', limited);
  });
}

/** A flood of searches is refused once past the API burst; the same bucket covers every read route; health is exempt. */
export function everyApiRouteLimited(server: RunningServer): Promise<CheckResult> {
  return runCheck('every API route is rate-limited (search flood → 429), /api/health exempt', async (check) => {
    const burst = readConfig({ NODE_ENV: 'production' }).apiRateLimit.burst;
    const address = '127.0.0.4';
    let allowed = 0;
    for (let i = 0; i < burst + 5; i++) {
      const res = await rawRequest({ port: server.port, path: `/api/search?q=${encodeURIComponent(`crampss weaknes ${i}`)}`, localAddress: address });
      if (res.status === 200) allowed++;
      else check.expect(res.status === 429 && isJsonError(res) && Number(res.headers['retry-after']) >= 1, `search ${i}: ${res.status}`);
    }
    check.expect(allowed === burst, `${allowed} searches answered, expected the burst of ${burst}`);
    for (const route of ['/api/passages/x', '/api/documents/x', '/api/share/AAAAAAAAAAAAAAAAAAAAAA']) {
      const res = await rawRequest({ port: server.port, path: route, localAddress: address });
      check.expect(res.status === 429 && isJsonError(res), `${route} after the flood: ${res.status}, expected 429`);
    }
    const share = await rawRequest({ port: server.port, method: 'POST', path: '/api/share', body: '{}', localAddress: address });
    check.expect(share.status === 400, `POST /api/share has its own hourly limit, got ${share.status}`);
    const health = await rawRequest({ port: server.port, path: '/api/health', localAddress: address });
    check.expect(health.status === 200, `/api/health after the flood: ${health.status}`);
    check.figure('searches_allowed', allowed);
  });
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** `HOSTNAME=127.0.0.1 npm start` answers on 127.0.0.1 and refuses connections to 127.0.0.2. */
export function hostnameBinds(port: number, distDir: string): Promise<CheckResult> {
  return runCheck('HOSTNAME=127.0.0.1 npm start listens on that address only', async (check) => {
    const child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', NEXT_DIST_DIR: distDir, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
      detached: true,
    });
    try {
      const deadline = Date.now() + 60_000;
      let ready = false;
      while (!ready && Date.now() < deadline) {
        ready = (await rawRequest({ port, path: '/api/health', timeoutMs: 2_000 })).status === 200;
        if (!ready) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      check.expect(ready, 'npm start did not answer on 127.0.0.1');
      const elsewhere = await rawRequest({ host: '127.0.0.2', port, path: '/api/health', timeoutMs: 2_000 });
      check.expect(elsewhere.status === 0, `127.0.0.2:${port} answered ${elsewhere.status}: the server listens on every interface`);
      check.figure('other_address', elsewhere.error ?? String(elsewhere.status));
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
        await exited;
      }
    }
  });
}
