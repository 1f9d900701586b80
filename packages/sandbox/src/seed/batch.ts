/**
 * Rows per multi-row `INSERT`: large enough that seeding 875 agencies is a couple of statements, small enough
 * to stay far below both engines' bound-parameter limits (SQLite 32,766; PostgreSQL 65,535) for wide rows.
 */
export const SEED_BATCH_ROWS = 250;

/**
 * Splits rows into batches for multi-row inserts.
 *
 * @example
 * for (const batch of batches(rows)) await db.insertInto('agencies').values(batch).execute();
 */
export function* batches<T>(rows: readonly T[], size = SEED_BATCH_ROWS): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}
