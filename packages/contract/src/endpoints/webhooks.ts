import { AgencyCodeSchema, DateTimeSchema, IdSchema } from '@motcua/core';
import * as z from 'zod/mini';
import { endpoint } from '../endpoint.js';
import { DossierEventTypeSchema } from '../events.js';
import { pageOf } from '../pagination.js';
import { WEBHOOK_SIGNATURE_HEADER } from '../webhooks.js';
import { pagedQuery } from '../wire.js';

/**
 * Webhook subscriptions of an agency's back-office system: the platform posts each matching event
 * ({@link DossierEventSchema}) to the URL, signed in `Motcua-Signature` with the subscription's secret, and
 * retries with backoff until the receiver answers 2xx.
 */

/** `*` subscribes to every event type, present and future. */
const EventFilterSchema = z.array(z.union([DossierEventTypeSchema, z.literal('*')])).check(z.minLength(1));

/** Where deliveries go: https, or http to localhost while developing against the sandbox. */
const WebhookUrlSchema = z.url({ protocol: /^https?$/ }).check(z.maxLength(2000));

/** A subscription. Its secret is shown only when created or rotated. */
export const WebhookSubscriptionSchema = z.object({
  id: IdSchema,
  agencyCode: AgencyCodeSchema,
  url: z.string(),
  events: z.array(z.string()),
  description: z.optional(z.string()),
  enabled: z.boolean(),
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
});
export type WebhookSubscription = z.infer<typeof WebhookSubscriptionSchema>;

/** A subscription with its signing secret: the only time the secret is readable. */
export const WebhookSubscriptionWithSecretSchema = z.extend(WebhookSubscriptionSchema, {
  /** Verify `Motcua-Signature` with it; store it like a password. */
  secret: z.string(),
});
export type WebhookSubscriptionWithSecret = z.infer<typeof WebhookSubscriptionWithSecretSchema>;

export const CreateWebhookInputSchema = z.strictObject({
  url: WebhookUrlSchema,
  events: EventFilterSchema,
  description: z.optional(z.string().check(z.trim(), z.maxLength(200))),
});
export type CreateWebhookInput = z.infer<typeof CreateWebhookInputSchema>;

export const UpdateWebhookInputSchema = z.strictObject({
  url: z.optional(WebhookUrlSchema),
  events: z.optional(EventFilterSchema),
  description: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  /** A disabled subscription receives nothing; its missed events are not replayed. */
  enabled: z.optional(z.boolean()),
});
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookInputSchema>;

/** One attempt at delivering an event. */
export const DeliveryAttemptSchema = z.object({
  at: DateTimeSchema,
  /** The receiver's HTTP status; absent when it could not be reached. */
  responseStatus: z.optional(z.int()),
  /** Why it failed: timeout, refused connection, TLS error, non-2xx status. */
  error: z.optional(z.string()),
  durationMs: z.int().check(z.gte(0)),
});

/** An event's delivery to one subscription, with every attempt. */
export const WebhookDeliverySchema = z.object({
  id: IdSchema,
  subscriptionId: IdSchema,
  eventId: z.string(),
  eventType: z.string(),
  /** `pending` while retries remain, `succeeded` on a 2xx, `failed` once retries are exhausted. */
  status: z.enum(['pending', 'succeeded', 'failed']),
  attempts: z.array(DeliveryAttemptSchema),
  nextAttemptAt: z.optional(DateTimeSchema),
  createdAt: DateTimeSchema,
});
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;

const webhookParams = z.object({ id: IdSchema });

export const create = endpoint({
  id: 'webhooks.create',
  method: 'POST',
  path: '/webhooks',
  tag: 'webhooks',
  summary: 'Subscribe to events',
  description: `Deliveries are signed in \`${WEBHOOK_SIGNATURE_HEADER}\`; the secret is returned only here.`,
  body: CreateWebhookInputSchema,
  response: WebhookSubscriptionWithSecretSchema,
  status: 201,
  auth: ['agencyKey'],
  errors: ['webhook.urlNotAllowed'],
  idempotent: true,
});

export const list = endpoint({
  id: 'webhooks.list',
  method: 'GET',
  path: '/webhooks',
  tag: 'webhooks',
  summary: "List the agency's subscriptions",
  query: pagedQuery({}),
  response: pageOf(WebhookSubscriptionSchema),
  pagination: 'cursor',
  auth: ['agencyKey'],
  errors: [],
});

export const get = endpoint({
  id: 'webhooks.get',
  method: 'GET',
  path: '/webhooks/{id}',
  tag: 'webhooks',
  summary: 'Read a subscription',
  params: webhookParams,
  response: WebhookSubscriptionSchema,
  auth: ['agencyKey'],
  errors: ['resource.notFound'],
});

export const update = endpoint({
  id: 'webhooks.update',
  method: 'PATCH',
  path: '/webhooks/{id}',
  tag: 'webhooks',
  summary: 'Change a subscription',
  params: webhookParams,
  body: UpdateWebhookInputSchema,
  response: WebhookSubscriptionSchema,
  auth: ['agencyKey'],
  errors: ['resource.notFound', 'webhook.urlNotAllowed'],
});

export const remove = endpoint({
  id: 'webhooks.delete',
  method: 'DELETE',
  path: '/webhooks/{id}',
  tag: 'webhooks',
  summary: 'Delete a subscription',
  params: webhookParams,
  status: 204,
  responseKind: 'empty',
  auth: ['agencyKey'],
  errors: ['resource.notFound'],
});

/**
 * Issues a new secret. For 24 hours deliveries carry a signature under each secret (two `v1=` entries), so
 * receivers can switch without losing events.
 */
export const rotateSecret = endpoint({
  id: 'webhooks.rotateSecret',
  method: 'POST',
  path: '/webhooks/{id}/rotate-secret',
  tag: 'webhooks',
  summary: "Rotate a subscription's secret",
  params: webhookParams,
  response: WebhookSubscriptionWithSecretSchema,
  auth: ['agencyKey'],
  errors: ['resource.notFound'],
  idempotent: true,
});

export const listDeliveries = endpoint({
  id: 'webhooks.listDeliveries',
  method: 'GET',
  path: '/webhooks/{id}/deliveries',
  tag: 'webhooks',
  summary: "List a subscription's deliveries and their attempts",
  params: webhookParams,
  query: pagedQuery({ status: z.optional(z.enum(['pending', 'succeeded', 'failed'])) }),
  response: pageOf(WebhookDeliverySchema),
  pagination: 'cursor',
  auth: ['agencyKey'],
  errors: ['resource.notFound'],
});

/** Sends a signed `webhook.test` event now, to check the receiver and its signature verification. */
export const test = endpoint({
  id: 'webhooks.test',
  method: 'POST',
  path: '/webhooks/{id}/test',
  tag: 'webhooks',
  summary: 'Send a signed test event',
  params: webhookParams,
  response: WebhookDeliverySchema,
  status: 202,
  auth: ['agencyKey'],
  errors: ['resource.notFound'],
  idempotent: true,
});
