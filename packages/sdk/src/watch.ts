import { isApiError, isValidationError } from './errors.js';
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
  /**
   * The event stream: an endpoint answering `text/event-stream`, and the same events as one JSON page
   * (`{ items: [{ id, data }] }`) to `Accept: application/json` with `?after=<id>`, for when streaming is
   * impossible (proxies, old gateways).
   */
  stream: Route;
  params: CallInput['params'];
  /** Stops the watch after this event (a final status, say). */
  isLast?: (event: T) => boolean;
}

/** How long the polling fallback is used before the stream is tried again, in ms. */
const POLL_SPELL = 60_000;

/** Errors a later attempt cannot cure: the caller's (4xx but timeouts, rate limits, 406) or the contract's. */
const isFinal = (error: unknown) =>
  isValidationError(error) ||
  error instanceof SyntaxError ||
  (isApiError(error) && error.status < 500 && ![406, 408, 429].includes(error.status));

/**
 * Follows an event stream across disconnects: reconnects with `Last-Event-ID`, falls back to polling when the
 * stream cannot be opened, and never yields an event twice or skips one (ids are increasing integers).
 */
export async function* followEvents<T>(
  transport: Transport,
  source: EventSource<T>,
  options: WatchOptions = {},
): AsyncGenerator<StreamedEvent<T>> {
  const { signal, reconnectDelay = 1000, pollInterval = 15_000 } = options;
  const { stream, params } = source;
  let lastId = options.lastEventId;
  let delay = reconnectDelay;
  let pollUntil = 0;

  for (;;) {
    const polling = Date.now() < pollUntil;
    let found = false;
    try {
      let events: AsyncIterable<{ id?: string; data: unknown }> | { id?: string; data: unknown }[];
      if (polling) {
        const response = await transport.send(stream, {
          params,
          query: lastId ? { after: lastId } : {},
          headers: { Accept: 'application/json' },
          signal,
        });
        events = ((await response.json()) as { items: StreamedEvent<unknown>[] }).items;
      } else {
        try {
          const response = await transport.send(stream, {
            params,
            signal,
            headers: { Accept: 'text/event-stream', ...(lastId ? { 'Last-Event-ID': lastId } : {}) },
          });
          events = (response.body as ReadableStream<BufferSource>)
            .pipeThrough(new TextDecoderStream())
            .pipeThrough(parseEventStream());
        } catch (error) {
          if (signal?.aborted || isFinal(error)) throw error;
          // The stream cannot be opened here: poll for a while, starting now.
          pollUntil = Date.now() + POLL_SPELL;
          continue;
        }
      }
      for await (const event of events) {
        if (!event.id || (lastId !== undefined && Number(event.id) <= Number(lastId))) continue;
        const data = transport.parse<T>(
          stream.id,
          typeof event.data === 'string' ? JSON.parse(event.data) : event.data,
        );
        lastId = event.id;
        found = true;
        delay = reconnectDelay;
        yield { id: event.id, data };
        if (source.isLast?.(data)) return;
      }
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      // A dropped stream or a failed poll is retried; a refusal is not.
      if (isFinal(error)) throw error;
    }
    if (polling) {
      // A page with events may have more behind it: ask again at once.
      if (!found) await sleep(pollInterval, signal);
    } else {
      await sleep(delay, signal);
      delay = Math.min(delay * 2, 30_000);
    }
  }
}
