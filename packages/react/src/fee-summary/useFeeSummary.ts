import type { Fee, FeeKind, Payment } from '@motcua/core';

/** A fee line as a dossier owes it (`paid` known) or as the catalogue lists it (`paid` absent). */
export type FeeLine = Pick<Fee, 'code' | 'name' | 'amount'> & {
  kind: FeeKind | (string & {});
  paid?: boolean;
};

export interface FeeTotals {
  total: number;
  /** Left to pay: the unpaid lines (all of them when payment is unknown). */
  due: number;
  /** Whether any line says if it was paid. */
  tracksPayment: boolean;
  state: 'empty' | 'unpaid' | 'paid';
}

/**
 * Sums fee lines. Pure, so it can run on the server.
 *
 * @example
 * feeTotals([{ code: 'LP01', name: 'Lệ phí', kind: 'fee', amount: 8000, paid: false }]) // { total: 8000, due: 8000, … }
 */
export function feeTotals(lines: readonly FeeLine[]): FeeTotals {
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const due = lines.reduce((sum, line) => sum + (line.paid ? 0 : line.amount), 0);
  const tracksPayment = lines.some((line) => line.paid !== undefined);
  return {
    total,
    due,
    tracksPayment,
    state: lines.length === 0 ? 'empty' : due === 0 && tracksPayment ? 'paid' : 'unpaid',
  };
}

/**
 * The fee lines with those a paid payment covered marked paid: what the platform's dossier says once the gateway's
 * answer has reached it, shown without reading the dossier again. Lines of an unpaid payment stay as they are.
 *
 * @example
 * withPayment(dossier.fees, payment) // every line of `payment.lines` now `paid: true` when `payment.status === 'paid'`
 */
export function withPayment(lines: readonly FeeLine[], payment: Payment | undefined): readonly FeeLine[] {
  if (payment?.status !== 'paid') return lines;
  const covered = new Set(payment.lines.map((line) => line.code));
  return lines.map((line) => (covered.has(line.code) && !line.paid ? { ...line, paid: true } : line));
}
