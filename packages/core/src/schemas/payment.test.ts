import { describe, expect, it } from 'vitest';
import { validate } from '../messages/validate.js';
import { payment } from './fixtures.js';
import { isFinalPaymentStatus, PaymentSchema } from './payment.js';

describe('PaymentSchema', () => {
  it('requires the total to be the sum of the lines', () => {
    expect(validate(PaymentSchema, { ...payment, total: 20_000 }, { locale: 'vi' })).toEqual({
      ok: false,
      issues: [
        {
          path: ['total'],
          code: 'payment.total',
          message: 'Tổng tiền phải bằng tổng các khoản thu (16000 đồng)',
        },
      ],
    });
    expect(validate(PaymentSchema, { ...payment, total: 20_000 }, { locale: 'en' })).toMatchObject({
      issues: [{ message: 'The total must equal the sum of the lines (16000 đồng)' }],
    });
  });

  it('requires the payment time once paid', () => {
    const { paidAt: _paidAt, ...unpaid } = payment;
    expect(validate(PaymentSchema, { ...unpaid, status: 'pending' }).ok).toBe(true);
    expect(validate(PaymentSchema, unpaid, { locale: 'en' })).toEqual({
      ok: false,
      issues: [
        { path: ['paidAt'], code: 'payment.paidAt', message: 'A paid payment must say when it was paid' },
      ],
    });
  });

  it('is in đồng only, whole amounts', () => {
    const result = validate(
      PaymentSchema,
      { ...payment, currency: 'USD', lines: [{ ...payment.lines[0], amount: 0.5 }] },
      { locale: 'en' },
    );
    expect(result.ok ? [] : result.issues.map((issue) => issue.path.join('.'))).toEqual([
      'lines.0.amount',
      'currency',
    ]);
  });

  it('knows which statuses are final', () => {
    expect(isFinalPaymentStatus('pending')).toBe(false);
    expect(['paid', 'failed', 'expired', 'cancelled'].every((s) => isFinalPaymentStatus(s as never))).toBe(
      true,
    );
  });
});
