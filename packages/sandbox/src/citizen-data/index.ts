/**
 * Citizen data: the emulated National Population Database, consents to share it, prefill of e-forms from it
 * and from the e-ID profile, and the documents of citizens' data stores. Seeded by `seedCitizenData`.
 */
import type { SandboxModule } from '../module.js';
import { citizenDataMigration } from './migration.js';
import { citizenDataRoutes } from './routes.js';

export { activeConsent } from './consents.js';
export { citizenDocumentContent, type SeedCitizenDocument, seedCitizenDocuments } from './documents.js';
export { type LockedAnswer, lockedAnswers, lockedFields } from './locked.js';
export { applicantCitizenId } from './prefill.js';
export {
  lookupCitizen,
  populationRecordId,
  queryRegistry,
  REGISTRY_RETRY_AFTER_SECONDS,
  type RegistryAnswer,
} from './registry.js';
export { CONSENT_TTL_DAYS } from './routes.js';
export type { CitizenDocumentTable, ConsentTable, PopulationRecordTable } from './schema.js';
export { seedCitizenData } from './seed.js';

export const citizenDataModule: SandboxModule = {
  name: 'citizen-data',
  migrations: [citizenDataMigration],
  routes: citizenDataRoutes,
};
