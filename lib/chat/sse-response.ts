import { JsonToSseTransformStream, UI_MESSAGE_STREAM_HEADERS, type UIMessageChunk } from 'ai';

const TEXT_DELTA_MARK = '"type":"text-delta"';

/**
 * Encodes SSE events to bytes, writing every event produced in the same event-loop turn as one
 * chunk. An offline answer is composed in a single turn and used to leave as ~20 separate writes,
 * each paying the server's per-chunk cost; a remote model's tokens arrive on separate turns and
 * still go out one by one. The first text goes out at once so time to first text does not wait
 * for the rest of the turn.
 */
export function coalescingSseEncoder(): TransformStream<string, Uint8Array> {
  const encoder = new TextEncoder();
  let pending: string[] = [];
  let scheduled: ReturnType<typeof setImmediate> | undefined;
  let sentText = false;
  let target: TransformStreamDefaultController<Uint8Array> | undefined;

  const flush = () => {
    scheduled = undefined;
    if (pending.length === 0 || !target) return;
    const text = pending.join('');
    pending = [];
    try {
      target.enqueue(encoder.encode(text));
    } catch {
      // The reader went away (client disconnected); there is nobody left to write to.
    }
  };

  return new TransformStream<string, Uint8Array>({
    start(controller) {
      target = controller;
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
      target = undefined;
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
