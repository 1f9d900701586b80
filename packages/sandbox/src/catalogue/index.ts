/**
 * The catalogue: procedures (thủ tục hành chính) as the national procedure database publishes them, and the
 * agencies (cơ quan) of the seeded provinces. Seeded by `seedCatalogue` (in the sandbox's `SEEDERS`).
 */
import type { SandboxModule } from '../module.js';
import { catalogueMigration } from './migration.js';
import { catalogueRoutes } from './routes.js';

export { agencyPartsIn, findAgency, findProcedure } from './repository.js';
export type { AgencyTable, ProcedureAgencyRoleTable, ProcedureTable } from './schema.js';
export { agencyRole, seedCatalogue } from './seed.js';

export const catalogueModule: SandboxModule = {
  name: 'catalogue',
  migrations: [catalogueMigration],
  routes: catalogueRoutes,
};
