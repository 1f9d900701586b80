import { randomBytes } from 'node:crypto';
import { signatures } from '@motcua/contract';
import type { SignatureRequest, SignatureStatus, Signer } from '@motcua/core';
import type { Kysely } from 'kysely';
import { type AuthenticatedPrincipal, principalKey } from '../auth/principal.js';
import { fromJson, toJson, toTimestamp } from '../db/portable.js';
import type { Database, Timestamp } from '../db/schema.js';
import { ProblemError } from '../http/problem.js';
import { type RouteDefinition, reply, route } from '../http/route.js';
import { type ScenarioName, scenarioFor } from '../seed-data/scenarios.js';
import { ensureAuthority, ensureSignerCertificate } from './ca.js';
import { createDetachedSignature } from './cms.js';

/** A remote-signing transaction. */
export interface SignatureRequestTable {
  id: string;
  /** `principalKey()` of the integrator that started it: only it may read it. */
  owner: string;
  provider: string;
  document_name: string;
  /** Base64 SHA-256 of the document's signed byte range. */
  document_hash: string;
  /** `{ citizenId?, taxCode?, name }` as JSON. */
  signer: string;
  /** The magic scenario the signer triggers (`signerRejects`…), if any. */
  scenario: string | null;
  status: SignatureStatus;
  created_at: Timestamp;
  expires_at: Timestamp;
  completed_at: Timestamp | null;
  /** Once signed: base64 DER of the detached CMS, the signer's certificate and the chain above it (JSON array). */
  signature_value: string | null;
  certificate_pem: string | null;
  chain: string | null;
}

declare module '../db/schema.js' {
  interface Database {
    signature_requests: SignatureRequestTable;
  }
}

/** Settings of the signing module. */
export interface SigningOptions {
  /**
   * How long (test-clock ms) the emulated signer takes to answer on their phone: an ordinary signer confirms,
   * `signerRejects` rejects, `organisationSigningFails` fails. Default 3 s. Controls act before that.
   */
  signerRespondsAfterMs?: number;
  /** How long the provider waits for the signer. Default 5 minutes. */
  expiresAfterMs?: number;
}

export const DEFAULT_SIGNER_RESPONDS_AFTER_MS = 3000;
export const DEFAULT_SIGNING_EXPIRY_MS = 5 * 60 * 1000;

const WAITING: SignatureStatus = 'waitingForConfirmation';

/** What the emulated phone does on its own, by scenario. */
const REACTIONS: Partial<Record<ScenarioName | 'default', SignatureStatus>> = {
  default: 'signed',
  signerRejects: 'rejected',
  organisationSigningFails: 'failed',
  // signerLetsExpire: no reaction; the transaction expires.
};

function signerScenario(signer: Signer): ScenarioName | undefined {
  const byId = signer.citizenId ? scenarioFor('signing', 'citizenId', signer.citizenId) : undefined;
  const byTaxCode = signer.taxCode ? scenarioFor('signing', 'taxCode', signer.taxCode) : undefined;
  return (byId ?? byTaxCode)?.name;
}

function toSignatureRequest(row: SignatureRequestTable): SignatureRequest {
  return {
    id: row.id,
    documentHash: { algorithm: 'SHA-256', value: row.document_hash },
    documentName: row.document_name,
    signer: fromJson<Signer>(row.signer),
    provider: row.provider,
    status: row.status,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    ...(row.completed_at ? { completedAt: row.completed_at } : {}),
    ...(row.status === 'signed' && row.signature_value && row.certificate_pem
      ? {
          signature: { format: 'cms' as const, value: row.signature_value, certificate: row.certificate_pem },
        }
      : {}),
  };
}

/**
 * Moves a waiting transaction to `status` as of `at` (the moment the phone answered or the time ran out),
 * signing when it becomes `signed`. Only a transaction still waiting moves: a concurrent change wins.
 */
async function finish(
  db: Kysely<Database>,
  row: SignatureRequestTable,
  status: SignatureStatus,
  at: Date,
): Promise<SignatureRequestTable> {
  let next: SignatureRequestTable = { ...row, status, completed_at: toTimestamp(at) };
  // Expired early (the sandbox control): the deadline is when it happened.
  if (status === 'expired' && next.completed_at && next.completed_at < row.expires_at) {
    next.expires_at = next.completed_at;
  }
  if (status === 'signed') {
    const signer = fromJson<Signer>(row.signer);
    const authority = await ensureAuthority(db, at);
    const leaf = await ensureSignerCertificate(db, signer, at);
    const cms = createDetachedSignature({
      digest: Buffer.from(row.document_hash, 'base64'),
      signingTime: at,
      signerCertificatePem: leaf.certificatePem,
      signerPrivateKeyPem: leaf.privateKeyPem,
      chainPems: [authority.certificatePem],
    });
    next = {
      ...next,
      signature_value: cms.toString('base64'),
      certificate_pem: leaf.certificatePem,
      chain: toJson([authority.certificatePem]),
    };
  }
  const updated = await db
    .updateTable('signature_requests')
    .set({
      status: next.status,
      expires_at: next.expires_at,
      completed_at: next.completed_at,
      signature_value: next.signature_value,
      certificate_pem: next.certificate_pem,
      chain: next.chain,
    })
    .where('id', '=', row.id)
    .where('status', '=', WAITING)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 1) return next;
  return readRequest(db, row.id);
}

async function readRequest(db: Kysely<Database>, id: string): Promise<SignatureRequestTable> {
  const row = await db.selectFrom('signature_requests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new ProblemError('resource.notFound');
  return row;
}

/** The signing routes: transactions, their result, the CA certificate and the sandbox's phone controls. */
export function signingRoutes(options: SigningOptions = {}): RouteDefinition[] {
  const respondsAfterMs = options.signerRespondsAfterMs ?? DEFAULT_SIGNER_RESPONDS_AFTER_MS;
  const expiresAfterMs = options.expiresAfterMs ?? DEFAULT_SIGNING_EXPIRY_MS;

  /**
   * Brings a waiting transaction up to date with the clock, replaying what happened since in time order: the
   * signer's own answer (if their scenario gives one, and before the deadline), else expiry.
   */
  async function settle(
    db: Kysely<Database>,
    row: SignatureRequestTable,
    now: Date,
  ): Promise<SignatureRequestTable> {
    if (row.status !== WAITING) return row;
    const created = new Date(row.created_at).getTime();
    const expires = new Date(row.expires_at).getTime();
    const reaction = REACTIONS[(row.scenario ?? 'default') as ScenarioName | 'default'];
    const answersAt = created + respondsAfterMs;
    if (reaction && answersAt < expires && now.getTime() >= answersAt) {
      return finish(db, row, reaction, new Date(answersAt));
    }
    if (now.getTime() >= expires) return finish(db, row, 'expired', new Date(expires));
    return row;
  }

  async function ownRequest(
    db: Kysely<Database>,
    id: string,
    principal: AuthenticatedPrincipal,
    now: Date,
  ): Promise<SignatureRequestTable> {
    const row = await db
      .selectFrom('signature_requests')
      .selectAll()
      .where('id', '=', id)
      .where('owner', '=', principalKey(principal))
      .executeTakeFirst();
    if (!row) throw new ProblemError('resource.notFound');
    return settle(db, row, now);
  }

  /** A phone control: settles the transaction first, then acts only on one still waiting. */
  async function control(
    db: Kysely<Database>,
    id: string,
    now: Date,
    decide: (row: SignatureRequestTable) => SignatureStatus,
  ): Promise<SignatureRequest> {
    const row = await settle(db, await readRequest(db, id), now);
    if (row.status !== WAITING) {
      throw new ProblemError('signature.notPending', {
        detail: { vi: `Giao dịch đang ở trạng thái ${row.status}`, en: `The transaction is ${row.status}` },
      });
    }
    return toSignatureRequest(await finish(db, row, decide(row), now));
  }

  return [
    // A literal path: the router ranks it before /signatures/{id} whatever the order here.
    route(signatures.caCertificate, async ({ db, now }) => {
      const authority = await ensureAuthority(db, now());
      return new Response(authority.certificatePem, {
        headers: {
          'Content-Type': 'application/x-pem-file',
          'Content-Disposition': 'attachment; filename="motcua-sandbox-root-ca.pem"',
          'Cache-Control': 'no-cache',
        },
      });
    }),

    route(signatures.create, async ({ db, body, principal, now }) => {
      const at = now();
      const signer: Signer = {
        ...(body.signer.citizenId ? { citizenId: body.signer.citizenId } : {}),
        ...(body.signer.taxCode ? { taxCode: body.signer.taxCode } : {}),
        name: body.signer.name,
      };
      const scenario = signerScenario(signer) ?? null;
      // A level-1 e-ID holds no signing certificate: the provider refuses at once.
      const refusedAtOnce = scenario === 'signerWithoutCertificate';
      const row: SignatureRequestTable = {
        id: `sig_${randomBytes(15).toString('base64url')}`,
        owner: principalKey(principal),
        provider: body.provider,
        document_name: body.documentName,
        document_hash: body.documentHash.value,
        signer: toJson(signer),
        scenario,
        status: refusedAtOnce ? 'authorisationFailed' : WAITING,
        created_at: toTimestamp(at),
        expires_at: toTimestamp(new Date(at.getTime() + expiresAfterMs)),
        completed_at: refusedAtOnce ? toTimestamp(at) : null,
        signature_value: null,
        certificate_pem: null,
        chain: null,
      };
      await db.insertInto('signature_requests').values(row).execute();
      return reply(toSignatureRequest(row), { headers: { Location: `/signatures/${row.id}` } });
    }),

    route(signatures.get, async ({ db, params, principal, now }) =>
      toSignatureRequest(await ownRequest(db, params.id, principal, now())),
    ),

    route(signatures.result, async ({ db, params, principal, now }) => {
      const row = await ownRequest(db, params.id, principal, now());
      if (row.status !== 'signed' || !row.signature_value || !row.certificate_pem || !row.completed_at) {
        throw new ProblemError('signature.notSigned', {
          detail: { vi: `Giao dịch đang ở trạng thái ${row.status}`, en: `The transaction is ${row.status}` },
        });
      }
      return {
        requestId: row.id,
        documentHash: { algorithm: 'SHA-256' as const, value: row.document_hash },
        signature: { format: 'cms' as const, value: row.signature_value, certificate: row.certificate_pem },
        certificateChain: fromJson<string[]>(row.chain) ?? [],
        signedAt: row.completed_at,
      };
    }),

    // The sandbox plays the signer's phone. An organisation whose provider fails fails even when confirmed.
    route(signatures.confirm, ({ db, params, now }) =>
      control(db, params.id, now(), (row) =>
        row.scenario === 'organisationSigningFails' ? 'failed' : 'signed',
      ),
    ),
    route(signatures.reject, ({ db, params, now }) => control(db, params.id, now(), () => 'rejected')),
    route(signatures.expire, ({ db, params, now }) => control(db, params.id, now(), () => 'expired')),
  ];
}
