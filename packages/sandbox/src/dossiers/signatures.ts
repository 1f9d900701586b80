/**
 * Signed documents on a dossier: a finished remote signature (the signing module's `signature_requests`)
 * attached to one file of a document component. The platform trusts nothing it is told: the detached CMS is
 * verified against the sandbox CA, and its message digest must be the SHA-256 the platform computed when the
 * file was uploaded.
 */
import type { dossiers } from '@motcua/contract';
import {
  type DocumentSubmission,
  type DossierStatusCode,
  dossierStatusLabel,
  isFinalStatus,
  DossierStatus as S,
  type Signer,
  type StoredFile,
} from '@motcua/core';
import type { Kysely } from 'kysely';
import type { SandboxMigration } from '../db/migrations.js';
import { fromJson, toJson, toTimestamp } from '../db/portable.js';
import type { Database, JsonText, Timestamp } from '../db/schema.js';
import { ProblemError } from '../http/problem.js';
import { ensureAuthority } from '../signing/ca.js';
import { SignatureVerificationError, verifyDetachedSignature } from '../signing/verify.js';
import type { ApplicantActing } from './access.js';
import { type DomainContext, recordStep } from './lifecycle.js';
import { says } from './messages.js';
import type { DossierRow } from './repository.js';

type DossierSignature = dossiers.DossierSignature;

/** One signed document of a dossier. */
export interface DossierSignatureTable {
  dossier_id: string;
  /** The signing transaction (`sig_…`); a dossier holds each at most once. */
  request_id: string;
  component_id: string;
  file_id: string;
  file_name: string;
  /** Base64 SHA-256 of the file, the signature's message digest. */
  document_hash: string;
  /** `Signer` as JSON. */
  signer: JsonText;
  provider: string;
  signed_at: Timestamp;
  attached_at: Timestamp;
  /** Base64 DER of the detached CMS. */
  signature_value: string;
  certificate_pem: string;
  /** PEM certificates above the signer's, JSON array. */
  chain: JsonText;
}

declare module '../db/schema.js' {
  interface Database {
    dossier_signatures: DossierSignatureTable;
  }
}

/** `dossier_signatures`, keyed by dossier and transaction, listed in attachment order. */
export const dossierSignaturesMigration: SandboxMigration = {
  name: '0110_dossier_signatures',
  async up(db) {
    await db.schema
      .createTable('dossier_signatures')
      .addColumn('dossier_id', 'text', (col) => col.notNull().references('dossiers.id').onDelete('cascade'))
      .addColumn('request_id', 'text', (col) => col.notNull())
      .addColumn('component_id', 'text', (col) => col.notNull())
      .addColumn('file_id', 'text', (col) => col.notNull())
      .addColumn('file_name', 'text', (col) => col.notNull())
      .addColumn('document_hash', 'text', (col) => col.notNull())
      .addColumn('signer', 'text', (col) => col.notNull())
      .addColumn('provider', 'text', (col) => col.notNull())
      .addColumn('signed_at', 'text', (col) => col.notNull())
      .addColumn('attached_at', 'text', (col) => col.notNull())
      .addColumn('signature_value', 'text', (col) => col.notNull())
      .addColumn('certificate_pem', 'text', (col) => col.notNull())
      .addColumn('chain', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('dossier_signatures_pk', ['dossier_id', 'request_id'])
      .execute();
  },
};

function toDossierSignature(row: DossierSignatureTable): DossierSignature {
  return {
    requestId: row.request_id,
    componentId: row.component_id,
    fileId: row.file_id,
    fileName: row.file_name,
    documentHash: { algorithm: 'SHA-256', value: row.document_hash },
    signer: fromJson<Signer>(row.signer),
    provider: row.provider,
    signedAt: row.signed_at,
    attachedAt: row.attached_at,
    signature: { format: 'cms', value: row.signature_value, certificate: row.certificate_pem },
    certificateChain: fromJson<string[]>(row.chain) ?? [],
  };
}

async function findSignature(
  db: Kysely<Database>,
  dossierId: string,
  requestId: string,
): Promise<DossierSignatureTable | undefined> {
  return db
    .selectFrom('dossier_signatures')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .where('request_id', '=', requestId)
    .executeTakeFirst();
}

/**
 * The dossier's signed documents, oldest first.
 *
 * @example
 * const items = await listSignatures(db, row.id);
 */
export async function listSignatures(db: Kysely<Database>, dossierId: string): Promise<DossierSignature[]> {
  const rows = await db
    .selectFrom('dossier_signatures')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .orderBy('attached_at')
    .orderBy('request_id')
    .execute();
  return rows.map(toDossierSignature);
}

/** What is being attached: a transaction of the principal `owner` (`principalKey`), for one component. */
export interface SignatureAttachment {
  readonly owner: string;
  readonly requestId: string;
  readonly componentId: string;
}

/** Once processed (9) or closed, a dossier takes no more signatures. */
function assertOpen(row: DossierRow): void {
  const status = row.status as DossierStatusCode;
  if (status === S.Processed || isFinalStatus(status)) {
    throw new ProblemError('dossier.notEditable', {
      detail: says('dossier.notEditable', (locale) => ({ status: dossierStatusLabel(status, locale) })),
    });
  }
}

/** The component's file whose SHA-256 is `digest`, or 422 `signature.documentMismatch`. */
function signedFile(row: DossierRow, componentId: string, digest: Buffer): StoredFile {
  const documents = fromJson<DocumentSubmission[]>(row.documents) ?? [];
  const submission = documents.find((document) => document.componentId === componentId);
  if (!submission) {
    throw new ProblemError('dossier.unknownComponent', {
      detail: says('signature.noDocument', { componentId }),
    });
  }
  const file = submission.files.find((candidate) => candidate.sha256 === digest.toString('hex'));
  if (!file) {
    throw new ProblemError('signature.documentMismatch', {
      detail: says('signature.documentMismatch', { componentId }),
    });
  }
  return file;
}

/**
 * Attaches the signature of a `signed` transaction to the file of `componentId` it signs, after verifying the
 * CMS (sandbox CA, signature over the attributes, message digest = the file's SHA-256), and records a step in
 * the history once the dossier is submitted. The same transaction attached again answers what was attached.
 *
 * @example
 * const signature = await attachSignature(ctx, row, acting, { owner, requestId: 'sig_…', componentId: 'to-khai' });
 */
export async function attachSignature(
  ctx: DomainContext,
  row: DossierRow,
  acting: ApplicantActing,
  attachment: SignatureAttachment,
): Promise<DossierSignature> {
  const { requestId, componentId } = attachment;
  const existing = await findSignature(ctx.db, row.id, requestId);
  if (existing) return toDossierSignature(existing);
  assertOpen(row);

  const request = await ctx.db
    .selectFrom('signature_requests')
    .selectAll()
    .where('id', '=', requestId)
    .where('owner', '=', attachment.owner)
    .executeTakeFirst();
  if (!request) {
    throw new ProblemError('resource.notFound', { detail: says('signature.notFound', { id: requestId }) });
  }
  if (request.status !== 'signed' || !request.signature_value || !request.certificate_pem) {
    throw new ProblemError('signature.notSigned', {
      detail: says('signature.notSigned', { id: requestId, status: request.status }),
    });
  }
  const signedAt = new Date(request.completed_at ?? request.created_at);
  const authority = await ensureAuthority(ctx.db, ctx.now());
  let digest: Buffer;
  try {
    ({ digest } = verifyDetachedSignature(
      Buffer.from(request.signature_value, 'base64'),
      authority.certificatePem,
      signedAt,
    ));
  } catch (error) {
    if (!(error instanceof SignatureVerificationError)) throw error;
    throw new ProblemError('signature.invalid', {
      detail: says('signature.invalid', { id: requestId, reason: error.message }),
    });
  }
  const file = signedFile(row, componentId, digest);

  const now = ctx.now();
  const signer = fromJson<Signer>(request.signer);
  const stored: DossierSignatureTable = {
    dossier_id: row.id,
    request_id: requestId,
    component_id: componentId,
    file_id: file.fileId,
    file_name: file.name,
    document_hash: digest.toString('base64'),
    signer: toJson(signer),
    provider: request.provider,
    signed_at: toTimestamp(signedAt),
    attached_at: toTimestamp(now),
    signature_value: request.signature_value,
    certificate_pem: request.certificate_pem,
    chain: request.chain ?? '[]',
  };
  const inserted = await ctx.db
    .insertInto('dossier_signatures')
    .values(stored)
    .onConflict((conflict) => conflict.columns(['dossier_id', 'request_id']).doNothing())
    .executeTakeFirst();
  // A concurrent attachment of the same transaction won: answer with its row, and record no second step.
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) {
    const winner = await findSignature(ctx.db, row.id, requestId);
    if (winner) return toDossierSignature(winner);
  }
  // Drafts have no history: it starts at submission.
  if (row.status !== S.Draft) {
    const content = `${signer.name} ký số tệp “${file.name}” (${request.provider})`;
    await recordStep(ctx, row, acting, 'attachSignature', content, now);
  }
  return toDossierSignature(stored);
}
