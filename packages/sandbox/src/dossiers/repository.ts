/**
 * Reading and writing dossier rows, and turning them into the contract's views (`Dossier`, `DossierSummary`).
 */
import { randomBytes } from 'node:crypto';
import type { dossiers } from '@motcua/contract';
import {
  type Applicant,
  type DocumentSubmission,
  type Dossier,
  type DossierFee,
  type DossierResult,
  type DossierStatusCode,
  foldText,
  type Officer,
  type ProcessingStep,
  type SupplementRequest,
} from '@motcua/core';
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Dialect } from '../db/portable.js';
import { fromJson, toTimestamp } from '../db/portable.js';
import { preparedQuery } from '../db/prepared.js';
import type { Database } from '../db/schema.js';
import { ProblemError } from '../http/problem.js';
import { says } from './messages.js';
import { overdueOf } from './overdue.js';
import type { DossierTable } from './schema.js';

export type DossierRow = Selectable<DossierTable>;
export type DossierChanges = Omit<Updateable<DossierTable>, 'id' | 'version' | 'updated_at' | 'created_at'>;

/**
 * A fresh opaque id with a prefix, fitting core's `IdSchema`.
 *
 * @example
 * newId('d') // 'd_9f2c4e0a1b7d3e5f6a8c'
 */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(10).toString('hex')}`;
}

/** What `q` searches: code, summary and applicant name, folded (no diacritics, lower case). */
export function searchTextOf(code: string | null, summary: string, applicantName: string): string {
  return foldText([code ?? '', summary, applicantName].join(' '));
}

/**
 * A dossier by id or by code. With `forUpdate` on PostgreSQL the row is locked until the transaction ends, so
 * two officers acting at once are serialised and the second sees the first's outcome (SQLite serialises
 * writers anyway); the version check in {@link saveDossier} stays as the safety net.
 */
export async function findDossierRow(
  db: Kysely<Database>,
  ref: string,
  options: { forUpdate?: boolean; dialect?: Dialect } = {},
): Promise<DossierRow | undefined> {
  const find = options.forUpdate && options.dialect === 'postgres' ? dossierForUpdate : dossierByRef;
  return (await find(db, ref, ref)).rows[0];
}

const byRef = (db: Kysely<Database>, id: string, code: string) =>
  db
    .selectFrom('dossiers')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', id), eb('code', '=', code)]));
const dossierByRef = preparedQuery(byRef);
const dossierForUpdate = preparedQuery((db, id: string, code: string) => byRef(db, id, code).forUpdate());

/**
 * Writes changes to a dossier with optimistic concurrency: the row must still have the version it was read
 * with (409 `dossier.illegalTransition` naming the concurrent change otherwise). Bumps `version` and
 * `updated_at`.
 */
export async function saveDossier(
  db: Kysely<Database>,
  row: DossierRow,
  changes: DossierChanges,
  now: Date,
): Promise<DossierRow> {
  const updated = await db
    .updateTable('dossiers')
    .set({ ...changes, version: row.version + 1, updated_at: toTimestamp(now) })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .returningAll()
    .executeTakeFirst();
  if (!updated) {
    throw new ProblemError('dossier.illegalTransition', {
      detail: says('dossier.concurrentChange', { code: row.code ?? row.id }),
    });
  }
  return updated;
}

function agencyRef(code: string | null, name: string | null) {
  return code === null ? undefined : { code, name: name ?? code };
}

/**
 * The columns a list shows ({@link toSummary}): a page of twenty reads neither the e-forms nor the documents,
 * fees and results, the bulk of a row.
 */
export const SUMMARY_COLUMNS = [
  'id',
  'code',
  'procedure_code',
  'procedure_name',
  'field_code',
  'field_name',
  'applicant',
  'channel',
  'summary',
  'status',
  'receiving_agency_code',
  'receiving_agency_name',
  'processing_agency_code',
  'processing_agency_name',
  'created_at',
  'submitted_at',
  'accepted_at',
  'appointment_at',
  'finished_at',
  'returned_at',
] as const satisfies readonly (keyof DossierTable)[];

export type DossierSummaryRow = Pick<DossierRow, (typeof SUMMARY_COLUMNS)[number]>;

function datesOf(row: DossierSummaryRow): Dossier['dates'] {
  return {
    createdAt: row.created_at,
    ...(row.submitted_at === null ? {} : { submittedAt: row.submitted_at }),
    ...(row.accepted_at === null ? {} : { acceptedAt: row.accepted_at }),
    ...(row.appointment_at === null ? {} : { appointmentAt: row.appointment_at }),
    ...(row.finished_at === null ? {} : { finishedAt: row.finished_at }),
    ...(row.returned_at === null ? {} : { returnedAt: row.returned_at }),
  };
}

/** The fields a list shows; `now` (the test clock) decides whether it is overdue. */
export function toSummary(row: DossierSummaryRow, now: Date): dossiers.DossierSummary {
  const receivingAgency = agencyRef(row.receiving_agency_code, row.receiving_agency_name);
  const processingAgency = agencyRef(row.processing_agency_code, row.processing_agency_name);
  return {
    id: row.id,
    code: row.code,
    procedure: { code: row.procedure_code, name: row.procedure_name },
    field: { code: row.field_code, name: row.field_name },
    applicant: fromJson<Applicant>(row.applicant),
    channel: row.channel as 1 | 2 | 3,
    summary: row.summary,
    status: row.status as DossierStatusCode,
    dates: datesOf(row),
    ...overdueOf(row, now),
    ...(receivingAgency ? { receivingAgency } : {}),
    ...(processingAgency ? { processingAgency } : {}),
  };
}

/** The processing history of a dossier, oldest first. */
export async function loadHistory(db: Kysely<Database>, dossierId: string): Promise<ProcessingStep[]> {
  const { rows } = await historyOf(db, dossierId);
  return rows.map((row) => ({
    actor: row.actor as ProcessingStep['actor'],
    ...(row.officer_id !== null && row.officer_name !== null && row.actor !== 'applicant'
      ? {
          officer: {
            id: row.officer_id,
            name: row.officer_name,
            title: row.officer_title ?? '',
            department: row.officer_department ?? '',
          },
        }
      : {}),
    at: row.at,
    content: row.content,
    status: row.status as DossierStatusCode,
    startedAt: row.started_at,
    ...(row.legal_deadline === null ? {} : { legalDeadline: row.legal_deadline }),
  }));
}

const historyOf = preparedQuery((db, dossierId: string) =>
  db.selectFrom('dossier_history').selectAll().where('dossier_id', '=', dossierId).orderBy('id'),
);

/** The supplement requests of a dossier, oldest first. */
export async function loadSupplements(db: Kysely<Database>, dossierId: string): Promise<SupplementRequest[]> {
  const { rows } = await supplementsOf(db, dossierId);
  // Ties broken here: ordering by `id` too would make SQLite sort the index's rows in a temporary b-tree.
  rows.sort((a, b) => byText(a.requested_at, b.requested_at) || byText(a.id, b.id));
  return rows.map((row) => ({
    id: row.id,
    requestedBy: fromJson<Officer>(row.requested_by),
    requestedAt: row.requested_at,
    items: fromJson<SupplementRequest['items']>(row.items),
    reason: row.reason,
    ...(row.deadline === null ? {} : { deadline: row.deadline }),
    ...(row.previous_appointment_at === null ? {} : { previousAppointmentAt: row.previous_appointment_at }),
    ...(row.new_appointment_at === null ? {} : { newAppointmentAt: row.new_appointment_at }),
    ...(row.answered_at === null ? {} : { answeredAt: row.answered_at }),
  }));
}

const supplementsOf = preparedQuery((db, dossierId: string) =>
  db
    .selectFrom('dossier_supplements')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .orderBy('requested_at'),
);

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The whole dossier, as `dossiers.get` answers it; `now` (the test clock) decides whether it is overdue. */
export async function toDossier(db: Kysely<Database>, row: DossierRow, now: Date): Promise<Dossier> {
  const resultDeliveryAgency = agencyRef(row.result_delivery_agency_code, row.result_delivery_agency_name);
  return {
    ...toSummary(row, now),
    ...(resultDeliveryAgency ? { resultDeliveryAgency } : {}),
    documents: fromJson<DocumentSubmission[]>(row.documents),
    formData: fromJson<Record<string, unknown>>(row.form_data),
    fees: fromJson<DossierFee[]>(row.fees),
    supplementRequests: await loadSupplements(db, row.id),
    results: fromJson<DossierResult[]>(row.results),
    history: await loadHistory(db, row.id),
  } satisfies Dossier;
}
