import type { SandboxMigration } from './db/migrations.js';
import type { RouteDefinition } from './http/route.js';
import type { Seeder } from './seed/context.js';

/**
 * A slice of the sandbox: its tables (migrations), its demo data (seeders) and its endpoints (routes). The
 * sandbox is the sum of its modules, so a domain (dossiers, payments, signing…) arrives as one module and
 * touches nothing else.
 *
 * @example
 * export const dossiersModule: SandboxModule = {
 *   name: 'dossiers',
 *   migrations: [dossiersMigration],            // '0100_dossiers'
 *   seeders: [seedDemoDossiers],
 *   routes: [submitDossierRoute, getDossierRoute],
 * };
 */
export interface SandboxModule {
  readonly name: string;
  readonly migrations?: readonly SandboxMigration[];
  /** Run after every module's migrations, in module order, on start (with `seed`) and on reset. */
  readonly seeders?: readonly Seeder[];
  readonly routes?: readonly RouteDefinition[];
}
