import type { SandboxMigration } from '../db/migrations.js';

/** The population registry, consents and data-store documents. Portable DDL only. */
export const citizenDataMigration: SandboxMigration = {
  name: '0400_citizen_data',
  async up(db) {
    await db.schema
      .createTable('population_records')
      .addColumn('citizen_id', 'text', (col) => col.primaryKey())
      .addColumn('record_id', 'text', (col) => col.notNull().unique())
      .addColumn('full_name', 'text', (col) => col.notNull())
      .addColumn('document', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('consents')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('persona_id', 'text', (col) => col.notNull().references('personas.id').onDelete('cascade'))
      .addColumn('citizen_id', 'text', (col) => col.notNull())
      .addColumn('purpose', 'text', (col) => col.notNull())
      .addColumn('procedure_code', 'text', (col) => col.notNull())
      .addColumn('national_code', 'text', (col) => col.notNull())
      .addColumn('scopes', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('granted_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema
      .createIndex('consents_persona')
      .on('consents')
      .columns(['persona_id', 'national_code', 'status'])
      .execute();

    await db.schema
      .createTable('citizen_documents')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('citizen_id', 'text', (col) => col.notNull())
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('document_type', 'text', (col) => col.notNull())
      .addColumn('document_type_folded', 'text', (col) => col.notNull())
      .addColumn('issuer', 'text')
      .addColumn('issued_on', 'text')
      .addColumn('valid_until', 'text')
      .addColumn('file', 'text', (col) => col.notNull())
      .addColumn('from_dossier_code', 'text')
      .execute();
    await db.schema
      .createIndex('citizen_documents_citizen')
      .on('citizen_documents')
      .columns(['citizen_id', 'position'])
      .execute();
  },
};
