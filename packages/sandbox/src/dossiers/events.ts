/**
 * Dossier events as server-sent events (`/dossiers/{ref}/events`, `/agencies/{code}/events`), read from the
 * outbox. A stream first replays what came after `Last-Event-ID` (or `?after=`), then follows the in-process
 * `EventBus`: each notification makes it read the outbox again from the last id it sent, so replay and live
 * delivery are one code path and an event is never sent twice or skipped in id order. Idle streams get a
 * `: keep-alive` comment every 15 s; a disconnecting client ends the stream (subscription and timer released).
 *
 * A client asking `Accept: application/json` (without `text/event-stream`) gets one JSON page of the events
 * after `?after=` instead — `{ items: [{ id, data }], nextCursor: null }` — the SDK's polling fallback.
 *
 * Known limit: on PostgreSQL ids are taken at insert, so an event committed after one with a higher id (two
 * racing transactions) can be missed by a stream that already moved past its id.
 */
import {
  type DossierEvent,
  DossierEventSchema,
  EVENT_STREAM_HEARTBEAT_SECONDS,
  EventStreamHeadersSchema,
} from '@motcua/contract';
import { type Locale, validate } from '@motcua/core';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import * as z from 'zod/mini';
import { fromJson } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import type { EventBus } from '../events/outbox.js';
import { ProblemError } from '../http/problem.js';
import { sayIn, says } from './messages.js';

/** How many outbox rows one read takes. */
const BATCH = 100;
const EVENT_ID = /^\d{1,15}$/;

/** Which events a stream carries. */
export type StreamFilter = { readonly dossierCode: string } | { readonly agencyCode: string };

/** One read of the outbox: the dossier events found, and the id to continue after. */
export interface EventBatch {
  readonly events: DossierEvent[];
  readonly lastId: number;
  /** More rows may follow (the batch was full). */
  readonly more: boolean;
}

/**
 * Reads the events of a stream after an id. An agency's stream carries the events filed under it (those of
 * the dossiers it processes) and the events of the dossiers it received or returns the result of. Outbox rows
 * that are not dossier events are skipped (the position still moves past them).
 */
export async function readStream(
  db: Kysely<Database>,
  filter: StreamFilter,
  afterId: number,
): Promise<EventBatch> {
  const firstAfter = <O>(select: SelectQueryBuilder<Database, 'events', O>) =>
    select.where('id', '>', afterId).orderBy('id').limit(BATCH);
  let query = firstAfter(db.selectFrom('events').selectAll());
  if ('dossierCode' in filter) query = query.where('dossier_code', '=', filter.dossierCode);
  else {
    const { agencyCode } = filter;
    // One `or` over the agency's own events and its dossiers' follows no index in id order: the database walked
    // the outbox from `afterId`, testing every row. Each part is an index range instead (the agency's events;
    // the events of each dossier it received or returns the result of), and the batch is the first of their
    // union.
    const part = (events: SelectQueryBuilder<Database, 'events', { id: number }>) =>
      db.selectFrom(firstAfter(events).as('part')).select('part.id');
    const ofDossiers = (column: 'receiving_agency_code' | 'result_delivery_agency_code') =>
      part(
        db
          .selectFrom('events')
          .select('id')
          .where(
            'dossier_code',
            'in',
            db
              .selectFrom('dossiers')
              .select('code')
              .where(column, '=', agencyCode)
              .where('code', 'is not', null),
          ),
      );
    const ids = part(db.selectFrom('events').select('id').where('agency_code', '=', agencyCode))
      .union(ofDossiers('receiving_agency_code'))
      .union(ofDossiers('result_delivery_agency_code'));
    query = query.where('id', 'in', ids);
  }
  const rows = await query.execute();
  const events: DossierEvent[] = [];
  for (const row of rows) {
    const event = toDossierEvent(row);
    if (event) events.push(event);
  }
  return { events, lastId: Number(rows.at(-1)?.id ?? afterId), more: rows.length === BATCH };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An outbox row as the contract's `DossierEvent`: type, stream keys and time from the row; status, previous
 * status, actor and data from the payload (the outbox convention `{ status, previousStatus, actor, data }`,
 * other top-level fields read as `data` when it is absent). `undefined` for rows that do not make a valid
 * event (another module's private events).
 */
export function toDossierEvent(row: {
  id: number;
  type: string;
  dossier_code: string | null;
  agency_code: string | null;
  payload: string;
  created_at: string;
}): DossierEvent | undefined {
  const parsed = fromJson<unknown>(row.payload);
  const payload = isRecord(parsed) ? parsed : {};
  const { status = null, previousStatus = null, actor, data, ...rest } = payload;
  const result = z.safeParse(DossierEventSchema, {
    id: String(row.id),
    type: row.type,
    dossierCode: row.dossier_code,
    agencyCode: row.agency_code,
    status,
    previousStatus,
    at: row.created_at,
    actor: isRecord(actor) ? actor : { role: 'system' },
    data: isRecord(data) ? data : rest,
  });
  return result.success ? result.data : undefined;
}

/**
 * Where a stream starts: after `Last-Event-ID` when the client reconnects with one, else after `?after=`,
 * else from the beginning. Anything but an event id is a 422 on the header or the query parameter.
 */
export function streamStart(request: Request, after: string | undefined, locale: Locale): number {
  const header = request.headers.get('last-event-id')?.trim();
  const fromHeader = header !== undefined && header !== '';
  const value = fromHeader ? header : after;
  if (value === undefined || value === '') return 0;
  const path = fromHeader ? ['$headers', 'Last-Event-ID'] : ['$query', 'after'];
  const checked = fromHeader
    ? validate(EventStreamHeadersSchema, { 'Last-Event-ID': value }, { locale })
    : { ok: true };
  if (!checked.ok || !EVENT_ID.test(value)) {
    throw new ProblemError('request.invalid', {
      detail: says('events.after'),
      errors: [{ path, code: 'validation.format', message: sayIn(locale, 'events.after') }],
    });
  }
  return Number(value);
}

/** True when the client wants the JSON polling form rather than an event stream. */
export function wantsJson(request: Request): boolean {
  const accept = (request.headers.get('accept') ?? '').toLowerCase();
  return accept.includes('application/json') && !accept.includes('text/event-stream');
}

/** The JSON polling form: one page of the events after `afterId`. */
export async function eventPage(
  db: Kysely<Database>,
  filter: StreamFilter,
  afterId: number,
): Promise<Response> {
  const { events } = await readStream(db, filter, afterId);
  const body = { items: events.map((event) => ({ id: event.id, data: event })), nextCursor: null };
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** One server-sent event: `id:`, `event:` and the JSON `data:` line. */
export function sseFrame(event: DossierEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export interface StreamOptions {
  readonly db: Kysely<Database>;
  readonly bus: EventBus;
  readonly filter: StreamFilter;
  readonly afterId: number;
  /** Ends the stream when aborted (the client went away). */
  readonly signal?: AbortSignal;
  /** Default: the contract's 15 s. */
  readonly heartbeatMs?: number;
}

/**
 * The `text/event-stream` response of a stream.
 *
 * @example
 * return eventStreamResponse({ db, bus, filter: { dossierCode }, afterId: 0, signal: request.signal });
 */
export function eventStreamResponse(options: StreamOptions): Response {
  const { db, bus, filter, signal } = options;
  const encoder = new TextEncoder();
  let lastId = options.afterId;
  let closed = false;
  let draining: Promise<void> = Promise.resolve();
  let unsubscribe: (() => void) | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;

  const close = () => {
    if (closed) return;
    closed = true;
    unsubscribe?.();
    if (heartbeat) clearInterval(heartbeat);
    signal?.removeEventListener('abort', close);
    try {
      controller?.close();
    } catch {
      // already closed or cancelled by the client
    }
  };
  const send = (text: string) => {
    if (closed) return;
    try {
      controller?.enqueue(encoder.encode(text));
    } catch {
      close();
    }
  };
  const drain = () => {
    draining = draining
      .then(async () => {
        for (let more = true; more && !closed; ) {
          const batch = await readStream(db, filter, lastId);
          for (const event of batch.events) send(sseFrame(event));
          lastId = batch.lastId;
          more = batch.more;
        }
      })
      .catch(() => close());
  };

  const stream = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      if (signal?.aborted) return close();
      signal?.addEventListener('abort', close);
      // Subscribed before the replay, so nothing committed in between is missed (the drain reads by id).
      unsubscribe = bus.subscribe((events) => {
        const relevant =
          'dossierCode' in filter ? events.some((event) => event.dossierCode === filter.dossierCode) : true;
        if (relevant) drain();
      });
      heartbeat = setInterval(
        () => send(': keep-alive\n\n'),
        options.heartbeatMs ?? EVENT_STREAM_HEARTBEAT_SECONDS * 1000,
      );
      heartbeat.unref?.();
      send('retry: 3000\n\n');
      drain();
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
}
