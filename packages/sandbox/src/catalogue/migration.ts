import type { SandboxMigration } from '../db/migrations.js';

/** Procedures, their agency roles, and agencies. Portable DDL only. */
export const catalogueMigration: SandboxMigration = {
  name: '0200_catalogue',
  async up(db) {
    await db.schema
      .createTable('procedures')
      .addColumn('code', 'text', (col) => col.primaryKey())
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('search_text', 'text', (col) => col.notNull())
      .addColumn('field_code', 'text', (col) => col.notNull())
      .addColumn('field_name', 'text', (col) => col.notNull())
      .addColumn('implementing_level', 'text', (col) => col.notNull())
      .addColumn('online_level', 'text', (col) => col.notNull())
      .addColumn('form_spec_id', 'text')
      .addColumn('document', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('procedures_position').on('procedures').column('position').execute();

    await db.schema
      .createTable('procedure_agency_roles')
      .addColumn('procedure_code', 'text', (col) =>
        col.notNull().references('procedures.code').onDelete('cascade'),
      )
      .addColumn('role', 'text', (col) => col.notNull())
      .addColumn('part', 'text', (col) => col.notNull())
      .addColumn('position', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('procedure_agency_roles_pk', ['procedure_code', 'role', 'part'])
      .execute();
    await db.schema
      .createIndex('procedure_agency_roles_role')
      .on('procedure_agency_roles')
      .columns(['role', 'procedure_code'])
      .execute();

    await db.schema
      .createTable('agencies')
      .addColumn('code', 'text', (col) => col.primaryKey())
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('search_text', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('role', 'text')
      .addColumn('province_code', 'text', (col) => col.notNull())
      .addColumn('commune_code', 'text')
      .addColumn('parent_code', 'text')
      .addColumn('document', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('agencies_position').on('agencies').column('position').execute();
    await db.schema.createIndex('agencies_role').on('agencies').columns(['role', 'province_code']).execute();
  },
};
