import { describe, expect, it } from 'vitest';
import { readJsonBody } from '@/lib/http/json-body';

const LIMITS = { maxBytes: 64, tooLarge: 'at most 64 bytes' };
const JSON_TYPE = { 'content-type': 'application/json' };

function post(body: BodyInit | null, headers: Record<string, string> = JSON_TYPE): Request {
  return new Request('http://127.0.0.1/api/thing', { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
}

/** A body that arrives in pieces and declares no length, as a chunked upload does. */
function streamed(pieces: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
}

describe('readJsonBody', () => {
  it('hands back the parsed JSON of a same-site JSON body within the cap', async () => {
    expect(await readJsonBody(post('{"a":[1,2]}'), LIMITS)).toEqual({ ok: true, value: { a: [1, 2] } });
    const pieces = [new TextEncoder().encode('{"a":'), new TextEncoder().encode('"b"}')];
    expect(await readJsonBody(post(streamed(pieces)), LIMITS)).toEqual({ ok: true, value: { a: 'b' } });
  });

  it.each([
    ['a declared length over the cap', post('{}', { ...JSON_TYPE, 'content-length': '65' }), 413, 'at most 64 bytes'],
    ['a chunked body that grows past the cap', post(streamed([new Uint8Array(40).fill(32), new Uint8Array(40).fill(32)])), 413, 'at most 64 bytes'],
    ['no JSON content type', post('{}', { 'content-type': 'text/plain' }), 415, expect.stringMatching(/JSON/)],
    ['another site’s page', post('{}', { ...JSON_TYPE, 'sec-fetch-site': 'cross-site' }), 403, expect.any(String)],
    ['a foreign Origin', post('{}', { ...JSON_TYPE, origin: 'https://elsewhere.example' }), 403, expect.any(String)],
    ['bytes that are not UTF-8', post(new Uint8Array([0x7b, 0xff, 0x7d])), 400, 'request body is not valid JSON'],
    ['text that is not JSON', post('{"a":'), 400, 'request body is not valid JSON'],
  ])('refuses %s', async (_name, request, status, error) => {
    expect(await readJsonBody(request, LIMITS)).toEqual({ ok: false, refusal: { status, error } });
  });
});
