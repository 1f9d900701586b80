import { type Generated, sql } from 'kysely';
import type { SandboxMigration } from '../db/migrations.js';
import { addSerialPrimaryKey } from '../db/portable.js';
import type { JsonText, Timestamp } from '../db/schema.js';

/** A back-office system's subscription to the events of its agency. */
export interface WebhookSubscriptionTable {
  /** `wh_…` */
  id: string;
  agency_code: string;
  url: string;
  /** Event types (or `*`), as a JSON array. */
  events: JsonText;
  description: string | null;
  /** 0/1: one portable form for both engines. */
  enabled: number;
  /**
   * The newest outbox id when the subscription was made: only later events are delivered, so a new
   * subscription is never flooded with history.
   */
  start_event_id: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/**
 * Signing secrets. Kept in clear because an HMAC needs the key itself (a hash would not sign anything); they
 * are shown to the client only when created or rotated, never listed, and never logged. `expires_at` is null
 * for the current secret; a rotated-out secret keeps signing until it passes (24 hours of test-clock time).
 */
export interface WebhookSecretTable {
  id: Generated<number>;
  subscription_id: string;
  secret: string;
  created_at: Timestamp;
  expires_at: Timestamp | null;
}

export type WebhookDeliveryStatus = 'pending' | 'succeeded' | 'failed';

/** One event's delivery to one subscription: the exact bytes sent, and where the retries stand. */
export interface WebhookDeliveryTable {
  /** `dlv_…` */
  id: string;
  subscription_id: string;
  /** The outbox id of the event (the `id` of the DossierEvent), as text. */
  event_id: string;
  event_type: string;
  /** The DossierEvent JSON, byte for byte what is signed and posted on every attempt. */
  body: string;
  status: WebhookDeliveryStatus;
  attempt_count: number;
  /**
   * When the next attempt is due (test-clock time); `null` once finished. While an attempt runs it holds a
   * lease (now + timeout), so another sandbox process sharing the database does not send it twice.
   */
  next_attempt_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Every attempt at a delivery: what the receiver answered, or why it could not be reached. */
export interface WebhookAttemptTable {
  id: Generated<number>;
  delivery_id: string;
  /** 1-based. */
  attempt: number;
  at: Timestamp;
  response_status: number | null;
  error: string | null;
  duration_ms: number;
}

declare module '../db/schema.js' {
  interface Database {
    webhook_subscriptions: WebhookSubscriptionTable;
    webhook_secrets: WebhookSecretTable;
    webhook_deliveries: WebhookDeliveryTable;
    webhook_attempts: WebhookAttemptTable;
  }
}

/** The webhook tables (block 0700). Portable DDL: booleans as 0/1, timestamps and JSON as text. */
export const webhooksMigration: SandboxMigration = {
  name: '0700_webhooks',
  async up(db, { dialect }) {
    await db.schema
      .createTable('webhook_subscriptions')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('agency_code', 'text', (col) => col.notNull())
      .addColumn('url', 'text', (col) => col.notNull())
      .addColumn('events', 'text', (col) => col.notNull())
      .addColumn('description', 'text')
      .addColumn('enabled', 'integer', (col) => col.notNull())
      .addColumn('start_event_id', 'bigint', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addCheckConstraint('webhook_subscriptions_enabled', sql`enabled in (0, 1)`)
      .execute();
    await db.schema
      .createIndex('webhook_subscriptions_agency')
      .on('webhook_subscriptions')
      .columns(['agency_code', 'created_at', 'id'])
      .execute();

    await db.schema
      .createTable('webhook_secrets')
      .$call((table) => addSerialPrimaryKey(table, 'id', dialect))
      .addColumn('subscription_id', 'text', (col) =>
        col.notNull().references('webhook_subscriptions.id').onDelete('cascade'),
      )
      .addColumn('secret', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text')
      .execute();
    await db.schema
      .createIndex('webhook_secrets_subscription')
      .on('webhook_secrets')
      .column('subscription_id')
      .execute();

    await db.schema
      .createTable('webhook_deliveries')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('subscription_id', 'text', (col) =>
        col.notNull().references('webhook_subscriptions.id').onDelete('cascade'),
      )
      .addColumn('event_id', 'text', (col) => col.notNull())
      .addColumn('event_type', 'text', (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('attempt_count', 'integer', (col) => col.notNull())
      .addColumn('next_attempt_at', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      // One delivery per event and subscription: fanning an event out twice is harmless.
      .addUniqueConstraint('webhook_deliveries_event', ['subscription_id', 'event_id'])
      .addCheckConstraint('webhook_deliveries_status', sql`status in ('pending', 'succeeded', 'failed')`)
      .execute();
    await db.schema
      .createIndex('webhook_deliveries_due')
      .on('webhook_deliveries')
      .columns(['status', 'next_attempt_at'])
      .execute();
    await db.schema
      .createIndex('webhook_deliveries_listing')
      .on('webhook_deliveries')
      .columns(['subscription_id', 'created_at', 'id'])
      .execute();

    await db.schema
      .createTable('webhook_attempts')
      .$call((table) => addSerialPrimaryKey(table, 'id', dialect))
      .addColumn('delivery_id', 'text', (col) =>
        col.notNull().references('webhook_deliveries.id').onDelete('cascade'),
      )
      .addColumn('attempt', 'integer', (col) => col.notNull())
      .addColumn('at', 'text', (col) => col.notNull())
      .addColumn('response_status', 'integer')
      .addColumn('error', 'text')
      .addColumn('duration_ms', 'integer', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('webhook_attempts_delivery')
      .on('webhook_attempts')
      .columns(['delivery_id', 'attempt'])
      .execute();
  },
};
