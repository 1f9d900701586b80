import * as z from 'zod/mini';
import { DossierCodeSchema } from '../identifiers/schemas.js';
import { IdSchema, openEnum } from './common.js';
import { DateTimeSchema } from './dates.js';
import { FeeKindSchema } from './fee.js';
import { VndAmountSchema } from './money.js';
import { ruleCheck } from './rule.js';
import { paymentRule } from './rules.js';

/**
 * Where a payment stands. `pending` until the gateway answers; the other four are final. Closed: the SDK
 * branches on it, and a new state would need new handling anyway.
 *
 * @example
 * z.parse(PaymentStatusSchema, 'paid')
 */
export const PaymentStatusSchema = z.enum(['pending', 'paid', 'failed', 'expired', 'cancelled']);
export type PaymentStatus = z.infer<typeof PaymentStatusSchema>;

/**
 * One line of a payment: a fee, charge or tax of the dossier.
 *
 * @example
 * const line: PaymentLine = { kind: 'fee', code: 'LP01', name: 'Lệ phí đăng ký khai sinh quá hạn', amount: 8_000 };
 */
export const PaymentLineSchema = z.object({
  kind: FeeKindSchema,
  code: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  amount: VndAmountSchema,
});
export type PaymentLine = z.infer<typeof PaymentLineSchema>;

/**
 * The State account the money goes to (the collecting agency's account at the State Treasury or a bank).
 *
 * @example
 * const account: Beneficiary = { accountName: 'UBND phường Ba Đình', accountNumber: '3511000123', bank: 'Kho bạc Nhà nước' };
 */
export const BeneficiarySchema = z.object({
  accountName: z.string().check(z.minLength(1)),
  accountNumber: z.string().check(z.regex(/^[0-9A-Za-z]{4,34}$/)),
  /** Bank name as shown to the payer, e.g. `Vietcombank`. */
  bank: z.string().check(z.minLength(1)),
  /** NAPAS bank identification number (6 digits), which VietQR codes need. */
  bankCode: z.optional(z.string().check(z.regex(/^\d{6}$/))),
});
export type Beneficiary = z.infer<typeof BeneficiarySchema>;

/**
 * Who paid, as the gateway reports it.
 *
 * @example
 * const payer: Payer = { name: 'Trần Thị Bình', phone: '0912345678' };
 */
export const PayerSchema = z.object({
  name: z.string(),
  phone: z.optional(z.string()),
  email: z.optional(z.string()),
});
export type Payer = z.infer<typeof PayerSchema>;

/**
 * How the payer paid. Open: gateways add methods.
 *
 * @example
 * z.parse(PaymentChannelSchema, 'qr')
 */
export const PaymentChannelSchema = openEnum(['bankTransfer', 'qr', 'card', 'eWallet', 'cash']);
export type PaymentChannel = z.infer<typeof PaymentChannelSchema>;

/**
 * Thanh toán trực tuyến: one payment of a dossier's financial obligation through the payment platform.
 * `total` must equal the sum of the lines: a mismatch is refused rather than trusted either way.
 *
 * @example
 * const payment: Payment = {
 *   id: 'pay_01J2', dossierCode: '000.00.14.H56-250701-0001', lookupCode: 'PT250701000123',
 *   lines: [{ kind: 'fee', code: 'LP01', name: 'Lệ phí đăng ký khai sinh', amount: 8_000 }], total: 8_000,
 *   currency: 'VND', status: 'pending',
 *   beneficiary: { accountName: 'UBND phường Ba Đình', accountNumber: '3511000123', bank: 'Kho bạc Nhà nước' },
 *   createdAt: '2025-07-01T08:30:00+07:00',
 * };
 */
export const PaymentSchema = z
  .object({
    id: IdSchema,
    dossierCode: DossierCodeSchema,
    /** Mã tra cứu: the code the payer quotes to the bank or scans, unique per payment. */
    lookupCode: z.string().check(z.minLength(1)),
    lines: z.array(PaymentLineSchema).check(z.minLength(1)),
    total: VndAmountSchema,
    currency: z.literal('VND'),
    status: PaymentStatusSchema,
    beneficiary: BeneficiarySchema,
    payer: z.optional(PayerSchema),
    channel: z.optional(PaymentChannelSchema),
    createdAt: DateTimeSchema,
    /** After this the lookup code no longer takes money and the payment becomes `expired`. */
    expiresAt: z.optional(DateTimeSchema),
    paidAt: z.optional(DateTimeSchema),
    /** The gateway's reason, in its own words, when `failed`. */
    failureReason: z.optional(z.string()),
  })
  .check(ruleCheck(paymentRule));
export type Payment = z.infer<typeof PaymentSchema>;

/**
 * True once a payment can no longer change (everything but `pending`): stop polling the gateway.
 *
 * @example
 * isFinalPaymentStatus('paid') // true
 */
export function isFinalPaymentStatus(status: PaymentStatus): boolean {
  return status !== 'pending';
}
