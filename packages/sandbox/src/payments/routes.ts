import { endpoint, payments } from '@motcua/contract';
import { formatMessage, IdSchema } from '@motcua/core';
import * as z from 'zod/mini';
import type { AuthenticatedPrincipal } from '../auth/principal.js';
import { fromJson } from '../db/portable.js';
import { ProblemError } from '../http/problem.js';
import { type RouteDefinition, reply, route } from '../http/route.js';
import { validateRequest } from '../http/validation.js';
import {
  CHECKOUT_CHANNELS,
  type CheckoutChannel,
  type CheckoutError,
  renderCheckoutPage,
  renderNotFoundPage,
} from './checkout-page.js';
import { findDossierByCode, type PayableDossier, unpaidFees } from './dossier-fees.js';
import { gatewayOutcome, gatewaySecret, verifyGatewaySignature } from './gateway.js';
import {
  findPayment,
  insertPayment,
  newTransactionId,
  type PaymentContext,
  refreshPayment,
  settlePayment,
  toPayment,
} from './service.js';
import type { PaymentTable } from './tables.js';

/** Options of the payment routes. */
export interface PaymentRoutesOptions {
  /** The gateway's callback secret; default `$MOTCUA_PAYMENT_GATEWAY_SECRET`, else `SANDBOX_GATEWAY_SECRET`. */
  gatewaySecret?: string;
}

const paymentParams = z.object({ id: IdSchema });

/**
 * The gateway's checkout page. Not in the contract (the payer's browser talks to the gateway, not to the
 * platform API): a sandbox-only page, declared here with the contract's `endpoint()` so the pipeline serves it.
 */
export const checkoutPage = endpoint({
  id: 'payments.checkoutPage',
  method: 'GET',
  path: '/sandbox/payments/{id}/checkout',
  tag: 'sandbox',
  summary: 'Sandbox payment gateway: checkout page (HTML)',
  description: 'Where `checkoutUrl` points: the payer chooses a method and pays, or plays a failure.',
  params: paymentParams,
  responseKind: 'html',
  responseMediaType: 'text/html',
  auth: [],
  errors: ['resource.notFound'],
  sandboxOnly: true,
});

/** The checkout form's fields, loosely typed: the handler answers mistakes on the page, not as JSON problems. */
const CheckoutFormSchema = z.optional(
  z.object({
    action: z.optional(z.string()),
    channel: z.optional(z.string()),
    cardNumber: z.optional(z.string()),
  }),
);

/** The checkout page's form: pay (scenarios apply) or fail; then back to the service or to the page. */
export const checkoutSubmit = endpoint({
  id: 'payments.checkoutSubmit',
  method: 'POST',
  path: '/sandbox/payments/{id}/checkout',
  tag: 'sandbox',
  summary: 'Sandbox payment gateway: pay or fail from the checkout page (form post)',
  description:
    'Answers 303 to the `returnUrl` (with `?paymentId=`) once the payment ended, else to the page itself.',
  params: paymentParams,
  requestKind: 'form',
  body: CheckoutFormSchema,
  responseKind: 'redirect',
  status: 303,
  alternatives: [{ status: 200, responseKind: 'html', description: 'The page again, with errors (422).' }],
  auth: [],
  errors: ['resource.notFound'],
  sandboxOnly: true,
});

/** The callback as served: the body arrives as raw bytes, because the signature covers exactly those. */
const gatewayCallbackRaw = endpoint({
  ...payments.gatewayCallback,
  requestKind: 'binary',
  body: z.optional(z.custom<Uint8Array>((value) => value instanceof Uint8Array)),
});

/** The largest callback body read: a gateway notification is a few hundred bytes. */
const CALLBACK_BODY_LIMIT = 64 * 1024;

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

function notFound(id: string): ProblemError {
  return new ProblemError('resource.notFound', {
    detail: { vi: `Không có giao dịch thanh toán ${id}`, en: `There is no payment ${id}` },
  });
}

/** Whether a caller may see a dossier's payments: its applicant, or the agencies holding it. */
function mayPayFor(principal: AuthenticatedPrincipal, dossier: PayableDossier): boolean {
  if (principal.kind === 'citizen') return dossier.ownerPersonaId === principal.personaId;
  return dossier.agencyCodes.includes(principal.agencyCode);
}

async function visiblePayment(
  context: PaymentContext & { readonly principal: AuthenticatedPrincipal },
  id: string,
): Promise<PaymentTable> {
  const { principal } = context;
  const row = await findPayment(context.db, id);
  if (!row) throw notFound(id);
  const visible =
    principal.kind === 'citizen'
      ? row.owner_persona_id === principal.personaId
      : row.agency_code === principal.agencyCode ||
        ((await findDossierByCode(context.db, context.dialect, row.dossier_code))?.agencyCodes.includes(
          principal.agencyCode,
        ) ??
          false);
  if (!visible) throw notFound(id);
  return refreshPayment(context, row);
}

async function pendingPayment(context: PaymentContext, id: string): Promise<PaymentTable> {
  const row = await findPayment(context.db, id);
  if (!row) throw notFound(id);
  const current = await refreshPayment(context, row);
  if (current.status !== 'pending') {
    throw new ProblemError('payment.notPending', {
      detail: {
        vi: `Giao dịch ${current.lookup_code} đã kết thúc (${current.status})`,
        en: `Payment ${current.lookup_code} already ended (${current.status})`,
      },
    });
  }
  return current;
}

const originOf = (request: Request) => new URL(request.url).origin;

function htmlResponse(html: string, status = 200): Response {
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Language': 'vi',
      'Cache-Control': 'no-store',
      // No script at all; inline styles only. The form may post back and redirect to the service's returnUrl.
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
      'Referrer-Policy': 'no-referrer',
    },
  });
}

/** The service's return address with `paymentId` added. */
function returnAddress(returnUrl: string, paymentId: string): string {
  const url = new URL(returnUrl);
  url.searchParams.set('paymentId', paymentId);
  return url.toString();
}

/** Luhn check, which every real card number passes (the sandbox's magic cards too). */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The payment endpoints of the contract, plus the gateway's checkout page. */
export function paymentRoutes(options: PaymentRoutesOptions = {}): RouteDefinition[] {
  return [
    route(payments.create, async (context) => {
      const { db, dialect, body, principal, request, locale } = context;
      if (body.returnUrl !== undefined && !/^https?:$/.test(new URL(body.returnUrl).protocol)) {
        throw new ProblemError('request.invalid', {
          errors: [
            {
              path: ['returnUrl'],
              code: 'validation.format',
              message: formatMessage('validation.format', {}, locale),
            },
          ],
        });
      }
      const dossier = await findDossierByCode(db, dialect, body.dossierCode, { forUpdate: true });
      if (!dossier || !mayPayFor(principal, dossier)) {
        throw new ProblemError('resource.notFound', {
          detail: { vi: `Không có hồ sơ ${body.dossierCode}`, en: `There is no dossier ${body.dossierCode}` },
        });
      }
      // While a payment is pending, creating again returns it (after expiring it if its time is up).
      const pending = await db
        .selectFrom('payments')
        .selectAll()
        .where('dossier_code', '=', dossier.code)
        .where('status', '=', 'pending')
        .execute();
      for (const row of pending) {
        const current = await refreshPayment(context, row);
        if (current.status === 'pending') {
          return reply(toPayment(current, originOf(request)), {
            status: 200,
            headers: { Location: `/payments/${current.id}` },
          });
        }
      }
      const lines = unpaidFees(dossier).map(({ kind, code, name, amount }) => ({ kind, code, name, amount }));
      if (lines.length === 0 || dossier.agencyCode === null) {
        throw new ProblemError('payment.notPayable', {
          detail: {
            vi: `Hồ sơ ${dossier.code} không có khoản phí nào cần nộp trực tuyến`,
            en: `Dossier ${dossier.code} has nothing to pay online`,
          },
        });
      }
      const row = await insertPayment(context, { ...dossier, agencyCode: dossier.agencyCode }, lines, {
        returnUrl: body.returnUrl,
      });
      return reply(toPayment(row, originOf(request)), { headers: { Location: `/payments/${row.id}` } });
    }),

    route(payments.get, async (context) =>
      toPayment(await visiblePayment(context, context.params.id), originOf(context.request)),
    ),

    route(gatewayCallbackRaw, async (context) => {
      const { request, body, locale, db } = context;
      const contentType = request.headers.get('content-type') ?? '';
      const raw = body ?? new Uint8Array(0);
      // The signature first: an unsigned caller learns nothing about the payments or the schema.
      if (
        !verifyGatewaySignature(
          raw,
          request.headers.get(payments.GATEWAY_SIGNATURE_HEADER),
          gatewaySecret(options.gatewaySecret),
        )
      ) {
        throw new ProblemError('gateway.invalidSignature', {
          detail: {
            vi: `${payments.GATEWAY_SIGNATURE_HEADER} phải là HMAC-SHA256 (hex) của nội dung gốc, ký bằng khóa bí mật của cổng thanh toán`,
            en: `${payments.GATEWAY_SIGNATURE_HEADER} must be the hex HMAC-SHA256 of the raw body under the gateway's secret`,
          },
        });
      }
      if (raw.byteLength > CALLBACK_BODY_LIMIT) {
        throw new ProblemError('request.tooLarge', {
          detail: { vi: 'Nội dung quá lớn', en: 'Body too large' },
        });
      }
      if (!JSON_TYPE.test(contentType)) {
        throw new ProblemError('request.unsupportedMediaType', {
          detail: { vi: 'Cần Content-Type application/json', en: 'Send Content-Type application/json' },
        });
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
      } catch (cause) {
        throw new ProblemError('request.malformed', {
          detail: { vi: 'Nội dung không phải JSON hợp lệ', en: 'The body is not valid JSON' },
          cause,
        });
      }
      const callback = validateRequest(
        { body: payments.GatewayCallbackSchema },
        { params: {}, query: {}, body: parsed },
        locale,
      ).body as payments.GatewayCallback;

      const row = await db
        .selectFrom('payments')
        .selectAll()
        .where('lookup_code', '=', callback.lookupCode)
        .executeTakeFirst();
      if (!row) {
        throw new ProblemError('resource.notFound', {
          detail: {
            vi: `Không có giao dịch mã tra cứu ${callback.lookupCode}`,
            en: `There is no payment with lookup code ${callback.lookupCode}`,
          },
        });
      }
      const current = await refreshPayment(context, row);
      if (current.status !== 'pending') {
        // The same notification again (gateways retry until acknowledged): acknowledged again, changes nothing.
        if (current.status === callback.status && current.transaction_id === callback.transactionId)
          return { ok: true as const };
        throw new ProblemError('payment.notPending', {
          detail: {
            vi: `Giao dịch ${current.lookup_code} đã kết thúc (${current.status})`,
            en: `Payment ${current.lookup_code} already ended (${current.status})`,
          },
        });
      }
      if (callback.amount !== Number(current.total)) {
        throw new ProblemError('payment.amountMismatch', {
          detail: {
            vi: `Số tiền ${callback.amount} khác khoản phải nộp ${current.total}`,
            en: `Amount ${callback.amount} differs from the ${current.total} due`,
          },
        });
      }
      await settlePayment(
        context,
        current,
        callback.status === 'paid'
          ? {
              status: 'paid',
              transactionId: callback.transactionId,
              channel: callback.channel,
              payer: callback.payer,
              paidAt: callback.paidAt === undefined ? undefined : new Date(callback.paidAt).toISOString(),
            }
          : {
              status: 'failed',
              transactionId: callback.transactionId,
              channel: callback.channel,
              reason: callback.failureReason ?? 'Giao dịch không thành công',
            },
      );
      return { ok: true as const };
    }),

    route(payments.complete, async (context) => {
      const current = await pendingPayment(context, context.params.id);
      const stored = fromJson<{ name?: string } | null>(current.payer);
      const settled = await settlePayment(context, current, {
        status: 'paid',
        transactionId: newTransactionId(),
        channel: context.body?.channel ?? 'card',
        payer: { name: context.body?.payerName ?? stored?.name ?? '' },
      });
      return toPayment(settled, originOf(context.request));
    }),

    route(payments.fail, async (context) => {
      const current = await pendingPayment(context, context.params.id);
      const settled = await settlePayment(context, current, {
        status: 'failed',
        transactionId: newTransactionId(),
        reason: context.body?.reason ?? 'Giao dịch không thành công (giả lập)',
      });
      return toPayment(settled, originOf(context.request));
    }),

    route(checkoutPage, async (context) => {
      const row = await findPayment(context.db, context.params.id);
      if (!row) return htmlResponse(renderNotFoundPage(), 404);
      const current = await refreshPayment(context, row);
      return htmlResponse(
        renderCheckoutPage({
          payment: toPayment(current, originOf(context.request)),
          action: new URL(context.request.url).pathname,
          returnUrl: current.return_url === null ? undefined : returnAddress(current.return_url, current.id),
          waiting: new URL(context.request.url).searchParams.get('waiting') === '1',
        }),
      );
    }),

    route(checkoutSubmit, async (context) => {
      const { request, params } = context;
      const form = context.body ?? {};
      const row = await findPayment(context.db, params.id);
      if (!row) return htmlResponse(renderNotFoundPage(), 404);
      const pageUrl = new URL(request.url).pathname;
      let current = await refreshPayment(context, row);
      const values = { channel: form.channel, cardNumber: form.cardNumber };
      const errors: CheckoutError[] = [];
      const channel = CHECKOUT_CHANNELS.find((option) => option.value === form.channel)?.value as
        | CheckoutChannel
        | undefined;
      const cardNumber = (form.cardNumber ?? '').replace(/[\s-]/g, '');
      if (current.status === 'pending') {
        if (form.action !== 'pay' && form.action !== 'fail') {
          errors.push({ field: 'action', message: 'Hãy chọn Thanh toán hoặc Giả lập giao dịch thất bại' });
        }
        if (form.action === 'pay' && channel === undefined) {
          errors.push({ field: 'channel', message: 'Hãy chọn phương thức thanh toán' });
        }
        if (
          form.action === 'pay' &&
          channel === 'card' &&
          !(/^\d{12,19}$/.test(cardNumber) && luhnValid(cardNumber))
        ) {
          errors.push({
            field: 'cardNumber',
            message: 'Số thẻ phải gồm 12 đến 19 chữ số và hợp lệ, ví dụ 9704 0000 0000 0018',
          });
        }
      }
      if (errors.length > 0) {
        return htmlResponse(
          renderCheckoutPage({
            payment: toPayment(current, originOf(request)),
            action: pageUrl,
            errors,
            values,
          }),
          422,
        );
      }
      let waiting = false;
      if (current.status === 'pending') {
        if (form.action === 'fail') {
          current = await settlePayment(context, current, {
            status: 'failed',
            transactionId: newTransactionId(),
            channel,
            reason: 'Giao dịch không thành công (người nộp giả lập lỗi)',
          });
        } else {
          const payer = fromJson<{ name?: string; phone?: string } | null>(current.payer);
          const outcome = gatewayOutcome({
            citizenId: current.payer_citizen_id,
            phone: payer?.phone,
            cardNumber: channel === 'card' ? cardNumber : undefined,
          });
          if (outcome.kind === 'timeout') waiting = true;
          else if (outcome.kind === 'failed') {
            current = await settlePayment(context, current, {
              status: 'failed',
              transactionId: newTransactionId(),
              channel,
              reason: outcome.reason,
            });
          } else {
            current = await settlePayment(context, current, {
              status: 'paid',
              transactionId: newTransactionId(),
              channel,
            });
          }
        }
      }
      // Post/redirect/get: back to the service once the payment ended, else to the page (which shows the wait).
      const location =
        current.status !== 'pending' && current.return_url !== null
          ? returnAddress(current.return_url, current.id)
          : `${pageUrl}${waiting ? '?waiting=1' : ''}`;
      return new Response(null, {
        status: 303,
        headers: { Location: location, 'Cache-Control': 'no-store' },
      });
    }),
  ];
}
