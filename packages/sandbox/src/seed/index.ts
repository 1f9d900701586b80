import type { Kysely } from 'kysely';
import { seedCatalogue } from '../catalogue/seed.js';
import { seedCitizenData } from '../citizen-data/seed.js';
import type { Database } from '../db/schema.js';
import { seedOidcClients } from '../identity/clients.js';
import type { SeedContext, Seeder } from './context.js';
import { seedAgencyApiKeys, seedPersonas } from './personas.js';

export type { SeedContext, Seeder } from './context.js';
export {
  DEMO_AGENCY_API_KEY,
  DEMO_AGENCY_CODE,
  DEMO_OFFICER_ID,
  PERSONAS,
  type PersonaSeed,
  personaSeed,
  REGISTRY_SCENARIO_PERSONAS,
  seedAgencyApiKeys,
  seedPersonas,
} from './personas.js';

/**
 * The sandbox's demo data (from `src/seed-data`), in dependency order: personas (officers name agencies, tokens
 * and consents name personas), the agencies' API keys, the catalogue (agencies and procedures), the population
 * registry with citizens' data-store documents, and the demo sign-in client. Modules that seed their own demo
 * data (dossiers…) run after these, so they can rely on all of it.
 */
export const SEEDERS: readonly Seeder[] = [
  seedPersonas,
  seedAgencyApiKeys,
  seedCatalogue,
  seedCitizenData,
  seedOidcClients,
];

/**
 * Seeds the demo data, deterministically, in the caller's transaction.
 *
 * @example
 * await db.transaction().execute((trx) => seed(trx, { clock, dialect }));
 */
export async function seed(db: Kysely<Database>, context: SeedContext): Promise<void> {
  for (const seeder of SEEDERS) await seeder(db, context);
}
