import { createHash, randomBytes } from 'node:crypto';
import type { payments } from '@motcua/contract';
import type { Beneficiary, Payer, PaymentLine, PaymentStatus } from '@motcua/core';
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/portable.js';
import { fromJson, toJson, toTimestamp } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import type { NewEvent, SandboxEvent } from '../events/outbox.js';
import { agencyByCode } from '../seed-data/agencies.js';
import { findDossierByCode, type PayableDossier, recordFeesPaidOnline } from './dossier-fees.js';
import type { PaymentTable } from './tables.js';

type PaymentWithCheckout = payments.PaymentWithCheckout;

/** How long a lookup code takes money: 15 minutes of test-clock time, then the payment is `expired`. */
export const PAYMENT_TTL_MS = 15 * 60 * 1000;

/** What payment code needs from a request (or anything else with a transaction and the test clock). */
export interface PaymentContext {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  now(): Date;
  emit(event: NewEvent): Promise<SandboxEvent>;
}

/** A payment id: `pay_` and 20 hex digits. */
export function newPaymentId(): string {
  return `pay_${randomBytes(10).toString('hex')}`;
}

/** An id for a transaction the sandbox's own gateway settles (checkout page, sandbox controls). */
export function newTransactionId(): string {
  return `sbx_${randomBytes(8).toString('hex')}`;
}

/** The local (Asia/Ho_Chi_Minh, UTC+7 all year) calendar day of an instant, as `yyMMdd`. */
function localDay(at: Date): string {
  const local = new Date(at.getTime() + 7 * 60 * 60 * 1000).toISOString();
  return `${local.slice(2, 4)}${local.slice(5, 7)}${local.slice(8, 10)}`;
}

/**
 * Issues the next mã tra cứu (lookup code): `PT`, the local day `yyMMdd`, and a 6-digit sequence that starts
 * at 000001 each day — `PT260213000001`. The shape follows core's example; the real platform's format is
 * open (illustrative). The counter is one row per day updated in the request's transaction, so two payments
 * never get the same code on either engine.
 *
 * @example
 * await nextLookupCode(trx, new Date('2026-02-13T03:00:00Z')) // 'PT260213000001'
 */
export async function nextLookupCode(db: Kysely<Database>, at: Date): Promise<string> {
  const day = localDay(at);
  const row = await db
    .insertInto('payment_sequences')
    .values({ day, last_sequence: 1 })
    .onConflict((conflict) =>
      conflict
        .column('day')
        .doUpdateSet((eb) => ({ last_sequence: eb('payment_sequences.last_sequence', '+', 1) })),
    )
    .returning('last_sequence')
    .executeTakeFirstOrThrow();
  return `PT${day}${String(Number(row.last_sequence)).padStart(6, '0')}`;
}

/**
 * The account fees are paid into: the collecting agency's account at the State Treasury (Kho bạc Nhà nước).
 * Illustrative: the number is derived from the agency code (`3511` + 8 digits), stable across runs, and
 * belongs to nobody.
 *
 * @example
 * treasuryAccount('000.00.01.H26', 'Trung tâm Phục vụ hành chính công thành phố Hà Nội')
 * // { accountName: 'Trung tâm…', accountNumber: '3511…', bank: 'Kho bạc Nhà nước' }
 */
export function treasuryAccount(agencyCode: string, agencyName?: string | null): Beneficiary {
  const digest = createHash('sha256').update(agencyCode, 'utf8').digest();
  const digits = String(digest.readUInt32BE(0) % 100_000_000).padStart(8, '0');
  return {
    accountName: agencyName || agencyByCode(agencyCode)?.name || agencyCode,
    accountNumber: `3511${digits}`,
    bank: 'Kho bạc Nhà nước',
  };
}

/**
 * A stored payment as the API answers it; `checkoutUrl` only while pending.
 *
 * @example
 * toPayment(row, 'http://127.0.0.1:8080').checkoutUrl // 'http://127.0.0.1:8080/sandbox/payments/pay_…/checkout'
 */
export function toPayment(row: PaymentTable, origin?: string): PaymentWithCheckout {
  const payer = fromJson<Payer | null>(row.payer);
  return {
    id: row.id,
    dossierCode: row.dossier_code,
    lookupCode: row.lookup_code,
    lines: fromJson<PaymentLine[]>(row.lines),
    total: Number(row.total),
    currency: 'VND',
    status: row.status,
    beneficiary: fromJson<Beneficiary>(row.beneficiary),
    ...(payer ? { payer } : {}),
    ...(row.channel === null ? {} : { channel: row.channel }),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    ...(row.paid_at === null ? {} : { paidAt: row.paid_at }),
    ...(row.failure_reason === null ? {} : { failureReason: row.failure_reason }),
    ...(row.status === 'pending' && origin !== undefined ? { checkoutUrl: checkoutUrl(origin, row.id) } : {}),
  };
}

/** Where the payer pays: the sandbox's gateway page. */
export function checkoutUrl(origin: string, paymentId: string): string {
  return `${origin}/sandbox/payments/${encodeURIComponent(paymentId)}/checkout`;
}

/** A payment by id. */
export async function findPayment(db: Kysely<Database>, id: string): Promise<PaymentTable | undefined> {
  return db.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * A new pending payment of these lines, with the next lookup code and a 15-minute expiry.
 *
 * @example
 * const row = await insertPayment(context, dossier, unpaidFees(dossier), { returnUrl });
 */
export async function insertPayment(
  context: PaymentContext,
  dossier: PayableDossier & { agencyCode: string },
  lines: readonly PaymentLine[],
  options: { returnUrl?: string | undefined } = {},
): Promise<PaymentTable> {
  const at = context.now();
  const stamp = toTimestamp(at);
  const payer: Payer = {
    name: dossier.applicant.fullName,
    ...(dossier.applicant.phone ? { phone: dossier.applicant.phone } : {}),
    ...(dossier.applicant.email ? { email: dossier.applicant.email } : {}),
  };
  const row: PaymentTable = {
    id: newPaymentId(),
    dossier_code: dossier.code,
    agency_code: dossier.agencyCode,
    owner_persona_id: dossier.ownerPersonaId,
    lookup_code: await nextLookupCode(context.db, at),
    lines: toJson(lines),
    total: lines.reduce((sum, line) => sum + line.amount, 0),
    beneficiary: toJson(treasuryAccount(dossier.agencyCode, dossier.agencyName)),
    payer: toJson(payer),
    payer_citizen_id: dossier.applicant.citizenId ?? null,
    status: 'pending',
    channel: null,
    transaction_id: null,
    return_url: options.returnUrl ?? null,
    failure_reason: null,
    created_at: stamp,
    expires_at: toTimestamp(new Date(at.getTime() + PAYMENT_TTL_MS)),
    paid_at: null,
    updated_at: stamp,
  };
  await context.db.insertInto('payments').values(row).execute();
  return row;
}

/** How a pending payment ends. */
export type Settlement =
  | {
      status: 'paid';
      transactionId: string;
      channel?: string | undefined;
      payer?: Payer | undefined;
      paidAt?: string | undefined;
    }
  | { status: 'failed'; transactionId?: string | undefined; reason: string; channel?: string | undefined }
  | { status: 'expired' };

/** Who ended it, for the event's actor: the payer at the gateway, or the platform (expiry). */
const ACTOR_OF: Record<Settlement['status'], { role: 'applicant' | 'system' }> = {
  paid: { role: 'applicant' },
  failed: { role: 'applicant' },
  expired: { role: 'system' },
};

/**
 * Ends a pending payment and tells the world: `paid` marks the dossier's fee lines paid online and emits
 * `dossier.feesPaid`; `failed` and `expired` emit `dossier.paymentFailed`. Returns the payment as stored
 * afterwards; a payment that is no longer pending is returned unchanged (someone else ended it first).
 *
 * The dossier's status is not changed here: 6 → 4 after fees are paid is the dossier module's transition.
 *
 * @example
 * const paid = await settlePayment(context, row, { status: 'paid', transactionId: 'GW123', channel: 'qr' });
 */
export async function settlePayment(
  context: PaymentContext,
  row: PaymentTable,
  outcome: Settlement,
): Promise<PaymentTable> {
  const at = context.now();
  const stamp = toTimestamp(at);
  const storedPayer = fromJson<Payer | null>(row.payer);
  const changes: Partial<PaymentTable> = {
    status: outcome.status satisfies PaymentStatus,
    updated_at: stamp,
    ...(outcome.status === 'paid'
      ? {
          paid_at: outcome.paidAt ?? stamp,
          transaction_id: outcome.transactionId,
          channel: outcome.channel ?? null,
          payer: toJson({ ...storedPayer, ...outcome.payer }),
        }
      : outcome.status === 'failed'
        ? {
            failure_reason: outcome.reason,
            transaction_id: outcome.transactionId ?? null,
            channel: outcome.channel ?? row.channel,
          }
        : {}),
  };
  const result = await context.db
    .updateTable('payments')
    .set(changes)
    .where('id', '=', row.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  const updated = (await findPayment(context.db, row.id)) as PaymentTable;
  if (Number(result.numUpdatedRows) !== 1) return updated;

  const dossier = await findDossierByCode(context.db, context.dialect, row.dossier_code);
  const lines = fromJson<PaymentLine[]>(row.lines);
  if (outcome.status === 'paid' && dossier) {
    await recordFeesPaidOnline(
      context.db,
      dossier,
      row.id,
      lines.map((line) => line.code),
      at,
    );
  }
  await context.emit({
    type: outcome.status === 'paid' ? 'dossier.feesPaid' : 'dossier.paymentFailed',
    dossierCode: row.dossier_code,
    agencyCode: dossier?.agencyCode ?? row.agency_code,
    payload: {
      status: dossier?.status ?? null,
      previousStatus: null,
      actor: ACTOR_OF[outcome.status],
      data: {
        paymentId: row.id,
        lookupCode: row.lookup_code,
        paymentStatus: outcome.status,
        total: Number(row.total),
        currency: 'VND',
        lines,
        ...(updated.channel === null ? {} : { channel: updated.channel }),
        ...(outcome.status === 'paid' ? { paidOnline: true, paidAt: updated.paid_at } : {}),
        ...(updated.failure_reason === null ? {} : { reason: updated.failure_reason }),
      },
    },
  });
  return updated;
}

/**
 * A payment as it stands now: a pending payment whose lookup code has lapsed (test clock) becomes `expired`
 * here, when it is next read — there is no timer, so advancing the clock is enough.
 *
 * @example
 * const current = await refreshPayment(context, row);
 */
export async function refreshPayment(context: PaymentContext, row: PaymentTable): Promise<PaymentTable> {
  if (row.status !== 'pending' || context.now().getTime() < new Date(row.expires_at).getTime()) return row;
  return settlePayment(context, row, { status: 'expired' });
}
