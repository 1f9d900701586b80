/**
 * Test-only helpers for the payments, webhooks and feedback suites: dossiers to pay for, and a few principals.
 * Dossiers are written straight into the dossier module's `dossiers` table (its own migration, applied by a
 * fixture migration only when the sandbox does not register the dossier module), so these suites do not depend
 * on the dossier lifecycle endpoints.
 */
import type { DossierFee, DossierStatusCode } from '@motcua/core';
import { type Kysely, sql } from 'kysely';
import { hashSecret } from '../auth/credentials.js';
import type { SandboxMigration } from '../db/migrations.js';
import { toJson, toTimestamp } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { dossiersMigration } from '../dossiers/schema.js';
import type { SandboxModule } from '../module.js';

/** Creates the dossier module's tables when (and only when) that module is not registered. */
const dossierTablesIfAbsent: SandboxMigration = {
  name: '9600_test_dossier_tables_if_absent',
  async up(db, context) {
    const query =
      context.dialect === 'postgres'
        ? sql<{ found: unknown }>`select to_regclass('dossiers') is not null as found`
        : sql<{
            found: unknown;
          }>`select count(*) as found from sqlite_master where type = 'table' and name = 'dossiers'`;
    const row = (await query.execute(db)).rows[0];
    if (row?.found === true || Number(row?.found) > 0) return;
    await dossiersMigration.up(db, context);
  },
};

/** Pass to `startSandbox(engine, { modules: [dossierFixtureModule] })`. */
export const dossierFixtureModule: SandboxModule = {
  name: 'test-dossier-fixture',
  migrations: [dossierTablesIfAbsent],
};

let sequence = 0;

/** A fresh, well-formed dossier code of an agency (`<agency>-260213-NNNN`). */
export function testDossierCode(agencyCode: string): string {
  sequence += 1;
  return `${agencyCode}-260213-${String(sequence).padStart(4, '0')}`;
}

/** A fee line as a dossier owes it. */
export function fee(code: string, amount: number, extra: Partial<DossierFee> = {}): DossierFee {
  return {
    code,
    name: `Lệ phí ${code}`,
    kind: 'fee',
    amount,
    collectedAt: 'processing',
    paid: false,
    ...extra,
  };
}

export interface TestDossier {
  code?: string;
  ownerPersonaId: string;
  /** The agency processing it (and, unless `receivingAgencyCode` says otherwise, the one that received it). */
  agencyCode: string;
  agencyName?: string;
  receivingAgencyCode?: string;
  status?: DossierStatusCode;
  fees?: DossierFee[];
  applicant?: { fullName: string; citizenId?: string; phone?: string; email?: string };
}

/**
 * Inserts a submitted dossier (status 6, fees requested, by default) and returns its code.
 *
 * @example
 * const code = await insertTestDossier(sandbox.db, { ownerPersonaId: 'citizen-an', agencyCode, fees: [fee('LP01', 8000)] });
 */
export async function insertTestDossier(db: Kysely<Database>, dossier: TestDossier): Promise<string> {
  const code = dossier.code ?? testDossierCode(dossier.agencyCode);
  const now = toTimestamp(new Date());
  const applicant = dossier.applicant ?? {
    fullName: 'Nguyễn Văn An',
    citizenId: '001087123456',
    phone: '0912345678',
  };
  await db
    .insertInto('dossiers')
    .values({
      id: `d_${code.replace(/[^0-9A-Za-z]/g, '').toLowerCase()}`,
      code,
      procedure_code: '1.001193',
      procedure_name: 'Thủ tục đăng ký khai sinh',
      field_code: 'G09-TP05',
      field_name: 'Hộ tịch',
      applicant_persona_id: dossier.ownerPersonaId,
      applicant: toJson({ kind: 'citizen', ...applicant }),
      channel: 2,
      summary: 'Đăng ký khai sinh',
      note: null,
      status: dossier.status ?? 6,
      receiving_agency_code: dossier.receivingAgencyCode ?? dossier.agencyCode,
      receiving_agency_name: dossier.agencyName ?? 'Trung tâm Phục vụ hành chính công',
      processing_agency_code: dossier.agencyCode,
      processing_agency_name: dossier.agencyName ?? 'Trung tâm Phục vụ hành chính công',
      result_delivery_agency_code: null,
      result_delivery_agency_name: null,
      assigned_officer_id: null,
      assigned_officer_name: null,
      form_data: '{}',
      documents: '[]',
      fees: toJson(dossier.fees ?? [fee('LP01', 8000)]),
      results: '[]',
      search_text: code.toLowerCase(),
      created_at: now,
      updated_at: now,
      submitted_at: now,
      accepted_at: now,
      appointment_at: null,
      finished_at: null,
      returned_at: null,
      version: 1,
    })
    .execute();
  return code;
}

/** An extra API key of another agency, for "not yours" checks. */
export async function insertTestApiKey(db: Kysely<Database>, agencyCode: string, key: string): Promise<void> {
  await db
    .insertInto('api_keys')
    .values({
      key_hash: hashSecret(key),
      id: `test-${key.slice(-12)}`,
      agency_code: agencyCode,
      label: `Test key of ${agencyCode}`,
      created_at: toTimestamp(new Date()),
    })
    .execute();
}

/** A seeded officer persona of an agency (read from the database, so the suites follow the seed). */
export async function officerOf(db: Kysely<Database>, agencyCode: string): Promise<string> {
  const row = await db
    .selectFrom('personas')
    .select('id')
    .where('kind', '=', 'officer')
    .where('agency_code', '=', agencyCode)
    .orderBy('id')
    .executeTakeFirst();
  if (!row) throw new Error(`No seeded officer of ${agencyCode}`);
  return row.id;
}
