import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { SeedContext, Seeder } from './context.js';
import { seedPersonas } from './personas.js';

export type { SeedContext, Seeder } from './context.js';
export {
  DEMO_AGENCY_API_KEY,
  DEMO_AGENCY_CODE,
  PERSONAS,
  type PersonaSeed,
  seedPersonas,
} from './personas.js';

/**
 * The sandbox's demo data, in dependency order. Agencies, procedures and dossiers join this list as their modules
 * arrive (agencies before the officers' dossiers, and so on).
 */
export const SEEDERS: readonly Seeder[] = [seedPersonas];

/**
 * Seeds the demo data, deterministically, in the caller's transaction.
 *
 * @example
 * await db.transaction().execute((trx) => seed(trx, { clock, dialect }));
 */
export async function seed(db: Kysely<Database>, context: SeedContext): Promise<void> {
  for (const seeder of SEEDERS) await seeder(db, context);
}
