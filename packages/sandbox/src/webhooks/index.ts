export {
  DEFAULT_JITTER,
  DEFAULT_RETRY_DELAYS_MS,
  RETRY_DELAYS_ENV,
  retryDelay,
  retryDelaysFromEnv,
  startWebhookDeliverer,
  WEBHOOK_ATTEMPT_HEADER,
  WEBHOOK_DELIVERY_HEADER,
  WEBHOOK_EVENT_TYPE_HEADER,
  type WebhookDeliverer,
  type WebhookDelivererHost,
  type WebhookDelivererOptions,
} from './deliverer.js';
export { webhookEventBody } from './event-body.js';
export { type WebhooksModule, type WebhooksModuleOptions, webhooksModule } from './module.js';
export { SECRET_OVERLAP_MS, webhookUrlProblem } from './routes.js';
export { newWebhookSecret, signatureHeader, WEBHOOK_SECRET_PREFIX, webhookSignature } from './signature.js';
