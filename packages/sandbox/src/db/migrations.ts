import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import type { Dialect } from './portable.js';

/** What a migration may need to know about the engine it runs on. */
export interface MigrationContext {
  readonly dialect: Dialect;
}

/**
 * One schema change, contributed by a sandbox module. Names are `NNNN_description`; the number orders
 * migrations across modules, and each module takes its own block of a hundred so modules written at the same
 * time never collide: `0001`–`0099` infrastructure, `0100` dossiers, `0200` procedures and agencies, …
 *
 * Migrations receive an untyped `Kysely` on purpose: they describe the schema as it was when they were
 * written, not the current `Database` type.
 *
 * @example
 * export const dossiersMigration: SandboxMigration = {
 *   name: '0100_dossiers',
 *   async up(db, { dialect }) {
 *     await db.schema.createTable('dossiers').addColumn('code', 'text', (c) => c.primaryKey()).execute();
 *   },
 * };
 */
export interface SandboxMigration {
  readonly name: string;
  // biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its time, not today's types.
  up(db: Kysely<any>, context: MigrationContext): Promise<void>;
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  down?(db: Kysely<any>, context: MigrationContext): Promise<void>;
}

const NAME = /^\d{4}_[a-z0-9_]+$/;

/**
 * Kysely's `MigrationProvider` over in-code migrations, so a bundled sandbox needs no migration folder on disk.
 * Rejects malformed and duplicate names: two modules claiming one number is a bug to see at start-up.
 *
 * @example
 * new Migrator({ db, provider: new ModuleMigrationProvider([infraMigration], 'sqlite') })
 */
export class ModuleMigrationProvider implements MigrationProvider {
  readonly #migrations: Record<string, Migration>;

  constructor(migrations: readonly SandboxMigration[], dialect: Dialect) {
    const context: MigrationContext = { dialect };
    const byName: Record<string, Migration> = {};
    for (const migration of migrations) {
      if (!NAME.test(migration.name)) {
        throw new Error(`Migration name "${migration.name}" must look like 0100_dossiers`);
      }
      if (byName[migration.name]) throw new Error(`Two migrations are named "${migration.name}"`);
      const { up, down } = migration;
      byName[migration.name] = {
        up: (db) => up(db, context),
        ...(down ? { down: (db) => down(db, context) } : {}),
      };
    }
    this.#migrations = byName;
  }

  async getMigrations(): Promise<Record<string, Migration>> {
    return this.#migrations;
  }
}

/**
 * Brings a database up to date with every given migration (in name order) and returns the names it applied.
 * Unordered migrations are allowed: a module added later may carry a lower number than migrations a
 * long-lived sandbox database has already run.
 *
 * @example
 * const applied = await migrateToLatest(db, 'sqlite', [infraMigration]);
 */
export async function migrateToLatest(
  // biome-ignore lint/suspicious/noExplicitAny: the migrator works below the typed schema.
  db: Kysely<any>,
  dialect: Dialect,
  migrations: readonly SandboxMigration[],
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: new ModuleMigrationProvider(migrations, dialect),
    allowUnorderedMigrations: true,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      failed ? `Migration ${failed.migrationName} failed: ${reason}` : `Migrations failed: ${reason}`,
      {
        cause: error,
      },
    );
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
