import { sql } from 'kysely';
import type { SandboxMigration } from './migrations.js';
import { addSerialPrimaryKey } from './portable.js';

/**
 * The sandbox's own tables: idempotency outcomes, the event outbox, credentials, personas and the test clock.
 * Portable DDL only (Kysely's schema builder); see `schema.ts` for the storage conventions.
 */
export const infraMigration: SandboxMigration = {
  name: '0001_infra',
  async up(db, { dialect }) {
    await db.schema
      .createTable('personas')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('display_name', 'text', (col) => col.notNull())
      .addColumn('claims', 'text', (col) => col.notNull())
      .addColumn('agency_code', 'text')
      .addColumn('role', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addCheckConstraint('personas_kind', sql`kind in ('citizen', 'business', 'officer')`)
      .addCheckConstraint(
        'personas_officer',
        sql`(kind = 'officer' and agency_code is not null and role in ('deskOfficer', 'specialist'))
            or (kind <> 'officer' and agency_code is null and role is null)`,
      )
      .execute();

    await db.schema
      .createTable('tokens')
      .addColumn('token_hash', 'text', (col) => col.primaryKey())
      .addColumn('persona_id', 'text', (col) => col.notNull().references('personas.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('tokens_persona').on('tokens').column('persona_id').execute();

    await db.schema
      .createTable('api_keys')
      .addColumn('key_hash', 'text', (col) => col.primaryKey())
      .addColumn('id', 'text', (col) => col.notNull().unique())
      .addColumn('agency_code', 'text', (col) => col.notNull())
      .addColumn('label', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('principal', 'text', (col) => col.notNull())
      .addColumn('key', 'text', (col) => col.notNull())
      .addColumn('endpoint_id', 'text', (col) => col.notNull())
      .addColumn('request_hash', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('response_status', 'integer', (col) => col.notNull())
      .addColumn('response_body', 'text')
      .addColumn('response_headers', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      // The key is unique per principal: two callers choosing the same UUID never see each other's answers.
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['principal', 'key'])
      .execute();
    await db.schema
      .createIndex('idempotency_keys_expiry')
      .on('idempotency_keys')
      .column('expires_at')
      .execute();

    await db.schema
      .createTable('events')
      .$call((table) => addSerialPrimaryKey(table, 'id', dialect))
      .addColumn('type', 'text', (col) => col.notNull())
      .addColumn('dossier_code', 'text')
      .addColumn('agency_code', 'text')
      .addColumn('payload', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    // Streams read "events of X after id N": one index per stream key.
    await db.schema.createIndex('events_dossier').on('events').columns(['dossier_code', 'id']).execute();
    await db.schema.createIndex('events_agency').on('events').columns(['agency_code', 'id']).execute();

    await db.schema
      .createTable('clock')
      .addColumn('id', 'integer', (col) => col.primaryKey())
      .addColumn('offset_ms', 'bigint', (col) => col.notNull())
      .addCheckConstraint('clock_single_row', sql`id = 1`)
      .execute();
  },
};
