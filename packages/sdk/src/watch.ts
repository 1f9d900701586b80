import { isApiError } from './errors.js';
import { sleep } from './sleep.js';
import { parseEventStream } from './sse.js';
import type { CallInput, Route, Transport } from './transport.js';

/** One server-sent event: its id (for resuming) and its JSON payload. */
export interface StreamedEvent<T> {
  id: string;
  data: T;
}

export interface WatchOptions {
  signal?: AbortSignal;
  /** Resume after this event id (as from a previous watch); by default the stream starts from the beginning. */
  lastEventId?: string;
  /** Delay before reconnecting after the stream drops, in ms (default 1 000, doubling to 30 000). */
  reconnectDelay?: number;
  /** Interval of the polling fallback used when the stream cannot be opened, in ms (default 15 000). */
  pollInterval?: number;
}

export interface EventSource<T> {
  /** The event stream: an endpoint answering `text/event-stream`. */
  stream: Route;
  /** The same events as JSON pages (`?after=<id>`), for when streaming is impossible (proxies, old gateways). */
  poll: Route;
  params: CallInput['params'];
  /** Stops the watch after this event (a final status, say). */
  isLast?: (event: T) => boolean;
}

/**
 * Follows an event stream across disconnects: reconnects with `Last-Event-ID`, falls back to polling when the
 * stream cannot be opened, and never yields an event twice or skips one (ids are increasing integers).
 */
export async function* followEvents<T>(
  transport: Transport,
  source: EventSource<T>,
  options: WatchOptions = {},
): AsyncGenerator<StreamedEvent<T>> {
  const { signal } = options;
  let lastId = options.lastEventId;
  let delay = options.reconnectDelay ?? 1000;
  const seen = (id: string) => lastId !== undefined && Number(id) <= Number(lastId);

  while (!signal?.aborted) {
    let response: Response | undefined;
    try {
      response = await transport.send(source.stream, {
        params: source.params,
        signal,
        headers: { Accept: 'text/event-stream', ...(lastId ? { 'Last-Event-ID': lastId } : {}) },
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      // A stream endpoint that answers with a problem (or not at all) gets the polling fallback for a while.
      if (!isApiError(error) || error.status >= 400) {
        for await (const event of pollOnce<T>(transport, source, lastId, signal)) {
          if (seen(event.id)) continue;
          lastId = event.id;
          yield event;
          if (source.isLast?.(event.data)) return;
        }
        await sleep(options.pollInterval ?? 15_000, signal);
        continue;
      }
      throw error;
    }
    try {
      const events = response.body?.pipeThrough(new TextDecoderStream()).pipeThrough(parseEventStream());
      if (!events) continue;
      for await (const message of events) {
        if (!message.id || seen(message.id)) continue;
        lastId = message.id;
        delay = options.reconnectDelay ?? 1000;
        const event = { id: message.id, data: JSON.parse(message.data) as T };
        yield event;
        if (source.isLast?.(event.data)) return;
      }
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      // The connection dropped mid-stream: reconnect from the last event we delivered.
    }
    await sleep(delay, signal);
    delay = Math.min(delay * 2, 30_000);
  }
}

async function* pollOnce<T>(
  transport: Transport,
  source: EventSource<T>,
  after: string | undefined,
  signal: AbortSignal | undefined,
): AsyncGenerator<StreamedEvent<T>> {
  const page = await transport.json<{ items: { id: string; data: T }[] }>(source.poll, {
    params: source.params,
    query: after ? { after } : {},
    headers: { Accept: 'application/json' },
    signal,
  });
  yield* page.items;
}
