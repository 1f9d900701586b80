import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { webhooks } from '@motcua/contract';
import type { Kysely } from 'kysely';
import { fromJson, toJson, toTimestamp } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { pageRequest, toPage } from '../http/pagination.js';
import { ProblemError } from '../http/problem.js';
import { type RouteDefinition, reply, route } from '../http/route.js';
import { newDeliveryId } from './deliverer.js';
import { webhookEventBody } from './event-body.js';
import { newWebhookSecret } from './signature.js';

type WebhookDelivery = webhooks.WebhookDelivery;
type WebhookSubscription = webhooks.WebhookSubscription;

import type { WebhookDeliveryTable, WebhookSubscriptionTable } from './tables.js';

/** How long a rotated-out secret keeps signing deliveries next to the new one: 24 hours (test clock). */
export const SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;

/**
 * Whether the sandbox posts to a URL: `https` anywhere; `http` only to this machine (`localhost`, `*.localhost`,
 * loopback addresses) or to a single-label host such as a Docker Compose service (`http://portal:3000`). Never
 * with credentials in the URL: they would be stored and shown back.
 *
 * @example
 * webhookUrlProblem('http://127.0.0.1:4000/hooks') // undefined (allowed)
 * webhookUrlProblem('http://example.vn/hooks') // { vi: '…', en: 'Plain http is allowed only …' }
 */
export function webhookUrlProblem(value: string): { vi: string; en: string } | undefined {
  const url = new URL(value);
  if (url.username !== '' || url.password !== '') {
    return {
      vi: 'Địa chỉ nhận không được chứa tên đăng nhập hay mật khẩu',
      en: 'The URL must not carry a user name or password',
    };
  }
  if (url.protocol === 'https:') return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const loopback =
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    (isIP(host) === 4 && host.startsWith('127.')) ||
    host === '::1' ||
    (isIP(host) === 0 && !host.includes('.'));
  if (url.protocol === 'http:' && loopback) return undefined;
  return {
    vi: 'Chỉ dùng https; http chỉ được phép tới máy cục bộ (localhost, 127.0.0.1) hoặc tên dịch vụ nội bộ',
    en: 'Use https; plain http is allowed only to this machine (localhost, 127.0.0.1) or an internal service name',
  };
}

function checkUrl(url: string): void {
  const problem = webhookUrlProblem(url);
  if (problem) {
    throw new ProblemError('webhook.urlNotAllowed', {
      detail: problem,
      errors: [{ path: ['url'], code: 'webhook.urlNotAllowed', message: problem.vi }],
    });
  }
}

type SubscriptionRow = Pick<
  WebhookSubscriptionTable,
  'id' | 'agency_code' | 'url' | 'events' | 'description' | 'enabled' | 'created_at' | 'updated_at'
>;

function toSubscription(row: SubscriptionRow): WebhookSubscription {
  return {
    id: row.id,
    agencyCode: row.agency_code,
    url: row.url,
    events: fromJson<string[]>(row.events),
    ...(row.description === null ? {} : { description: row.description }),
    enabled: row.enabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const SUBSCRIPTION_COLUMNS = [
  'id',
  'agency_code',
  'url',
  'events',
  'description',
  'enabled',
  'created_at',
  'updated_at',
] as const;

/** The agency's subscription, or 404 (another agency's subscription does not exist for this caller). */
async function ownSubscription(
  db: Kysely<Database>,
  id: string,
  agencyCode: string,
): Promise<SubscriptionRow> {
  const row = await db
    .selectFrom('webhook_subscriptions')
    .select(SUBSCRIPTION_COLUMNS)
    .where('id', '=', id)
    .where('agency_code', '=', agencyCode)
    .executeTakeFirst();
  if (!row) {
    throw new ProblemError('resource.notFound', {
      detail: { vi: `Không có đăng ký webhook ${id}`, en: `There is no webhook subscription ${id}` },
    });
  }
  return row;
}

/** Reads deliveries with their attempts, in the order given. */
async function withAttempts(
  db: Kysely<Database>,
  rows: readonly WebhookDeliveryTable[],
): Promise<WebhookDelivery[]> {
  const attempts =
    rows.length === 0
      ? []
      : await db
          .selectFrom('webhook_attempts')
          .selectAll()
          .where(
            'delivery_id',
            'in',
            rows.map((row) => row.id),
          )
          .orderBy('delivery_id')
          .orderBy('attempt')
          .execute();
  return rows.map((row) => ({
    id: row.id,
    subscriptionId: row.subscription_id,
    eventId: row.event_id,
    eventType: row.event_type,
    status: row.status,
    attempts: attempts
      .filter((attempt) => attempt.delivery_id === row.id)
      .map((attempt) => ({
        at: attempt.at,
        ...(attempt.response_status === null ? {} : { responseStatus: Number(attempt.response_status) }),
        ...(attempt.error === null ? {} : { error: attempt.error }),
        durationMs: Number(attempt.duration_ms),
      })),
    ...(row.status === 'pending' && row.next_attempt_at !== null
      ? { nextAttemptAt: row.next_attempt_at }
      : {}),
    createdAt: row.created_at,
  }));
}

/** Subscription ids: `wh_` and 20 hex digits. */
function newSubscriptionId(): string {
  return `wh_${randomBytes(10).toString('hex')}`;
}

/** The webhook endpoints of the contract (subscriptions, secret rotation, deliveries, test events). */
export const webhookRoutes: readonly RouteDefinition[] = [
  route(webhooks.create, async ({ db, body, principal, now }) => {
    checkUrl(body.url);
    const at = toTimestamp(now());
    const newest = await db
      .selectFrom('events')
      .select((eb) => eb.fn.max('id').as('max'))
      .executeTakeFirst();
    const row: WebhookSubscriptionTable = {
      id: newSubscriptionId(),
      agency_code: principal.agencyCode,
      url: body.url,
      events: toJson([...new Set(body.events)]),
      description: body.description === undefined || body.description === '' ? null : body.description,
      enabled: 1,
      start_event_id: Number(newest?.max ?? 0),
      created_at: at,
      updated_at: at,
    };
    await db.insertInto('webhook_subscriptions').values(row).execute();
    const secret = newWebhookSecret();
    await db
      .insertInto('webhook_secrets')
      .values({ subscription_id: row.id, secret, created_at: at, expires_at: null })
      .execute();
    return reply({ ...toSubscription(row), secret }, { headers: { Location: `/webhooks/${row.id}` } });
  }),

  route(webhooks.list, async ({ db, query, principal, locale }) => {
    const { limit, after } = pageRequest(query, locale);
    let select = db
      .selectFrom('webhook_subscriptions')
      .select(SUBSCRIPTION_COLUMNS)
      .where('agency_code', '=', principal.agencyCode)
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit + 1);
    if (after) {
      const [createdAt, id] = after.map(String) as [string, string];
      select = select.where((eb) =>
        eb.or([
          eb('created_at', '>', createdAt),
          eb.and([eb('created_at', '=', createdAt), eb('id', '>', id)]),
        ]),
      );
    }
    return toPage(await select.execute(), limit, (row) => [row.created_at, row.id], toSubscription);
  }),

  route(webhooks.get, async ({ db, params, principal }) =>
    toSubscription(await ownSubscription(db, params.id, principal.agencyCode)),
  ),

  route(webhooks.update, async ({ db, params, body, principal, now }) => {
    const current = await ownSubscription(db, params.id, principal.agencyCode);
    if (body.url !== undefined) checkUrl(body.url);
    const changes = {
      ...(body.url === undefined ? {} : { url: body.url }),
      ...(body.events === undefined ? {} : { events: toJson([...new Set(body.events)]) }),
      ...(body.description === undefined
        ? {}
        : { description: body.description === '' ? null : body.description }),
      ...(body.enabled === undefined ? {} : { enabled: body.enabled ? 1 : 0 }),
      updated_at: toTimestamp(now()),
    };
    await db.updateTable('webhook_subscriptions').set(changes).where('id', '=', current.id).execute();
    if (body.enabled === true && current.enabled === 0) {
      // Missed events are not replayed: delivery starts again from the newest event.
      const newest = await db
        .selectFrom('events')
        .select((eb) => eb.fn.max('id').as('max'))
        .executeTakeFirst();
      await db
        .updateTable('webhook_subscriptions')
        .set({ start_event_id: Number(newest?.max ?? 0) })
        .where('id', '=', current.id)
        .execute();
    }
    return toSubscription({ ...current, ...changes });
  }),

  route(webhooks.remove, async ({ db, params, principal }) => {
    const current = await ownSubscription(db, params.id, principal.agencyCode);
    // Children first, so the delete needs no foreign-key cascade (SQLite checks them only when enabled).
    const deliveries = db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('subscription_id', '=', current.id);
    await db.deleteFrom('webhook_attempts').where('delivery_id', 'in', deliveries).execute();
    await db.deleteFrom('webhook_deliveries').where('subscription_id', '=', current.id).execute();
    await db.deleteFrom('webhook_secrets').where('subscription_id', '=', current.id).execute();
    await db.deleteFrom('webhook_subscriptions').where('id', '=', current.id).execute();
    return undefined;
  }),

  route(webhooks.rotateSecret, async ({ db, params, principal, now }) => {
    const current = await ownSubscription(db, params.id, principal.agencyCode);
    const at = now();
    const stamp = toTimestamp(at);
    // Older rotated-out secrets stop now; the one being replaced keeps signing for the overlap.
    await db
      .updateTable('webhook_secrets')
      .set({ expires_at: stamp })
      .where('subscription_id', '=', current.id)
      .where('expires_at', '>', stamp)
      .execute();
    await db
      .updateTable('webhook_secrets')
      .set({ expires_at: toTimestamp(new Date(at.getTime() + SECRET_OVERLAP_MS)) })
      .where('subscription_id', '=', current.id)
      .where('expires_at', 'is', null)
      .execute();
    const secret = newWebhookSecret();
    await db
      .insertInto('webhook_secrets')
      .values({ subscription_id: current.id, secret, created_at: stamp, expires_at: null })
      .execute();
    await db
      .updateTable('webhook_subscriptions')
      .set({ updated_at: stamp })
      .where('id', '=', current.id)
      .execute();
    return { ...toSubscription({ ...current, updated_at: stamp }), secret };
  }),

  route(webhooks.listDeliveries, async ({ db, params, query, principal, locale }) => {
    const subscription = await ownSubscription(db, params.id, principal.agencyCode);
    const { limit, after } = pageRequest(query, locale);
    // Newest first: what a developer looking at a failing receiver wants to see.
    let select = db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('subscription_id', '=', subscription.id)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1);
    if (query.status !== undefined) select = select.where('status', '=', query.status);
    if (after) {
      const [createdAt, id] = after.map(String) as [string, string];
      select = select.where((eb) =>
        eb.or([
          eb('created_at', '<', createdAt),
          eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)]),
        ]),
      );
    }
    const rows = await select.execute();
    const page = toPage(rows, limit, (row) => [row.created_at, row.id]);
    return { items: await withAttempts(db, page.items), nextCursor: page.nextCursor };
  }),

  route(webhooks.test, async ({ db, params, principal, now, emit }) => {
    const subscription = await ownSubscription(db, params.id, principal.agencyCode);
    // In the outbox for a platform-wide event id (and to wake the deliverer after commit), but with no stream
    // key: a test delivery is not an event of the agency's stream, and goes to this subscription only.
    const event = await emit({
      type: 'webhook.test',
      payload: {
        actor: { role: 'system' },
        data: {
          subscriptionId: subscription.id,
          message: 'Sự kiện thử nghiệm từ hộp cát motcua / A test event from the motcua sandbox',
        },
      },
    });
    const body = JSON.stringify({ ...webhookEventBody(event), agencyCode: subscription.agency_code });
    const at = toTimestamp(now());
    const row: WebhookDeliveryTable = {
      id: newDeliveryId(),
      subscription_id: subscription.id,
      event_id: String(event.id),
      event_type: event.type,
      body,
      status: 'pending',
      attempt_count: 0,
      next_attempt_at: at,
      created_at: at,
      updated_at: at,
    };
    await db.insertInto('webhook_deliveries').values(row).execute();
    const [delivery] = await withAttempts(db, [row]);
    return reply(delivery as WebhookDelivery, { status: 202 });
  }),
];
