import {
  DateTimeSchema,
  DossierCodeSchema,
  IdSchema,
  PaymentChannelSchema,
  PaymentSchema,
  VndAmountSchema,
} from '@motcua/core';
import * as z from 'zod/mini';
import { endpoint } from '../endpoint.js';
import { AcknowledgementSchema } from '../wire.js';

/**
 * Online payment of a dossier's financial obligation through the payment platform: the portal creates a
 * payment for the dossier's unpaid fee lines, sends the payer to the gateway's checkout page, and learns the
 * outcome from the gateway's signed callback (in the sandbox: from the `/sandbox/payments/{id}/…` controls).
 */

/** The header carrying the gateway's HMAC-SHA256 (hex) of the raw callback body. */
export const GATEWAY_SIGNATURE_HEADER = 'X-Gateway-Signature';

/** A payment as the API returns it: the record plus, while pending, where the payer pays. */
export const PaymentWithCheckoutSchema = z.safeExtend(PaymentSchema, {
  /** The gateway's checkout page (QR code, bank transfer, card) while the payment is `pending`. */
  checkoutUrl: z.optional(z.url()),
});
export type PaymentWithCheckout = z.infer<typeof PaymentWithCheckoutSchema>;

/** Pays every unpaid fee line of a dossier. */
export const CreatePaymentInputSchema = z.strictObject({
  dossierCode: DossierCodeSchema,
  /** Where the gateway sends the payer back, with `?paymentId=…`. */
  returnUrl: z.optional(z.url()),
});
export type CreatePaymentInput = z.infer<typeof CreatePaymentInputSchema>;

/** What the payment gateway posts when a payment ends. Replays of one transaction are acknowledged again. */
export const GatewayCallbackSchema = z.object({
  lookupCode: z.string().check(z.minLength(1)),
  transactionId: z.string().check(z.minLength(1)),
  status: z.enum(['paid', 'failed']),
  amount: VndAmountSchema,
  paidAt: z.optional(DateTimeSchema),
  channel: z.optional(PaymentChannelSchema),
  payer: z.optional(
    z.object({ name: z.string(), phone: z.optional(z.string()), email: z.optional(z.string()) }),
  ),
  failureReason: z.optional(z.string()),
});
export type GatewayCallback = z.infer<typeof GatewayCallbackSchema>;

const paymentParams = z.object({ id: IdSchema });

export const create = endpoint({
  id: 'payments.create',
  method: 'POST',
  path: '/payments',
  tag: 'payments',
  summary: "Create a payment for a dossier's fees",
  description: 'Covers every unpaid fee line. While a payment is pending, creating again returns it.',
  body: CreatePaymentInputSchema,
  response: PaymentWithCheckoutSchema,
  status: 201,
  auth: ['citizen', 'officer', 'agencyKey'],
  errors: ['resource.notFound', 'payment.notPayable'],
  idempotent: true,
});

export const get = endpoint({
  id: 'payments.get',
  method: 'GET',
  path: '/payments/{id}',
  tag: 'payments',
  summary: 'Read a payment',
  params: paymentParams,
  response: PaymentWithCheckoutSchema,
  auth: ['citizen', 'officer', 'agencyKey'],
  errors: ['resource.notFound'],
});

/** The gateway's notification, signed with the secret it shares with the platform. */
export const gatewayCallback = endpoint({
  id: 'payments.gatewayCallback',
  method: 'POST',
  path: '/payments/gateway/callback',
  tag: 'payments',
  summary: 'Payment gateway callback (signed)',
  description: `\`${GATEWAY_SIGNATURE_HEADER}\` is the hex HMAC-SHA256 of the raw body under the gateway's shared secret.`,
  headers: z.object({ [GATEWAY_SIGNATURE_HEADER]: z.string().check(z.regex(/^[0-9a-f]{64}$/)) }),
  body: GatewayCallbackSchema,
  response: AcknowledgementSchema,
  auth: [],
  errors: ['gateway.invalidSignature', 'resource.notFound', 'payment.amountMismatch'],
  sandboxOnly: true,
});

/** Plays the payer paying at the gateway: the payment becomes `paid` and the dossier moves on. */
export const complete = endpoint({
  id: 'payments.complete',
  method: 'POST',
  path: '/sandbox/payments/{id}/complete',
  tag: 'sandbox',
  summary: 'Complete a pending payment (sandbox)',
  params: paymentParams,
  body: z.optional(
    z.strictObject({
      channel: z.optional(z.enum(['bankTransfer', 'qr', 'card', 'eWallet'])),
      payerName: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    }),
  ),
  response: PaymentWithCheckoutSchema,
  auth: [],
  errors: ['resource.notFound', 'payment.notPending'],
  sandboxOnly: true,
});

/** Plays the gateway failing the payment (card declined, timeout). */
export const fail = endpoint({
  id: 'payments.fail',
  method: 'POST',
  path: '/sandbox/payments/{id}/fail',
  tag: 'sandbox',
  summary: 'Fail a pending payment (sandbox)',
  params: paymentParams,
  body: z.optional(
    z.strictObject({ reason: z.optional(z.string().check(z.minLength(1), z.maxLength(500))) }),
  ),
  response: PaymentWithCheckoutSchema,
  auth: [],
  errors: ['resource.notFound', 'payment.notPending'],
  sandboxOnly: true,
});
