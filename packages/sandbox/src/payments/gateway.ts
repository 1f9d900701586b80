import { createHmac, timingSafeEqual } from 'node:crypto';
import { scenarioFor } from '../seed-data/scenarios.js';

/**
 * The secret the emulated payment gateway shares with the platform, to sign its callbacks
 * (`X-Gateway-Signature`: hex HMAC-SHA256 of the raw body). A sandbox secret, published on purpose like the
 * demo API keys, so that tests and demos can play the gateway. Override with `$MOTCUA_PAYMENT_GATEWAY_SECRET`
 * or `createPaymentsModule({ gatewaySecret })`.
 */
export const SANDBOX_GATEWAY_SECRET = 'gwsec_sandbox_motcua_payment_gateway';

/** Environment variable overriding {@link SANDBOX_GATEWAY_SECRET}. */
export const GATEWAY_SECRET_ENV = 'MOTCUA_PAYMENT_GATEWAY_SECRET';

/** The gateway secret in force: the module's option, else the environment, else the published default. */
export function gatewaySecret(configured?: string): string {
  return configured ?? (process.env[GATEWAY_SECRET_ENV] || SANDBOX_GATEWAY_SECRET);
}

/**
 * What the gateway puts in `X-Gateway-Signature` for a body: the hex HMAC-SHA256 of its exact bytes.
 *
 * @example
 * const body = JSON.stringify({ lookupCode: 'PT260213000001', transactionId: 'GW1', status: 'paid', amount: 8000 });
 * await fetch(`${url}/payments/gateway/callback`, {
 *   method: 'POST', body, headers: { 'content-type': 'application/json', 'x-gateway-signature': gatewaySignature(body) },
 * });
 */
export function gatewaySignature(body: string | Uint8Array, secret: string = gatewaySecret()): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * Whether a signature header matches the raw body, compared in constant time.
 *
 * @example
 * verifyGatewaySignature(bytes, request.headers.get('x-gateway-signature'), secret) // true | false
 */
export function verifyGatewaySignature(body: Uint8Array, header: string | null, secret: string): boolean {
  if (header === null || !/^[0-9a-f]{64}$/i.test(header.trim())) return false;
  const expected = Buffer.from(gatewaySignature(body, secret), 'hex');
  return timingSafeEqual(expected, Buffer.from(header.trim().toLowerCase(), 'hex'));
}

/** What the emulated gateway does when the payer presses "pay". */
export type GatewayOutcome =
  | { readonly kind: 'paid' }
  | { readonly kind: 'failed'; readonly reason: string }
  /** The bank never answers: the payment stays pending until its lookup code expires. */
  | { readonly kind: 'timeout' };

/** The gateway's own words for a refusal (it speaks Vietnamese). */
const DECLINE_REASONS = {
  payer: 'Giao dịch không thành công: ngân hàng của người nộp từ chối giao dịch',
  card: 'Giao dịch không thành công: thẻ không đủ số dư',
} as const;

/**
 * The outcome of a payment attempt, from the sandbox's magic values (`seed-data/scenarios.ts`): the payer's
 * citizen ID or phone (`payerDeclined`, `payerTimesOut`), then the card number (`cardDeclined`, `cardTimesOut`).
 * Anything else pays.
 *
 * @example
 * gatewayOutcome({ citizenId: '030189004471' }) // { kind: 'failed', reason: 'Giao dịch không thành công: …' }
 * gatewayOutcome({ cardNumber: '9704000000000034' }) // { kind: 'timeout' }
 */
export function gatewayOutcome(attempt: {
  citizenId?: string | null | undefined;
  phone?: string | null | undefined;
  cardNumber?: string | null | undefined;
}): GatewayOutcome {
  const payer =
    (attempt.citizenId ? scenarioFor('payment', 'citizenId', attempt.citizenId) : undefined) ??
    (attempt.phone ? scenarioFor('payment', 'phone', attempt.phone) : undefined);
  const card = attempt.cardNumber ? scenarioFor('payment', 'cardNumber', attempt.cardNumber) : undefined;
  for (const [scenario, reason] of [
    [payer, DECLINE_REASONS.payer],
    [card, DECLINE_REASONS.card],
  ] as const) {
    if (scenario?.outcome === 'failed') return { kind: 'failed', reason };
    if (scenario?.outcome === 'timeout') return { kind: 'timeout' };
  }
  return { kind: 'paid' };
}
