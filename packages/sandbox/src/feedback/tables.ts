import type { FeedbackStatus } from '@motcua/core';
import { sql } from 'kysely';
import type { SandboxMigration } from '../db/migrations.js';
import type { JsonText, Timestamp } from '../db/schema.js';

/** Phản ánh, kiến nghị: one piece of feedback and, once given, the agency's answer. */
export interface FeedbackTable {
  /** `fb_…` */
  id: string;
  /** `PAKN-<year>-<6 digits>`, the reference quoted in correspondence. */
  code: string;
  /** The citizen (persona) who sent it: only they, and the addressed agency, can read it. */
  owner_persona_id: string;
  subject: string;
  content: string;
  category: string;
  /** `FeedbackSubmitter` as JSON. */
  submitter: JsonText;
  /** The agency it is addressed to; `null` when the sender named none and no dossier implied one. */
  agency_code: string | null;
  dossier_code: string | null;
  status: FeedbackStatus;
  /** 0/1: the sender agrees that the answer may be published. */
  public_consent: number;
  /** 0/1: the answer is published (the agency chose to, and the sender agreed). */
  published: number;
  /** The answer (or, when rejected, the reason). */
  answer_content: string | null;
  answered_by: string | null;
  answered_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The last feedback code number given per local (UTC+7) year. */
export interface FeedbackSequenceTable {
  year: string;
  last_sequence: number;
}

declare module '../db/schema.js' {
  interface Database {
    feedback: FeedbackTable;
    feedback_sequences: FeedbackSequenceTable;
  }
}

/** The feedback tables (block 0800). */
export const feedbackMigration: SandboxMigration = {
  name: '0800_feedback',
  async up(db) {
    await db.schema
      .createTable('feedback')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('code', 'text', (col) => col.notNull().unique())
      .addColumn('owner_persona_id', 'text', (col) => col.notNull())
      .addColumn('subject', 'text', (col) => col.notNull())
      .addColumn('content', 'text', (col) => col.notNull())
      .addColumn('category', 'text', (col) => col.notNull())
      .addColumn('submitter', 'text', (col) => col.notNull())
      .addColumn('agency_code', 'text')
      .addColumn('dossier_code', 'text')
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('public_consent', 'integer', (col) => col.notNull())
      .addColumn('published', 'integer', (col) => col.notNull())
      .addColumn('answer_content', 'text')
      .addColumn('answered_by', 'text')
      .addColumn('answered_at', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addCheckConstraint(
        'feedback_status',
        sql`status in ('received', 'processing', 'answered', 'rejected')`,
      )
      .execute();
    // "My feedback" and "addressed to my agency", newest first.
    await db.schema
      .createIndex('feedback_owner')
      .on('feedback')
      .columns(['owner_persona_id', 'created_at', 'id'])
      .execute();
    await db.schema
      .createIndex('feedback_agency')
      .on('feedback')
      .columns(['agency_code', 'created_at', 'id'])
      .execute();

    await db.schema
      .createTable('feedback_sequences')
      .addColumn('year', 'text', (col) => col.primaryKey())
      .addColumn('last_sequence', 'integer', (col) => col.notNull())
      .execute();
  },
};
