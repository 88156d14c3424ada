/**
 * A real HTTP server on 127.0.0.1 that speaks the OpenAI Chat Completions streaming protocol
 * (`POST /v1/chat/completions`, SSE `data: {...}` chunks, `data: [DONE]`) with scripted replies
 * and failure modes, so the chat route can be tested against a real network client.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeReply =
  /** Streams `chunks` as content deltas, then finish_reason "stop" and [DONE]. */
  | { kind: 'text'; chunks: string[]; delayMs?: number }
  /** Answers with this HTTP status and an OpenAI-style error body. */
  | { kind: 'status'; status: number }
  /** Accepts the request and never answers. */
  | { kind: 'hang' }
  /** Streams the first chunks, then destroys the socket mid-stream. */
  | { kind: 'cut'; chunks: string[] }
  /** Streams the first chunks, then goes silent with the connection open. */
  | { kind: 'stall'; chunks: string[] }
  /** Streams a chunk, then a line that is not JSON. */
  | { kind: 'malformed'; chunks: string[] }
  /** Streams `chunk` over and over as fast as the client reads, up to `totalChars` (a flooding upstream). */
  | { kind: 'flood'; chunk: string; totalChars: number };

export type RecordedRequest = { path: string; headers: IncomingMessage['headers']; body: unknown };

export type FakeOpenAIServer = {
  /** e.g. http://127.0.0.1:PORT/v1, the value for OPENAI_BASE_URL. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Number of requests whose connection the client closed before the reply finished. */
  readonly clientDisconnects: number;
  setReply(reply: FakeReply): void;
  /** Resolves once `clientDisconnects` has reached `count`. */
  waitForDisconnects(count: number): Promise<void>;
  close(): Promise<void>;
};

const MODEL = 'fake-model';

function chunkJson(delta: Record<string, unknown>, finishReason: string | null = null): string {
  return JSON.stringify({
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: MODEL,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  });
}

// Responses the server itself cut off: their close is not a client disconnect.
const cutByServer = new WeakSet<ServerResponse>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startSse(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.flushHeaders();
}

function send(res: ServerResponse, data: string): void {
  res.write(`data: ${data}\n\n`);
}

async function streamChunks(res: ServerResponse, chunks: string[], delayMs = 0): Promise<void> {
  send(res, chunkJson({ role: 'assistant', content: '' }));
  for (const chunk of chunks) {
    if (res.destroyed) return;
    send(res, chunkJson({ content: chunk }));
    if (delayMs > 0) await sleep(delayMs);
  }
}

/** Writes content chunks until `totalChars` or the client hangs up, waiting whenever the socket is full. */
async function flood(res: ServerResponse, chunk: string, totalChars: number): Promise<void> {
  send(res, chunkJson({ role: 'assistant', content: '' }));
  const event = `data: ${chunkJson({ content: chunk })}\n\n`;
  for (let sent = 0; sent < totalChars && !res.destroyed; sent += chunk.length) {
    if (!res.write(event)) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
  }
}

async function reply(res: ServerResponse, script: FakeReply): Promise<void> {
  switch (script.kind) {
    case 'status': {
      const body = { error: { message: `scripted ${script.status}`, type: 'fake_error', code: String(script.status) } };
      res.writeHead(script.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
      return;
    }
    case 'hang':
      return;
    case 'text':
      startSse(res);
      await streamChunks(res, script.chunks, script.delayMs);
      if (res.destroyed) return;
      send(res, chunkJson({}, 'stop'));
      send(res, '[DONE]');
      res.end();
      return;
    case 'cut':
      startSse(res);
      await streamChunks(res, script.chunks);
      await sleep(20);
      cutByServer.add(res);
      res.socket?.destroy();
      return;
    case 'stall':
      startSse(res);
      await streamChunks(res, script.chunks);
      return;
    case 'flood':
      startSse(res);
      await flood(res, script.chunk, script.totalChars);
      if (res.destroyed) return;
      send(res, chunkJson({}, 'stop'));
      send(res, '[DONE]');
      res.end();
      return;
    case 'malformed':
      startSse(res);
      await streamChunks(res, script.chunks);
      res.write('data: {"id": "chatcmpl-fake", "choices": [ this is not json\n\n');
      send(res, '[DONE]');
      res.end();
      return;
  }
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function startFakeOpenAIServer(initial: FakeReply = { kind: 'text', chunks: ['Hello.'] }): Promise<FakeOpenAIServer> {
  let script = initial;
  let disconnects = 0;
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();

  const onDisconnect = () => {
    disconnects += 1;
    for (const waiter of waiters.filter((w) => w.count <= disconnects)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      requests.push({ path: req.url ?? '', headers: req.headers, body });
      res.on('close', () => {
        if (!res.writableFinished && !cutByServer.has(res)) onDisconnect();
      });
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      await reply(res, script);
    })();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    get clientDisconnects() {
      return disconnects;
    },
    setReply(next) {
      script = next;
    },
    waitForDisconnects(count) {
      if (disconnects >= count) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push({ count, resolve }));
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export const FAKE_MODEL = MODEL;
