import type { Kysely } from 'kysely';
import type { Clock } from '../clock/clock.js';
import type { Dialect } from '../db/portable.js';
import type { Database } from '../db/schema.js';

/** What a seeder gets besides the database: the test clock (never `new Date()`) and the engine. */
export interface SeedContext {
  readonly clock: Clock;
  readonly dialect: Dialect;
}

/**
 * Fills some tables with demo data. Seeders must be deterministic (fixed ids and content, times from the clock)
 * and idempotent (seeding twice changes nothing), so tests can rely on them and a persistent database can be
 * started again.
 */
export type Seeder = (db: Kysely<Database>, context: SeedContext) => Promise<void>;
