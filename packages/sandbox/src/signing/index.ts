/**
 * Remote signing (VNPT SmartCA / Viettel MySign style, CSC sign-hash): transactions the signer confirms on
 * their phone within about five minutes, played by the `/sandbox/signatures/{id}/…` controls or by the magic
 * signers of `seed-data/scenarios.ts`; detached CMS signatures from a sandbox CA published at
 * `/signatures/ca.pem`.
 */
import { sql } from 'kysely';
import type { SandboxMigration } from '../db/migrations.js';
import type { SandboxModule } from '../module.js';
import { type SigningOptions, signingRoutes } from './routes.js';

export { CA_COMMON_NAME, ensureAuthority, ensureSignerCertificate } from './ca.js';
export { createDetachedSignature } from './cms.js';
export {
  DEFAULT_SIGNER_RESPONDS_AFTER_MS,
  DEFAULT_SIGNING_EXPIRY_MS,
  type SigningOptions,
} from './routes.js';
export { SignatureVerificationError, type VerifiedSignature, verifyDetachedSignature } from './verify.js';

/** `signing_authority` (the root CA), `signing_certificates` (one per signer), `signature_requests`. */
export const signingMigration: SandboxMigration = {
  name: '1200_signing',
  async up(db) {
    await db.schema
      .createTable('signing_authority')
      .addColumn('id', 'integer', (col) => col.primaryKey())
      .addColumn('certificate_pem', 'text', (col) => col.notNull())
      .addColumn('private_key_pem', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('signing_certificates')
      .addColumn('subject_key', 'text', (col) => col.primaryKey())
      .addColumn('certificate_pem', 'text', (col) => col.notNull())
      .addColumn('private_key_pem', 'text', (col) => col.notNull())
      .addColumn('not_after', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('signature_requests')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('owner', 'text', (col) => col.notNull())
      .addColumn('provider', 'text', (col) => col.notNull())
      .addColumn('document_name', 'text', (col) => col.notNull())
      .addColumn('document_hash', 'text', (col) => col.notNull())
      .addColumn('signer', 'text', (col) => col.notNull())
      .addColumn('scenario', 'text')
      .addColumn('status', 'text', (col) =>
        col
          .notNull()
          .check(
            sql`status in ('waitingForConfirmation', 'signed', 'expired', 'rejected', 'authorisationFailed', 'failed')`,
          ),
      )
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('completed_at', 'text')
      .addColumn('signature_value', 'text')
      .addColumn('certificate_pem', 'text')
      .addColumn('chain', 'text')
      .execute();
    await db.schema
      .createIndex('signature_requests_owner')
      .on('signature_requests')
      .columns(['owner', 'created_at'])
      .execute();
  },
};

/**
 * The signing module with its timings.
 *
 * @example
 * createSigningModule({ signerRespondsAfterMs: 60_000 })
 */
export function createSigningModule(options: SigningOptions = {}): SandboxModule {
  return { name: 'signing', migrations: [signingMigration], routes: signingRoutes(options) };
}

/** The signing module: signers answer 3 s after a request, transactions expire after 5 minutes. */
export const signingModule: SandboxModule = createSigningModule();
