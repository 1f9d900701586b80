import type { PaymentStatus } from '@motcua/core';
import { sql } from 'kysely';
import type { SandboxMigration } from '../db/migrations.js';
import type { JsonText, Timestamp } from '../db/schema.js';

/** One payment of a dossier's fee lines through the (emulated) payment platform. */
export interface PaymentTable {
  /** `pay_…` */
  id: string;
  dossier_code: string;
  /** The agency collecting the fees when the payment was made (its treasury account is the beneficiary). */
  agency_code: string;
  /** The persona owning the dossier: the citizen who may read the payment. */
  owner_persona_id: string;
  /** Mã tra cứu, `PT` + yyMMdd + 6-digit daily sequence. */
  lookup_code: string;
  /** `PaymentLine[]` as JSON. */
  lines: JsonText;
  total: number;
  /** `Beneficiary` as JSON. */
  beneficiary: JsonText;
  /** Who pays: the applicant as the dossier names them, then as the gateway reports them (`Payer` JSON). */
  payer: JsonText | null;
  /** The applicant's citizen ID, kept only to recognise the sandbox's payer scenarios; never returned. */
  payer_citizen_id: string | null;
  status: PaymentStatus;
  channel: string | null;
  /** The gateway's transaction id, once it answered: a repeated callback of the same transaction is acknowledged. */
  transaction_id: string | null;
  return_url: string | null;
  failure_reason: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  paid_at: Timestamp | null;
  updated_at: Timestamp;
}

/** The last lookup-code sequence number given per local (UTC+7) day. */
export interface PaymentSequenceTable {
  /** `yyMMdd` in Asia/Ho_Chi_Minh. */
  day: string;
  last_sequence: number;
}

declare module '../db/schema.js' {
  interface Database {
    payments: PaymentTable;
    payment_sequences: PaymentSequenceTable;
  }
}

/** The payment tables (block 0600). */
export const paymentsMigration: SandboxMigration = {
  name: '0600_payments',
  async up(db) {
    await db.schema
      .createTable('payments')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('dossier_code', 'text', (col) => col.notNull())
      .addColumn('agency_code', 'text', (col) => col.notNull())
      .addColumn('owner_persona_id', 'text', (col) => col.notNull())
      .addColumn('lookup_code', 'text', (col) => col.notNull().unique())
      .addColumn('lines', 'text', (col) => col.notNull())
      .addColumn('total', 'bigint', (col) => col.notNull())
      .addColumn('beneficiary', 'text', (col) => col.notNull())
      .addColumn('payer', 'text')
      .addColumn('payer_citizen_id', 'text')
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('channel', 'text')
      .addColumn('transaction_id', 'text')
      .addColumn('return_url', 'text')
      .addColumn('failure_reason', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('paid_at', 'text')
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addCheckConstraint(
        'payments_status',
        sql`status in ('pending', 'paid', 'failed', 'expired', 'cancelled')`,
      )
      .addCheckConstraint('payments_paid_at', sql`status <> 'paid' or paid_at is not null`)
      .execute();
    await db.schema
      .createIndex('payments_dossier')
      .on('payments')
      .columns(['dossier_code', 'status'])
      .execute();

    await db.schema
      .createTable('payment_sequences')
      .addColumn('day', 'text', (col) => col.primaryKey())
      .addColumn('last_sequence', 'integer', (col) => col.notNull())
      .execute();
  },
};
