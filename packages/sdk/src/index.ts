/**
 * `@motcua/sdk`: the typed client of Vietnam's public-service platform, on ky.
 * Argument and response validation lives in `@motcua/sdk/validation`, sign-in helpers in `@motcua/sdk/auth`.
 */
export { createClient, type MotcuaClient } from './client.js';
export {
  ApiError,
  isApiError,
  isMotcuaError,
  isNetworkError,
  isTimeoutError,
  isValidationError,
  MotcuaError,
  type MotcuaErrorKind,
  NetworkError,
  TimeoutError,
  ValidationError,
} from './errors.js';
export { newIdempotencyKey } from './idempotency.js';
export type { ClientOptions, Logger, RetryPolicy, TokenSource } from './options.js';
export type { PageIterator } from './pagination.js';
export { redact, redactText } from './redact.js';
export type { AgencySummary, ProcedureSummary } from './resources/catalogue.js';
export type { Dossier, DossierRef, DossierSignature, DossierSummary } from './resources/dossiers.js';
export type { FileInfo, UploadOptions, UploadSource } from './resources/files.js';
export type { FeedbackItem, Payment, WebhookDelivery, WebhookSubscription } from './resources/services.js';
export type { SignatureRequest, SignatureResult, WaitForSignatureOptions } from './resources/signatures.js';
export type { CallOptions } from './transport.js';
export type { Validation } from './validation-types.js';
export type { WatchOptions } from './watch.js';
export {
  type RawBody,
  signWebhookPayload,
  type VerifyWebhookOptions,
  verifyWebhook,
  WEBHOOK_SIGNATURE_HEADER,
  type WebhookFailure,
  type WebhookVerification,
} from './webhooks.js';
