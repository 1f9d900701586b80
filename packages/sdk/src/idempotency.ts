/**
 * A fresh idempotency key: one per logical operation, reused by every retry of it, so the platform
 * performs the operation at most once however often the request is repeated.
 *
 * @example
 * const key = newIdempotencyKey();
 * await client.dossiers.submit(id, {}, { idempotencyKey: key }); // safe to call again with the same key
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
