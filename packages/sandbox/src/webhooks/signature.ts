import { createHmac, randomBytes } from 'node:crypto';
import { WEBHOOK_SIGNATURE_SCHEME } from '@motcua/contract';

/** Prefix of every webhook signing secret, so secret scanners and log masks recognise one. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/**
 * A fresh signing secret: `whsec_` and 32 random bytes in base64url.
 *
 * @example
 * newWebhookSecret() // 'whsec_3q2-7w…' (49 characters)
 */
export function newWebhookSecret(): string {
  return `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/**
 * The hex HMAC-SHA256 of `<t>.<body>` under one secret: what a `v1=` entry carries.
 *
 * @example
 * webhookSignature('whsec_x', 1767225600, '{"id":"1"}') // '5f1c…' (64 hex digits)
 */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`, 'utf8').update(body, 'utf8').digest('hex');
}

/**
 * The `Motcua-Signature` header value: `t=<unix seconds>,v1=<hex>`, with one `v1=` entry per secret that is
 * still valid (two while a rotation overlaps), the newest first.
 *
 * @example
 * signatureHeader(['whsec_new', 'whsec_old'], 1767225600, body) // 't=1767225600,v1=ab…,v1=cd…'
 */
export function signatureHeader(secrets: readonly string[], timestamp: number, body: string): string {
  const entries = secrets.map(
    (secret) => `${WEBHOOK_SIGNATURE_SCHEME}=${webhookSignature(secret, timestamp, body)}`,
  );
  return [`t=${timestamp}`, ...entries].join(',');
}
