import type { Kysely } from 'kysely';
import { preparedQuery } from '../db/prepared.js';
import type { Database } from '../db/schema.js';

/** Where the sandbox's "now" comes from. Handlers and seeds use this, never `new Date()`. */
export interface Clock {
  now(): Date;
}

/** The sandbox's time zone: every working-day and appointment rule is reckoned in it. */
export const SANDBOX_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * A clock running `offsetMs` ahead of real time. Real time keeps flowing, so timeouts measured in seconds
 * still behave; the offset only jumps when a test advances it.
 *
 * @example
 * offsetClock(86_400_000).now() // this time tomorrow
 */
export function offsetClock(offsetMs: number): Clock {
  return { now: () => new Date(Date.now() + offsetMs) };
}

/**
 * Reads the test clock's offset (0 when never advanced). Stored in the database, not in memory, so several
 * sandbox processes sharing one PostgreSQL database agree on the time.
 *
 * @example
 * const clock = offsetClock(await readClockOffset(db));
 */
export async function readClockOffset(db: Kysely<Database>): Promise<number> {
  const [row] = (await clockOffset(db)).rows;
  return row ? Number(row.offset_ms) : 0;
}

const clockOffset = preparedQuery((db) => db.selectFrom('clock').select('offset_ms').where('id', '=', 1));

/**
 * Moves the test clock forward by `ms` and returns the new offset. Time never goes back: a negative step
 * would let a later event carry an earlier timestamp than one already recorded.
 *
 * @example
 * await advanceClockBy(trx, 3 * 86_400_000) // three days later
 */
export async function advanceClockBy(db: Kysely<Database>, ms: number): Promise<number> {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`Cannot advance the clock by ${ms} ms`);
  const offset = (await readClockOffset(db)) + ms;
  await db
    .insertInto('clock')
    .values({ id: 1, offset_ms: offset })
    .onConflict((conflict) => conflict.column('id').doUpdateSet({ offset_ms: offset }))
    .execute();
  return offset;
}
