import type { SandboxModule } from '../module.js';
import { dossierIndexesMigration } from './indexes.js';
import { type DossierRouteDeps, dossierRoutes } from './routes.js';
import { dossiersMigration } from './schema.js';
import { dossierSignaturesMigration } from './signatures.js';

/**
 * The dossier domain as a sandbox module: its tables (`0100_dossiers`, then `0101_dossier_indexes`) and the
 * contract's `dossiers.*`, `officer.*` and `agencies.events` endpoints. A factory rather than a constant because event streams follow
 * the sandbox's `EventBus`, which only exists once a sandbox is created.
 *
 * @example
 * const modules = [dossiersModule({ bus })];
 */
export function dossiersModule(deps: DossierRouteDeps): SandboxModule {
  return {
    name: 'dossiers',
    migrations: [dossiersMigration, dossierIndexesMigration, dossierSignaturesMigration],
    routes: dossierRoutes(deps),
  };
}
