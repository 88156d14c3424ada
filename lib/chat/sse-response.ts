import { JsonToSseTransformStream, UI_MESSAGE_STREAM_HEADERS, type UIMessageChunk } from 'ai';

const TEXT_DELTA_MARK = '"type":"text-delta"';

/**
 * An idle stream sends an SSE comment (which clients ignore) this often, so a proxy in front can
 * time out a silent upstream quickly without cutting a long answer: nginx's proxy_read_timeout
 * (deploy/nginx/legwise.conf.template) is a few of these intervals.
 */
const SSE_HEARTBEAT_MS = 1_000;
export const SSE_HEARTBEAT = ': keep-alive\n\n';

/**
 * Encodes SSE events to bytes, writing every event produced in the same event-loop turn as one
 * chunk. An offline answer is composed in a single turn and used to leave as ~20 separate writes,
 * each paying the server's per-chunk cost; a remote model's tokens arrive on separate turns and
 * still go out one by one. The first text goes out at once so time to first text does not wait
 * for the rest of the turn. When nothing has gone out for `heartbeatMs`, a comment line does.
 */
export function coalescingSseEncoder(heartbeatMs: number = SSE_HEARTBEAT_MS): TransformStream<string, Uint8Array> {
  const encoder = new TextEncoder();
  let pending: string[] = [];
  let scheduled: ReturnType<typeof setImmediate> | undefined;
  let heartbeat: ReturnType<typeof setTimeout> | undefined;
  let sentText = false;
  let target: TransformStreamDefaultController<Uint8Array> | undefined;

  const stop = () => {
    clearTimeout(heartbeat);
    target = undefined;
  };

  const send = (text: string) => {
    if (!target) return;
    try {
      target.enqueue(encoder.encode(text));
      heartbeat?.refresh();
    } catch {
      // The reader went away (client disconnected); there is nobody left to write to.
      stop();
    }
  };

  const flush = () => {
    scheduled = undefined;
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    send(text);
  };

  return new TransformStream<string, Uint8Array>({
    start(controller) {
      target = controller;
      heartbeat = setTimeout(() => send(SSE_HEARTBEAT), heartbeatMs);
      // A stream whose reader is gone must not keep the process alive.
      heartbeat.unref();
    },
    transform(event) {
      pending.push(event);
      if (!sentText && event.includes(TEXT_DELTA_MARK)) {
        sentText = true;
        if (scheduled) clearImmediate(scheduled);
        flush();
        return;
      }
      scheduled ??= setImmediate(flush);
    },
    flush() {
      if (scheduled) clearImmediate(scheduled);
      flush();
      stop();
    },
  });
}

/** `createUIMessageStreamResponse` with coalesced writes: same protocol, same headers. */
export function createUIMessageSseResponse<Chunk extends UIMessageChunk>(options: {
  stream: ReadableStream<Chunk>;
  headers?: Record<string, string>;
}): Response {
  const body = options.stream.pipeThrough(new JsonToSseTransformStream()).pipeThrough(coalescingSseEncoder());
  return new Response(body, { headers: { ...UI_MESSAGE_STREAM_HEADERS, ...options.headers } });
}
