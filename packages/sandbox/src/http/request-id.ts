import { randomBytes } from 'node:crypto';

/** Header carrying the request id, on every response (and accepted from the client). */
export const REQUEST_ID_HEADER = 'X-Request-Id';

// Letters only: a request id can never look like a citizen ID or phone number, so log redaction leaves it whole.
const ALPHABET = 'abcdefghijkmnopqrstuvwxyz';
const CLIENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * A new request id, e.g. `req_kqzvbnmtwhdaeyxpfrsc`.
 *
 * @example
 * newRequestId().startsWith('req_') // true
 */
export function newRequestId(): string {
  const bytes = randomBytes(20);
  let id = 'req_';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

/**
 * The client's own `X-Request-Id` when it is a safe token (so traces can be joined across systems), otherwise a
 * new one.
 *
 * @example
 * requestIdFrom('trace-42') // 'trace-42'
 * requestIdFrom('<script>') // 'req_…'
 */
export function requestIdFrom(header: string | null | undefined): string {
  return header && CLIENT_ID.test(header) ? header : newRequestId();
}
