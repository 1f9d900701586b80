import type { Kysely } from 'kysely';
import { fromJson, toJson, toTimestamp } from '../db/portable.js';
import { preparedQuery } from '../db/prepared.js';
import type { Database } from '../db/schema.js';

/** A domain event as a handler emits it. */
export interface NewEvent {
  /** e.g. `dossier.accepted`. */
  type: string;
  /** Stream keys: the dossier and the agency the event concerns. */
  dossierCode?: string | null;
  agencyCode?: string | null;
  payload?: unknown;
}

/** A recorded event, with its position in the outbox. */
export interface SandboxEvent {
  /** Strictly increasing: the `id:` of a server-sent event and the value of `Last-Event-ID`. */
  id: number;
  type: string;
  dossierCode: string | null;
  agencyCode: string | null;
  payload: unknown;
  createdAt: string;
}

/**
 * Appends an event to the outbox in the caller's transaction: if the request fails, the event never existed.
 *
 * @example
 * await appendEvent(trx, { type: 'dossier.submitted', dossierCode, payload: { status: 1 } }, clock.now());
 */
export async function appendEvent(db: Kysely<Database>, event: NewEvent, at: Date): Promise<SandboxEvent> {
  const row = {
    type: event.type,
    dossier_code: event.dossierCode ?? null,
    agency_code: event.agencyCode ?? null,
    payload: toJson(event.payload ?? {}),
    created_at: toTimestamp(at),
  };
  const [inserted] = (
    await insertEvent(db, row.type, row.dossier_code, row.agency_code, row.payload, row.created_at)
  ).rows;
  if (!inserted) throw new Error('The outbox did not return the id of an appended event');
  return toEvent({ ...row, id: Number(inserted.id) });
}

const insertEvent = preparedQuery(
  (
    db,
    type: string,
    dossierCode: string | null,
    agencyCode: string | null,
    payload: string,
    createdAt: string,
  ) =>
    db
      .insertInto('events')
      .values({
        type,
        dossier_code: dossierCode,
        agency_code: agencyCode,
        payload,
        created_at: createdAt,
      })
      .returning('id'),
);

/** Which events to read: those after `afterId`, optionally of one stream. */
export interface EventQuery {
  afterId?: number;
  dossierCode?: string;
  agencyCode?: string;
  limit?: number;
}

/**
 * Reads events in commit order, for resuming a stream from `Last-Event-ID` or delivering webhooks.
 *
 * @example
 * const missed = await readEvents(db, { afterId: Number(lastEventId), dossierCode });
 */
export async function readEvents(db: Kysely<Database>, query: EventQuery = {}): Promise<SandboxEvent[]> {
  let select = db
    .selectFrom('events')
    .selectAll()
    .where('id', '>', query.afterId ?? 0)
    .orderBy('id')
    .limit(query.limit ?? 100);
  if (query.dossierCode !== undefined) select = select.where('dossier_code', '=', query.dossierCode);
  if (query.agencyCode !== undefined) select = select.where('agency_code', '=', query.agencyCode);
  return (await select.execute()).map(toEvent);
}

function toEvent(row: {
  id: number;
  type: string;
  dossier_code: string | null;
  agency_code: string | null;
  payload: string;
  created_at: string;
}): SandboxEvent {
  return {
    id: Number(row.id),
    type: row.type,
    dossierCode: row.dossier_code,
    agencyCode: row.agency_code,
    payload: fromJson(row.payload),
    createdAt: row.created_at,
  };
}

/** Listeners told about events once their transaction has committed (server-sent event streams, webhooks). */
export type EventListener = (events: readonly SandboxEvent[]) => void;

/**
 * In-process fan-out of committed events. Publishing happens after commit, so a listener never sees an event
 * that a rollback later erased.
 *
 * @example
 * const stop = bus.subscribe((events) => stream.write(events));
 */
export class EventBus {
  readonly #listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  publish(events: readonly SandboxEvent[]): void {
    if (events.length === 0) return;
    for (const listener of this.#listeners) {
      try {
        listener(events);
      } catch {
        // One broken subscriber must not break the request that produced the events, nor other subscribers.
      }
    }
  }
}
