/**
 * The payments module's only window on dossiers: reads a dossier's fees and applicant from the dossier module's
 * `dossiers` table, and records fees paid online there. Kept in one file so that the day the dossier module
 * exposes functions for these, only this file changes.
 */
import { type DossierFee, type DossierStatusCode, isDossierStatusCode } from '@motcua/core';
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../db/portable.js';
import { fromJson, toJson, toTimestamp } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import type {} from '../dossiers/schema.js';

/** What paying needs to know about a dossier. */
export interface PayableDossier {
  readonly id: string;
  readonly code: string;
  readonly status: DossierStatusCode;
  /** The persona owning the dossier (the applicant's sign-in). */
  readonly ownerPersonaId: string;
  /** The agency collecting the fees: the processing agency once routed, else the receiving one. */
  readonly agencyCode: string | null;
  readonly agencyName: string | null;
  /** Every agency that may see the dossier (receiving, processing, result delivery). */
  readonly agencyCodes: readonly string[];
  readonly applicant: {
    readonly fullName: string;
    readonly citizenId?: string;
    readonly phone?: string;
    readonly email?: string;
  };
  readonly fees: readonly DossierFee[];
  readonly version: number;
}

/** Statuses in which nothing can be paid any more: refused, withdrawn, stopped, result returned (and drafts). */
const CLOSED_STATUSES: readonly number[] = [0, 3, 7, 8, 10];

/** Whether the dossier module's table exists in this database (its module may not be registered). */
async function dossiersTableExists(db: Kysely<Database>, dialect: Dialect): Promise<boolean> {
  const query =
    dialect === 'postgres'
      ? sql<{ found: unknown }>`select to_regclass('dossiers') is not null as found`
      : sql<{
          found: unknown;
        }>`select count(*) as found from sqlite_master where type = 'table' and name = 'dossiers'`;
  const row = (await query.execute(db)).rows[0];
  return row?.found === true || Number(row?.found) > 0;
}

/**
 * A submitted dossier by its code, or `undefined` (unknown code, or no dossier module in this sandbox). With
 * `forUpdate` on PostgreSQL the row stays locked until the transaction ends, so two payments created at once for
 * one dossier are serialised (SQLite serialises writers anyway).
 *
 * @example
 * const dossier = await findDossierByCode(db, 'sqlite', '000.00.01.H26-260213-0001');
 */
export async function findDossierByCode(
  db: Kysely<Database>,
  dialect: Dialect,
  code: string,
  options: { forUpdate?: boolean } = {},
): Promise<PayableDossier | undefined> {
  if (!(await dossiersTableExists(db, dialect))) return undefined;
  let query = db
    .selectFrom('dossiers')
    .select([
      'id',
      'code',
      'status',
      'applicant_persona_id',
      'applicant',
      'receiving_agency_code',
      'receiving_agency_name',
      'processing_agency_code',
      'processing_agency_name',
      'result_delivery_agency_code',
      'fees',
      'version',
    ])
    .where('code', '=', code);
  if (options.forUpdate && dialect === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row || row.code === null) return undefined;
  const status = Number(row.status);
  const applicant = fromJson<Record<string, unknown>>(row.applicant) ?? {};
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const citizenId = text(applicant.citizenId);
  const phone = text(applicant.phone);
  const email = text(applicant.email);
  return {
    id: row.id,
    code: row.code,
    status: (isDossierStatusCode(status) ? status : 0) as DossierStatusCode,
    ownerPersonaId: row.applicant_persona_id,
    agencyCode: row.processing_agency_code ?? row.receiving_agency_code,
    agencyName: row.processing_agency_code ? row.processing_agency_name : row.receiving_agency_name,
    agencyCodes: [
      row.receiving_agency_code,
      row.processing_agency_code,
      row.result_delivery_agency_code,
    ].filter((agency): agency is string => agency !== null),
    applicant: {
      fullName: text(applicant.fullName) ?? '',
      ...(citizenId ? { citizenId } : {}),
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
    },
    fees: fromJson<DossierFee[]>(row.fees) ?? [],
    version: Number(row.version),
  };
}

/**
 * The fee lines still to pay: unpaid, and above zero (exempt procedures list a 0 line that nobody pays).
 * Nothing is payable once the dossier is closed (refused, withdrawn, stopped, returned).
 *
 * @example
 * unpaidFees(dossier) // [{ code: 'LP01', name: 'Lệ phí…', kind: 'fee', amount: 8000, paid: false, … }]
 */
export function unpaidFees(dossier: PayableDossier): DossierFee[] {
  if (CLOSED_STATUSES.includes(dossier.status)) return [];
  return dossier.fees.filter((fee) => !fee.paid && fee.amount > 0);
}

/**
 * Records on the dossier that the fee lines with these codes were paid online by a payment: `paid`,
 * `paymentId`, `paidOnline` (the service index counts these). Bumps the dossier's `version` like every write of
 * the dossier module. Does not move the status: 6 → 4 (fees requested → processing) belongs to the dossier
 * module.
 *
 * @example
 * await recordFeesPaidOnline(trx, dossier, 'pay_…', ['LP01'], now);
 */
export async function recordFeesPaidOnline(
  db: Kysely<Database>,
  dossier: PayableDossier,
  paymentId: string,
  feeCodes: readonly string[],
  now: Date,
): Promise<void> {
  // Optimistic concurrency, as the dossier module writes: re-read, write if unchanged, else try again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await db
      .selectFrom('dossiers')
      .select(['fees', 'version'])
      .where('id', '=', dossier.id)
      .executeTakeFirst();
    if (!current) return;
    const fees = (fromJson<DossierFee[]>(current.fees) ?? []).map((fee) =>
      !fee.paid && feeCodes.includes(fee.code) ? { ...fee, paid: true, paymentId, paidOnline: true } : fee,
    );
    const result = await db
      .updateTable('dossiers')
      .set({ fees: toJson(fees), version: Number(current.version) + 1, updated_at: toTimestamp(now) })
      .where('id', '=', dossier.id)
      .where('version', '=', Number(current.version))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) return;
  }
  throw new Error(`Dossier ${dossier.code} kept changing while its fees were being marked paid`);
}
