/**
 * Malformed, oversized and hostile requests for the share routes (POST /api/share,
 * GET/DELETE /api/share/:id), as a table. Every one must get a 4xx JSON `{ error }` with the
 * status the share contract fixes; none may reach the store.
 */
import { MAX_SHARE_BODY_BYTES, MAX_SHARED_MESSAGES } from '@/lib/share/schema';

export type ShareRoute = 'create' | 'read' | 'delete';

export type HostileShareCase = {
  name: string;
  route: ShareRoute;
  /** The raw id segment, as the router hands it to the handler. */
  id?: string;
  request: () => Request;
  status: number;
};

const BASE = 'http://127.0.0.1:3000/api/share';
const JSON_TYPE = { 'content-type': 'application/json' };

const userMessage = { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'What causes leg cramps?' }] };

function create(body: BodyInit | null, headers: Record<string, string> = JSON_TYPE): Request {
  return new Request(BASE, { method: 'POST', headers, body });
}

const createJson = (value: unknown) => create(JSON.stringify(value));
const withMessages = (messages: unknown) => createJson({ messages });
const withPart = (part: unknown) => withMessages([{ ...userMessage, parts: [part] }]);

const createCases: HostileShareCase[] = [
  {
    name: 'body over 256 KB',
    route: 'create',
    status: 413,
    request: () => withMessages([{ ...userMessage, parts: [{ type: 'text', text: 'x'.repeat(MAX_SHARE_BODY_BYTES) }] }]),
  },
  {
    name: 'declared length over the cap',
    route: 'create',
    status: 413,
    request: () => new Request(BASE, { method: 'POST', headers: { ...JSON_TYPE, 'content-length': String(10 * MAX_SHARE_BODY_BYTES) }, body: '{}' }),
  },
  { name: 'not JSON', route: 'create', status: 400, request: () => create('{"messages": [') },
  { name: 'invalid UTF-8', route: 'create', status: 400, request: () => create(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])) },
  {
    name: 'text/plain body',
    route: 'create',
    status: 415,
    request: () => create(JSON.stringify({ messages: [userMessage] }), { 'content-type': 'text/plain' }),
  },
  { name: 'no content type', route: 'create', status: 415, request: () => create(JSON.stringify({ messages: [userMessage] }), {}) },
  { name: 'form body', route: 'create', status: 415, request: () => create('messages=1', { 'content-type': 'application/x-www-form-urlencoded' }) },
  { name: 'empty body', route: 'create', status: 400, request: () => create('') },
  { name: 'null body', route: 'create', status: 400, request: () => createJson(null) },
  { name: 'array body', route: 'create', status: 400, request: () => createJson([userMessage]) },
  { name: 'no messages', route: 'create', status: 400, request: () => createJson({}) },
  { name: 'empty conversation', route: 'create', status: 400, request: () => withMessages([]) },
  {
    name: 'too many messages',
    route: 'create',
    status: 400,
    request: () => withMessages(Array.from({ length: MAX_SHARED_MESSAGES + 1 }, (_, i) => ({ ...userMessage, id: `u${i}` }))),
  },
  { name: 'system role', route: 'create', status: 400, request: () => withMessages([{ ...userMessage, role: 'system' }]) },
  {
    name: 'tool part',
    route: 'create',
    status: 400,
    request: () => withPart({ type: 'tool-search', toolCallId: 'x', state: 'output-available', input: {}, output: {} }),
  },
  {
    name: 'file part',
    route: 'create',
    status: 400,
    request: () => withPart({ type: 'file', mediaType: 'text/html', url: 'data:text/html,<script>alert(1)</script>' }),
  },
  { name: 'source-url part', route: 'create', status: 400, request: () => withPart({ type: 'source-url', sourceId: 's', url: 'javascript:alert(1)' }) },
  { name: 'text part that is not text', route: 'create', status: 400, request: () => withPart({ type: 'text', text: { toString: 1 } }) },
  {
    name: 'metadata of the wrong shape',
    route: 'create',
    status: 400,
    request: () => withMessages([{ id: 'a1', role: 'assistant', parts: [], metadata: { citations: 'all of them' } }]),
  },
  {
    name: 'citation with a negative offset',
    route: 'create',
    status: 400,
    request: () =>
      withMessages([
        {
          id: 'a1',
          role: 'assistant',
          parts: [],
          metadata: { citations: [{ n: 1, passageId: 'p', docId: 'd', title: 't', headings: [], quote: 'q', start: -5, end: 1 }] },
        },
      ]),
  },
  { name: 'message id of 10 KB', route: 'create', status: 400, request: () => withMessages([{ ...userMessage, id: 'i'.repeat(10_000) }]) },
];

const VALID_UNKNOWN_ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const read = (id: string) => ({ route: 'read' as const, id, request: () => new Request(`${BASE}/${encodeURIComponent(id)}`) });

const readCases: HostileShareCase[] = [
  { name: 'unknown id', status: 404, ...read(VALID_UNKNOWN_ID) },
  { name: 'id too short', status: 400, ...read('abc') },
  { name: 'id too long', status: 400, ...read(`${VALID_UNKNOWN_ID}A`) },
  { name: 'traversal id', status: 400, ...read('../../../../etc/passwd') },
  { name: 'encoded traversal id', status: 400, ...read('%2e%2e%2f%2e%2e%2fshares.sqlite') },
  { name: 'id of 22 characters with a dot', status: 400, ...read('AAAAAAAAAAAAAAAAAAAA..') },
  { name: 'id with a NUL', status: 400, ...read('AAAAAAAAAAAAAAAAAAAAA\u0000') },
  { name: 'Redis key pattern as id', status: 400, ...read('legwise:share:*AAAAAAAA') },
  { name: 'full-width id', status: 400, ...read('ＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡ') },
];

const remove = (id: string, token?: string) => ({
  route: 'delete' as const,
  id,
  request: () => new Request(`${BASE}/${encodeURIComponent(id)}`, { method: 'DELETE', headers: token === undefined ? {} : { 'x-delete-token': token } }),
});

const deleteCases: HostileShareCase[] = [
  { name: 'delete an unknown id', status: 404, ...remove(VALID_UNKNOWN_ID, 'A'.repeat(43)) },
  { name: 'delete a traversal id', status: 400, ...remove('..%2F..%2Fshares', 'A'.repeat(43)) },
];

export const HOSTILE_SHARE_CASES: HostileShareCase[] = [...createCases, ...readCases, ...deleteCases];

/** Tokens tried against a real link: none may delete it. */
export const WRONG_DELETE_TOKENS: Array<string | undefined> = [undefined, '', 'A'.repeat(43), 'short', `${'A'.repeat(43)}A`, ' '.repeat(43)];
