import { describe, expect, it } from 'vitest';
import { crossSiteRefusal, jsonContentTypeRefusal, postRefusalResponse } from '@/lib/http/post-checks';

function post(headers: Record<string, string>, url = 'http://127.0.0.1:3150/api/chat'): Request {
  return new Request(url, { method: 'POST', headers, body: '{}' });
}

describe('jsonContentTypeRefusal', () => {
  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON', 'application/vnd.api+json'])('allows %s', (type) => {
    expect(jsonContentTypeRefusal(new Headers({ 'content-type': type }))).toBeUndefined();
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', 'text/json'])(
    'refuses %s with 415',
    (type) => {
      expect(jsonContentTypeRefusal(new Headers({ 'content-type': type }))?.status).toBe(415);
    },
  );

  it('refuses a missing content type (what a no-cors fetch of a Blob sends)', () => {
    expect(jsonContentTypeRefusal(new Headers())?.status).toBe(415);
  });
});

describe('crossSiteRefusal', () => {
  it('allows clients that send neither Sec-Fetch-Site nor Origin (curl, load tools)', () => {
    expect(crossSiteRefusal(post({}))).toBeUndefined();
  });

  it('allows this origin and a typed address', () => {
    expect(crossSiteRefusal(post({ 'sec-fetch-site': 'same-origin', origin: 'http://127.0.0.1:3150' }))).toBeUndefined();
    expect(crossSiteRefusal(post({ 'sec-fetch-site': 'none' }))).toBeUndefined();
  });

  it('allows the public host a proxy forwarded', () => {
    const req = post({ origin: 'https://legwise.example', 'x-forwarded-host': 'legwise.example' });
    expect(crossSiteRefusal(req)).toBeUndefined();
  });

  it.each<Record<string, string>>([
    { 'sec-fetch-site': 'cross-site' },
    { 'sec-fetch-site': 'same-site' },
    { origin: 'https://evil.example' },
    { origin: 'http://127.0.0.1:3151' },
    { origin: 'null' },
    { origin: 'file://' },
    { 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' },
  ])('refuses %o with 403', (headers) => {
    expect(crossSiteRefusal(post(headers))?.status).toBe(403);
  });
});

describe('postRefusalResponse', () => {
  it('answers a refused post with a JSON error and no caching', async () => {
    const res = postRefusalResponse(post({ origin: 'https://evil.example', 'content-type': 'application/json' }));
    expect(res?.status).toBe(403);
    expect(res?.headers.get('cache-control')).toBe('no-store');
    expect(await res?.json()).toEqual({ error: expect.stringContaining('another origin') });
  });

  it('checks the origin before the content type', () => {
    expect(postRefusalResponse(post({ 'sec-fetch-site': 'cross-site' }))?.status).toBe(403);
    expect(postRefusalResponse(post({}))?.status).toBe(415);
    expect(postRefusalResponse(post({ 'content-type': 'application/json' }))).toBeUndefined();
  });
});
