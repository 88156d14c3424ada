import { describe, expect, it } from 'vitest';
import http from 'node:http';
import { clientKey, UNATTRIBUTED_CLIENT } from '@/lib/rate-limit';
import { installNodeRequestHooks } from '@/lib/http/node-hooks';
import { PEER_ADDRESS_HEADER } from '@/lib/rate-limit/peer-address';
import { testConfig } from '../helpers/config';

describe('clientKey', () => {
  it('ignores forwarding headers when no trusted proxy is configured (the default)', () => {
    const spoofed = [
      new Headers({ 'x-forwarded-for': '203.0.113.7' }),
      new Headers({ 'x-forwarded-for': '198.51.100.9, 10.0.0.1' }),
      new Headers({ 'x-real-ip': '198.51.100.2' }),
      new Headers(),
    ];
    expect(new Set(spoofed.map((h) => clientKey(h)))).toEqual(new Set([UNATTRIBUTED_CLIENT]));
    expect(clientKey(new Headers({ 'x-forwarded-for': '203.0.113.7' }), 0)).toBe(UNATTRIBUTED_CLIENT);
  });

  it('takes the entry the outermost trusted proxy appended: the n-th from the right', () => {
    const headers = new Headers({ 'x-forwarded-for': ' 6.6.6.6 , 203.0.113.7, 10.0.0.1' });
    expect(clientKey(headers, 1)).toBe('ip:10.0.0.1');
    expect(clientKey(headers, 2)).toBe('ip:203.0.113.7');
    // What the client wrote to the left of the proxies' entries never becomes the key.
    const rotated = ['1.1.1.1', '2.2.2.2, 3.3.3.3', 'x'].map((spoof) => clientKey(new Headers({ 'x-forwarded-for': `${spoof}, 203.0.113.7` }), 1));
    expect(new Set(rotated)).toEqual(new Set(['ip:203.0.113.7']));
  });

  it('shares one bucket for requests that did not pass through every trusted proxy', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': '203.0.113.7' }), 2)).toBe(UNATTRIBUTED_CLIENT);
    expect(clientKey(new Headers({ 'x-real-ip': '198.51.100.2' }), 1)).toBe(UNATTRIBUTED_CLIENT);
    expect(clientKey(new Headers(), 1)).toBe(UNATTRIBUTED_CLIENT);
  });

  it('bounds the key length', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': 'a'.repeat(5000) }), 1).length).toBeLessThanOrEqual(110);
  });

  it('reads TRUSTED_PROXY_HOPS from the environment, 0 by default', () => {
    expect(testConfig({}).trustedProxyHops).toBe(0);
    expect(testConfig({ TRUSTED_PROXY_HOPS: '2' }).trustedProxyHops).toBe(2);
    expect(() => testConfig({ TRUSTED_PROXY_HOPS: '-1' })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

/** Serves one request on a real loopback socket and reports the key its headers give. */
async function keyOverSocket(sentHeaders: Record<string, string>, hops: number): Promise<string> {
  const server = http.createServer((req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    res.end(clientKey(headers, hops));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers: sentHeaders });
    return await res.text();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('the connecting address (no trusted proxy)', () => {
  it('is not trusted from a header before the server stamps it', () => {
    expect(clientKey(new Headers({ [PEER_ADDRESS_HEADER]: '203.0.113.9' }))).toBe(UNATTRIBUTED_CLIENT);
  });

  it('keys by the socket address once stamped, overwriting a client-sent header and ignoring X-Forwarded-For', async () => {
    installNodeRequestHooks();
    expect(await keyOverSocket({}, 0)).toBe('ip:127.0.0.1');
    expect(await keyOverSocket({ [PEER_ADDRESS_HEADER]: '203.0.113.9', 'x-forwarded-for': '198.51.100.1' }, 0)).toBe('ip:127.0.0.1');
    // With a trusted proxy the forwarded entry still decides, as before.
    expect(await keyOverSocket({ 'x-forwarded-for': '198.51.100.1' }, 1)).toBe('ip:198.51.100.1');
  });
});
