import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { fromJson, toJson, toTimestamp } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { detail } from './details.js';
import { ProblemError } from './problem.js';

/** Request header carrying the client's idempotency key. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Response header set on a replayed response. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
/** How long a key's outcome is kept, on the test clock: 24 hours. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

const KEY_PATTERN = /^[\x20-\x7e]{1,255}$/;
/** Response headers replayed with a stored response (the rest are per-attempt, like `X-Request-Id`). */
const REPLAYED_HEADERS = ['content-type', 'content-language', 'location', 'etag', 'last-modified'];

/**
 * Reads and checks the `Idempotency-Key` header: 1–255 printable ASCII characters, or 400 `request.malformed`.
 *
 * @example
 * idempotencyKeyOf(request.headers) // 'a3b1…' or undefined when absent
 */
export function idempotencyKeyOf(headers: Headers): string | undefined {
  const key = headers.get(IDEMPOTENCY_KEY_HEADER);
  if (key === null) return undefined;
  if (!KEY_PATTERN.test(key))
    throw new ProblemError('request.malformed', { detail: detail('idempotency.key') });
  return key;
}

/**
 * A fingerprint of what a request asks for: SHA-256 of the canonical JSON (keys sorted) of its path parameters,
 * query, body and the protocol headers its endpoint declares. Formatting, key order and other headers do not
 * change it; any value does.
 *
 * @example
 * requestHash({ params: { code: 'X' }, query: {}, body: { a: 1, b: 2 } }) === requestHash({ …, body: { b: 2, a: 1 } })
 */
export function requestHash(parts: {
  params: unknown;
  query: unknown;
  body: unknown;
  headers?: Record<string, string> | undefined;
}): string {
  return createHash('sha256').update(canonicalJson(parts)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (value instanceof Uint8Array) return `"bytes:${createHash('sha256').update(value).digest('hex')}"`;
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Keys whose first request is running in this process. Checked before the request touches the database, so a
 * concurrent duplicate is refused at once (409 `idempotency.inProgress`) on both engines — on SQLite requests
 * queue for the single connection, and the duplicate would otherwise just wait.
 */
export class InFlightKeys {
  readonly #keys = new Set<string>();

  /** Claims a key; false when it is already claimed. */
  claim(id: string): boolean {
    if (this.#keys.has(id)) return false;
    this.#keys.add(id);
    return true;
  }

  release(id: string): void {
    this.#keys.delete(id);
  }
}

/** A response kept for replay. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

/** What a key is already bound to, when it is. */
export type KeyLookup =
  | { readonly found: false }
  | { readonly found: true; readonly matches: boolean; readonly response: StoredResponse };

/**
 * Looks a key up for a principal. An expired outcome is deleted and reported as absent, so the key is free again.
 * A stored outcome `matches` when it came from the same endpoint with the same request hash.
 *
 * @example
 * const lookup = await findIdempotentResponse(trx, { principal, key, endpointId, hash, now });
 */
export async function findIdempotentResponse(
  db: Kysely<Database>,
  query: { principal: string; key: string; endpointId: string; hash: string; now: Date },
): Promise<KeyLookup> {
  const row = await db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('principal', '=', query.principal)
    .where('key', '=', query.key)
    .executeTakeFirst();
  if (!row) return { found: false };
  if (row.expires_at <= toTimestamp(query.now)) {
    await db
      .deleteFrom('idempotency_keys')
      .where('principal', '=', query.principal)
      .where('key', '=', query.key)
      .execute();
    return { found: false };
  }
  return {
    found: true,
    matches: row.endpoint_id === query.endpointId && row.request_hash === query.hash,
    response: {
      status: row.response_status,
      headers: fromJson<Record<string, string>>(row.response_headers),
      body: row.response_body,
    },
  };
}

/**
 * Stores a key's outcome in the caller's transaction — the one holding the request's writes — so the writes and
 * the record of them commit together or not at all. A concurrent request with the same key in another process
 * fails here on the primary key; its transaction rolls back and it answers 409 `idempotency.inProgress`.
 *
 * @example
 * await storeIdempotentResponse(trx, { principal, key, endpointId, hash, now, response });
 */
export async function storeIdempotentResponse(
  db: Kysely<Database>,
  entry: {
    principal: string;
    key: string;
    endpointId: string;
    hash: string;
    now: Date;
    response: StoredResponse;
  },
): Promise<void> {
  // Expired outcomes are only ever read to be ignored: drop them here so the table stays bounded.
  await db.deleteFrom('idempotency_keys').where('expires_at', '<=', toTimestamp(entry.now)).execute();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(entry.response.headers)) {
    if (REPLAYED_HEADERS.includes(name.toLowerCase())) headers[name.toLowerCase()] = value;
  }
  await db
    .insertInto('idempotency_keys')
    .values({
      principal: entry.principal,
      key: entry.key,
      endpoint_id: entry.endpointId,
      request_hash: entry.hash,
      status: 'completed',
      response_status: entry.response.status,
      response_body: entry.response.body,
      response_headers: toJson(headers),
      created_at: toTimestamp(entry.now),
      expires_at: toTimestamp(new Date(entry.now.getTime() + IDEMPOTENCY_TTL_MS)),
    })
    .execute();
}

/**
 * The replay of a stored response, marked `Idempotent-Replayed: true`.
 *
 * @example
 * if (lookup.found && lookup.matches) return replayResponse(lookup.response);
 */
export function replayResponse(stored: StoredResponse): Response {
  const headers = new Headers(stored.headers);
  headers.set(IDEMPOTENT_REPLAYED_HEADER, 'true');
  return new Response(stored.body, { status: stored.status, headers });
}

/** 422: the key is bound to a different request. */
export function idempotencyConflict(): ProblemError {
  return new ProblemError('idempotency.conflict', { detail: detail('idempotency.conflict') });
}

/** 409: the key's first request has not finished. */
export function idempotencyInProgress(): ProblemError {
  return new ProblemError('idempotency.inProgress', {
    detail: detail('idempotency.inProgress'),
    headers: { 'Retry-After': '1' },
  });
}
