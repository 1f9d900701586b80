/**
 * The dossier domain's tables and their migration (`0100_dossiers`). Storage conventions are the sandbox's
 * (`db/schema.ts`): ISO 8601 UTC text timestamps, JSON as text, 64-bit integers read back as numbers.
 */
import { sql } from 'kysely';
import type { SandboxMigration } from '../db/migrations.js';
import { addSerialPrimaryKey } from '../db/portable.js';
import type { JsonText, Timestamp } from '../db/schema.js';

/**
 * One dossier (hồ sơ), from draft to returned result. The columns hold what the dossier view shows; names of
 * the procedure and agencies are snapshots taken when they were set, so a renamed agency does not rewrite
 * history.
 */
export interface DossierTable {
  /** The platform's id (`d_…`), never changes. */
  id: string;
  /** The official code, `null` while a draft; unique once set. */
  code: string | null;
  /** National procedure code (`1.001193`). */
  procedure_code: string;
  procedure_name: string;
  field_code: string;
  field_name: string;
  /** The persona who owns the dossier (the applicant's sign-in). */
  applicant_persona_id: string;
  /** `Applicant` as JSON. */
  applicant: JsonText;
  /** 1 in person, 2 online, 3 postal. */
  channel: number;
  summary: string;
  note: string | null;
  /** 0–10, core's `DossierStatus`. */
  status: number;
  receiving_agency_code: string | null;
  receiving_agency_name: string | null;
  processing_agency_code: string | null;
  processing_agency_name: string | null;
  /** Set only when the result is collected elsewhere than the receiving agency (boundary-free return). */
  result_delivery_agency_code: string | null;
  result_delivery_agency_name: string | null;
  /** The specialist the desk assigned (persona id), and their name at the time. */
  assigned_officer_id: string | null;
  assigned_officer_name: string | null;
  /** E-form answers, as JSON. */
  form_data: JsonText;
  /** `DocumentSubmission[]` as JSON. */
  documents: JsonText;
  /** `DossierFee[]` as JSON. */
  fees: JsonText;
  /** `DossierResult[]` as JSON. */
  results: JsonText;
  /** Code, summary and applicant name folded (no diacritics, lower case), for `q` searches. */
  search_text: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: Timestamp | null;
  accepted_at: Timestamp | null;
  appointment_at: Timestamp | null;
  finished_at: Timestamp | null;
  returned_at: Timestamp | null;
  /** Optimistic concurrency: every write checks and increments it. */
  version: number;
}

/** One step of the processing history (quá trình xử lý). */
export interface DossierHistoryTable {
  id: import('kysely').Generated<number>;
  dossier_id: string;
  /** Core's `Actor`: applicant, deskOfficer, specialist, system. */
  actor: string;
  /** The lifecycle action (`accept`…) or `transfer`. */
  action: string;
  /** Who acted: an officer persona id, an API key id, or the applicant's persona id. */
  officer_id: string | null;
  officer_name: string | null;
  officer_title: string | null;
  /** The officer's agency (department) at the time. */
  officer_department: string | null;
  at: Timestamp;
  started_at: Timestamp;
  content: string;
  /** The status the step left the dossier in. */
  status: number;
  legal_deadline: Timestamp | null;
}

/** A supplement request (yêu cầu bổ sung) and its answer. */
export interface DossierSupplementTable {
  id: string;
  dossier_id: string;
  /** `Officer` as JSON. */
  requested_by: JsonText;
  requested_at: Timestamp;
  /** `{ componentId?, description }[]` as JSON. */
  items: JsonText;
  reason: string;
  deadline: Timestamp | null;
  /** The dossier's status when the request was made: where answering returns it (1 or 4). */
  status_before: number;
  previous_appointment_at: Timestamp | null;
  new_appointment_at: Timestamp | null;
  answered_at: Timestamp | null;
  answer_message: string | null;
}

/** Daily dossier-code sequences: the last number given per receiving agency and local (UTC+7) day. */
export interface DossierCodeSequenceTable {
  agency_code: string;
  /** `YYYY-MM-DD` in Asia/Ho_Chi_Minh. */
  day: string;
  last_sequence: number;
}

declare module '../db/schema.js' {
  interface Database {
    dossiers: DossierTable;
    dossier_history: DossierHistoryTable;
    dossier_supplements: DossierSupplementTable;
    dossier_code_sequences: DossierCodeSequenceTable;
  }
}

/** Portable DDL for the four tables. */
export const dossiersMigration: SandboxMigration = {
  name: '0100_dossiers',
  async up(db, { dialect }) {
    await db.schema
      .createTable('dossiers')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('code', 'text', (col) => col.unique())
      .addColumn('procedure_code', 'text', (col) => col.notNull())
      .addColumn('procedure_name', 'text', (col) => col.notNull())
      .addColumn('field_code', 'text', (col) => col.notNull())
      .addColumn('field_name', 'text', (col) => col.notNull())
      .addColumn('applicant_persona_id', 'text', (col) => col.notNull())
      .addColumn('applicant', 'text', (col) => col.notNull())
      .addColumn('channel', 'integer', (col) => col.notNull())
      .addColumn('summary', 'text', (col) => col.notNull())
      .addColumn('note', 'text')
      .addColumn('status', 'integer', (col) => col.notNull())
      .addColumn('receiving_agency_code', 'text')
      .addColumn('receiving_agency_name', 'text')
      .addColumn('processing_agency_code', 'text')
      .addColumn('processing_agency_name', 'text')
      .addColumn('result_delivery_agency_code', 'text')
      .addColumn('result_delivery_agency_name', 'text')
      .addColumn('assigned_officer_id', 'text')
      .addColumn('assigned_officer_name', 'text')
      .addColumn('form_data', 'text', (col) => col.notNull())
      .addColumn('documents', 'text', (col) => col.notNull())
      .addColumn('fees', 'text', (col) => col.notNull())
      .addColumn('results', 'text', (col) => col.notNull())
      .addColumn('search_text', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('accepted_at', 'text')
      .addColumn('appointment_at', 'text')
      .addColumn('finished_at', 'text')
      .addColumn('returned_at', 'text')
      .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
      .addCheckConstraint('dossiers_status', sql`status between 0 and 10`)
      .addCheckConstraint(
        'dossiers_code',
        sql`(status = 0 and code is null) or (status <> 0 and code is not null)`,
      )
      .execute();
    // "My dossiers" (newest first) and the agency queues.
    await db.schema
      .createIndex('dossiers_applicant')
      .on('dossiers')
      .columns(['applicant_persona_id', 'created_at'])
      .execute();
    for (const column of ['processing_agency_code', 'receiving_agency_code', 'result_delivery_agency_code']) {
      await db.schema
        .createIndex(`dossiers_${column.replace('_code', '')}`)
        .on('dossiers')
        .columns([column, 'created_at'])
        .execute();
    }
    await db.schema.createIndex('dossiers_status').on('dossiers').column('status').execute();

    await db.schema
      .createTable('dossier_history')
      .$call((table) => addSerialPrimaryKey(table, 'id', dialect))
      .addColumn('dossier_id', 'text', (col) => col.notNull().references('dossiers.id').onDelete('cascade'))
      .addColumn('actor', 'text', (col) => col.notNull())
      .addColumn('action', 'text', (col) => col.notNull())
      .addColumn('officer_id', 'text')
      .addColumn('officer_name', 'text')
      .addColumn('officer_title', 'text')
      .addColumn('officer_department', 'text')
      .addColumn('at', 'text', (col) => col.notNull())
      .addColumn('started_at', 'text', (col) => col.notNull())
      .addColumn('content', 'text', (col) => col.notNull())
      .addColumn('status', 'integer', (col) => col.notNull())
      .addColumn('legal_deadline', 'text')
      .execute();
    await db.schema
      .createIndex('dossier_history_dossier')
      .on('dossier_history')
      .columns(['dossier_id', 'id'])
      .execute();

    await db.schema
      .createTable('dossier_supplements')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('dossier_id', 'text', (col) => col.notNull().references('dossiers.id').onDelete('cascade'))
      .addColumn('requested_by', 'text', (col) => col.notNull())
      .addColumn('requested_at', 'text', (col) => col.notNull())
      .addColumn('items', 'text', (col) => col.notNull())
      .addColumn('reason', 'text', (col) => col.notNull())
      .addColumn('deadline', 'text')
      .addColumn('status_before', 'integer', (col) => col.notNull())
      .addColumn('previous_appointment_at', 'text')
      .addColumn('new_appointment_at', 'text')
      .addColumn('answered_at', 'text')
      .addColumn('answer_message', 'text')
      .execute();
    await db.schema
      .createIndex('dossier_supplements_dossier')
      .on('dossier_supplements')
      .columns(['dossier_id', 'requested_at'])
      .execute();

    await db.schema
      .createTable('dossier_code_sequences')
      .addColumn('agency_code', 'text', (col) => col.notNull())
      .addColumn('day', 'text', (col) => col.notNull())
      .addColumn('last_sequence', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('dossier_code_sequences_pk', ['agency_code', 'day'])
      .execute();
  },
};
