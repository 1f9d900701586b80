import type {
  BodyOf,
  citizenData,
  feedback,
  payments,
  QueryOf,
  ResponseOf,
  webhooks,
} from '@motcua/contract';
import { type PageIterator, paginate } from '../pagination.js';
import type { CallOptions, Transport } from '../transport.js';

type Payments = typeof payments;
type CitizenData = typeof citizenData;
type Feedback = typeof feedback;
type Webhooks = typeof webhooks;
export type Payment = ResponseOf<Payments['get']>;
export type FeedbackItem = ResponseOf<Feedback['get']>;
export type WebhookDelivery = ResponseOf<Webhooks['listDeliveries']>['items'][number];
export type WebhookSubscription = ResponseOf<Webhooks['get']>;

const byId = (id: string) => ({ params: { id } });

/**
 * Online payment of a dossier's fees through the payment platform.
 *
 * @example
 * const payment = await client.payments.create({ dossierCode: code });
 * location.assign(payment.checkoutUrl);
 */
export function paymentsResource(t: Transport) {
  return {
    /** @example await client.payments.create({ dossierCode: code }) */
    create: (body: BodyOf<Payments['create']>, options?: CallOptions) =>
      t.invoke('payments.create', { body, ...options }),
    /** @example (await client.payments.get(id)).status */
    get: (id: string, options?: CallOptions) => t.invoke('payments.get', { ...byId(id), ...options }),
  };
}

/**
 * Data the state already holds about the signed-in citizen: consents, e-form prefill, and re-usable documents.
 *
 * @example
 * await client.citizenData.createConsent({ procedureCode: '1.001193', purpose: 'prefill', scopes: ['identity'] });
 * const prefill = await client.citizenData.prefill('1.001193');
 */
export function citizenDataResource(t: Transport) {
  return {
    /** @example await client.citizenData.createConsent({ … }) */
    createConsent: (body: BodyOf<CitizenData['createConsent']>, options?: CallOptions) =>
      t.invoke('citizenData.createConsent', { body, ...options }),
    /** @example const { items } = await client.citizenData.consents() */
    consents: (options?: CallOptions) => t.invoke('citizenData.listConsents', options),
    /** @example await client.citizenData.revokeConsent(consentId) */
    revokeConsent: (id: string, options?: CallOptions) =>
      t.invoke('citizenData.revokeConsent', { ...byId(id), ...options }),
    /** Values for a procedure's e-form, with where each came from. @example await client.citizenData.prefill('1.001193') */
    prefill: (procedureCode: string, options?: CallOptions) =>
      t.invoke('citizenData.prefill', { query: { procedureCode }, ...options }),
    /** Earlier results in the citizen's data store. @example await client.citizenData.documents() */
    documents: (query: QueryOf<CitizenData['documents']> = {}, options?: CallOptions) =>
      t.invoke('citizenData.documents', { query: query as never, ...options }),
  };
}

/**
 * Feedback and petitions (phản ánh, kiến nghị).
 *
 * @example
 * const item = await client.feedback.create({ subject: 'Trễ hẹn', content: '…', category: 'delay', contact: { phone } });
 */
export function feedbackResource(t: Transport) {
  return {
    /** @example await client.feedback.create({ … }) */
    create: (body: BodyOf<Feedback['create']>, options?: CallOptions) =>
      t.invoke('feedback.create', { body, ...options }),
    /** @example await client.feedback.get(id) */
    get: (id: string, options?: CallOptions) => t.invoke('feedback.get', { ...byId(id), ...options }),
    /** @example client.feedback.list({ status: 'answered' }).toArray({ limit: 20 }) */
    list: (query: QueryOf<Feedback['list']> = {}, options?: CallOptions): PageIterator<FeedbackItem> =>
      paginate((cursor) => t.invoke('feedback.list', { query: { ...query, cursor } as never, ...options })),
    /** Officers: answers a feedback item. @example await client.feedback.answer(id, { content: '…' }) */
    answer: (id: string, body: BodyOf<Feedback['answer']>, options?: CallOptions) =>
      t.invoke('feedback.answer', { ...byId(id), body, ...options }),
    /**
     * Officers: declines a feedback item with the reason, which the sender reads as the answer. Final like an
     * answer (a second close is `409 feedback.alreadyAnswered`) and never published; idempotent, so a retry
     * after a dropped connection rejects it once.
     *
     * @example
     * await client.feedback.reject(id, { reason: 'Nội dung không thuộc thẩm quyền giải quyết của cơ quan' });
     */
    reject: (id: string, body: BodyOf<Feedback['reject']>, options?: CallOptions) =>
      t.invoke('feedback.reject', { ...byId(id), body, ...options }),
  };
}

/**
 * Webhook subscriptions of an agency system. Verify deliveries with {@link verifyWebhook}.
 *
 * @example
 * const { secret } = await client.webhooks.create({ url: 'https://example.gov.vn/hooks', events: ['*'] });
 */
export function webhooksResource(t: Transport) {
  return {
    /** The secret is returned once, here. @example await client.webhooks.create({ url, events: ['dossier.accepted'] }) */
    create: (body: BodyOf<Webhooks['create']>, options?: CallOptions) =>
      t.invoke('webhooks.create', { body, ...options }),
    /** @example client.webhooks.list().toArray({ limit: 10 }) */
    list: (options?: CallOptions): PageIterator<WebhookSubscription> =>
      paginate((cursor) => t.invoke('webhooks.list', { query: { cursor } as never, ...options })),
    /** @example await client.webhooks.get(id) */
    get: (id: string, options?: CallOptions) => t.invoke('webhooks.get', { ...byId(id), ...options }),
    /** @example await client.webhooks.update(id, { events: ['*'] }) */
    update: (id: string, body: BodyOf<Webhooks['update']>, options?: CallOptions) =>
      t.invoke('webhooks.update', { ...byId(id), body, ...options }),
    /** @example await client.webhooks.remove(id) */
    remove: (id: string, options?: CallOptions) => t.invoke('webhooks.delete', { ...byId(id), ...options }),
    /** The old secret stays valid for a while, so receivers can switch. @example await client.webhooks.rotateSecret(id) */
    rotateSecret: (id: string, options?: CallOptions) =>
      t.invoke('webhooks.rotateSecret', { ...byId(id), ...options }),
    /** @example client.webhooks.deliveries(id, { status: 'failed' }).toArray({ limit: 20 }) */
    deliveries: (
      id: string,
      query: QueryOf<Webhooks['listDeliveries']> = {},
      options?: CallOptions,
    ): PageIterator<WebhookDelivery> =>
      paginate((cursor) =>
        t.invoke('webhooks.listDeliveries', {
          ...byId(id),
          query: { ...query, cursor } as never,
          ...options,
        }),
      ),
    /** Sends a signed test event now. @example await client.webhooks.test(id) */
    test: (id: string, options?: CallOptions) => t.invoke('webhooks.test', { ...byId(id), ...options }),
  };
}
