import type { SandboxMigration } from '../db/migrations.js';

/** The identity provider's tables. Portable DDL only. */
export const identityMigration: SandboxMigration = {
  name: '0300_identity',
  async up(db) {
    await db.schema
      .createTable('oidc_clients')
      .addColumn('client_id', 'text', (col) => col.primaryKey())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('secret_hash', 'text')
      .addColumn('redirect_uris', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('oidc_signing_keys')
      .addColumn('kid', 'text', (col) => col.primaryKey())
      .addColumn('private_key', 'text', (col) => col.notNull())
      .addColumn('public_jwk', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('oidc_grants')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('persona_id', 'text', (col) => col.notNull().references('personas.id').onDelete('cascade'))
      .addColumn('client_id', 'text', (col) => col.notNull())
      .addColumn('scope', 'text', (col) => col.notNull())
      .addColumn('acr', 'text', (col) => col.notNull())
      .addColumn('auth_time', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('revoked_at', 'text')
      .execute();

    await db.schema
      .createTable('oidc_codes')
      .addColumn('code_hash', 'text', (col) => col.primaryKey())
      .addColumn('client_id', 'text', (col) => col.notNull())
      .addColumn('redirect_uri', 'text', (col) => col.notNull())
      .addColumn('persona_id', 'text', (col) => col.notNull().references('personas.id').onDelete('cascade'))
      .addColumn('scope', 'text', (col) => col.notNull())
      .addColumn('nonce', 'text')
      .addColumn('code_challenge', 'text', (col) => col.notNull())
      .addColumn('acr', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('used_at', 'text')
      .addColumn('grant_id', 'text', (col) => col.references('oidc_grants.id').onDelete('cascade'))
      .execute();

    await db.schema
      .createTable('oidc_refresh_tokens')
      .addColumn('token_hash', 'text', (col) => col.primaryKey())
      .addColumn('grant_id', 'text', (col) => col.notNull().references('oidc_grants.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('used_at', 'text')
      .execute();

    await db.schema
      .createTable('oidc_access_tokens')
      .addColumn('token_hash', 'text', (col) => col.primaryKey())
      .addColumn('grant_id', 'text', (col) => col.notNull().references('oidc_grants.id').onDelete('cascade'))
      .execute();
    await db.schema
      .createIndex('oidc_access_tokens_grant')
      .on('oidc_access_tokens')
      .column('grant_id')
      .execute();
  },
};
