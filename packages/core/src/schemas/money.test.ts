import { describe, expect, it } from 'vitest';
import { validate } from '../messages/validate.js';
import { formatVnd, VndAmountSchema } from './money.js';

describe('VndAmountSchema', () => {
  it('accepts whole đồng from zero', () => {
    expect(validate(VndAmountSchema, 0).ok).toBe(true);
    expect(validate(VndAmountSchema, 1_000_000).ok).toBe(true);
  });

  it('refuses fractions, negatives and unsafe integers', () => {
    expect(validate(VndAmountSchema, -1, { locale: 'en' })).toMatchObject({
      issues: [{ code: 'validation.number.tooSmall', message: 'Must be 0 or more' }],
    });
    expect(validate(VndAmountSchema, 1.5).ok).toBe(false);
    expect(validate(VndAmountSchema, 2 ** 53).ok).toBe(false);
  });
});

describe('formatVnd', () => {
  it('formats in Vietnamese with a no-break space before ₫', () => {
    expect(formatVnd(1_000_000, 'vi')).toBe('1.000.000\u00a0₫');
    expect(formatVnd(8_000)).toBe('8.000\u00a0₫');
    expect(formatVnd(0, 'vi')).toBe('0\u00a0₫');
  });

  it('formats in English', () => {
    expect(formatVnd(1_000_000, 'en')).toBe('₫1,000,000');
  });
});
