import * as z from 'zod/mini';
import { IdSchema, openEnum } from './common.js';
import { VndAmountSchema } from './money.js';

/**
 * What a sum is, in law: `fee` is a lệ phí (for the State's service itself), `charge` a phí (to recover a
 * cost), `tax` a tax collected with the procedure (e.g. registration tax). Open: catalogues add kinds.
 *
 * @example
 * z.parse(FeeKindSchema, 'fee')
 */
export const FeeKindSchema = openEnum(['fee', 'charge', 'tax']);
export type FeeKind = z.infer<typeof FeeKindSchema>;

/**
 * When a sum is collected: at submission, when the result is returned, or during processing. Open.
 *
 * @example
 * z.parse(FeeCollectionPointSchema, 'result')
 */
export const FeeCollectionPointSchema = openEnum(['submission', 'processing', 'result']);
export type FeeCollectionPoint = z.infer<typeof FeeCollectionPointSchema>;

/**
 * Lệ phí / phí: one sum a procedure charges, as the procedure catalogue publishes it.
 *
 * @example
 * const fee: Fee = { code: 'LP01', name: 'Lệ phí đăng ký khai sinh', kind: 'fee', amount: 8_000, collectedAt: 'submission' };
 */
export const FeeSchema = z.object({
  /** The fee's code in the catalogue (used on payment lines). */
  code: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  kind: FeeKindSchema,
  /** Whole đồng. `0` is a real value: exempt procedures still list their fee line. */
  amount: VndAmountSchema,
  description: z.optional(z.string()),
  collectedAt: FeeCollectionPointSchema,
});
export type Fee = z.infer<typeof FeeSchema>;

/**
 * A fee as a dossier owes it: the catalogue line plus whether it has been paid, and how.
 *
 * @example
 * const owed: DossierFee = { ...fee, paid: true, paymentId: 'pay_01J2', paidOnline: true };
 */
export const DossierFeeSchema = z.extend(FeeSchema, {
  paid: z.boolean(),
  /** The payment that settled it, when paid through the payment platform. */
  paymentId: z.optional(IdSchema),
  /** Paid through the online payment platform (the service index counts these), not at the desk. */
  paidOnline: z.optional(z.boolean()),
});
export type DossierFee = z.infer<typeof DossierFeeSchema>;
