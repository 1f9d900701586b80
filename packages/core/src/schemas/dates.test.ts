import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../messages/validate.js';
import {
  DateSchema,
  DateTimeSchema,
  fromPlatformTimestamp,
  isCalendarDate,
  toPlatformTimestamp,
  vietnamDate,
} from './dates.js';

describe('DateTimeSchema', () => {
  it.each(['2025-07-01T08:30:00+07:00', '2025-07-01T01:30:00Z', '2025-07-01T08:30:00.123+07:00'])(
    'accepts %s',
    (value) => {
      expect(validate(DateTimeSchema, value)).toEqual({ ok: true, value });
    },
  );

  it('refuses a time without an offset, with a message that shows the form', () => {
    expect(validate(DateTimeSchema, '2025-07-01T08:30:00', { locale: 'vi' })).toEqual({
      ok: false,
      issues: [
        {
          path: [],
          code: 'date.dateTime',
          message: 'Thời điểm phải theo ISO 8601 kèm múi giờ, ví dụ 2025-07-01T08:30:00+07:00',
        },
      ],
    });
    expect(validate(DateTimeSchema, '20250701083000', { locale: 'en' })).toMatchObject({
      issues: [{ message: 'A time is ISO 8601 with its offset, e.g. 2025-07-01T08:30:00+07:00' }],
    });
  });

  it('says "required" for a missing value, not "wrong format"', () => {
    expect(validate(DateTimeSchema, undefined, { locale: 'en' })).toMatchObject({
      issues: [{ code: 'validation.required' }],
    });
  });
});

describe('DateSchema', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-7-1', false],
  ])('%s → %s', (value, ok) => {
    expect(validate(DateSchema, value).ok).toBe(ok);
  });

  it('speaks both languages', () => {
    expect(validate(DateSchema, '2025-02-29', { locale: 'vi' })).toMatchObject({
      issues: [{ message: 'Ngày không hợp lệ' }],
    });
    expect(validate(DateSchema, '2025-02-29', { locale: 'en' })).toMatchObject({
      issues: [{ message: 'Enter a real date' }],
    });
  });

  it('agrees with isCalendarDate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
          expect(isCalendarDate(text)).toBe(real);
          expect(validate(DateSchema, text).ok).toBe(real);
        },
      ),
    );
  });
});

describe('platform timestamps (yyyyMMddHHmmss, Vietnam time)', () => {
  it('formats in UTC+7 whatever the host zone', () => {
    expect(toPlatformTimestamp(new Date('2025-07-01T01:30:00Z'))).toBe('20250701083000');
    expect(toPlatformTimestamp(new Date('2025-06-30T17:00:00Z'))).toBe('20250701000000');
    expect(toPlatformTimestamp(new Date('2025-12-31T16:59:59.999Z'))).toBe('20251231235959');
  });

  it('reads back to the same instant', () => {
    expect(fromPlatformTimestamp('20250701083000')?.toISOString()).toBe('2025-07-01T01:30:00.000Z');
    expect(fromPlatformTimestamp('20000229000000')?.toISOString()).toBe('2000-02-28T17:00:00.000Z');
  });

  it.each([
    '',
    '2025070108300',
    '202507010830000',
    '20250230083000',
    '20251301083000',
    '20250701240000',
    '20250701086000',
    '2025-07-01',
  ])('refuses %j', (value) => {
    expect(fromPlatformTimestamp(value)).toBeNull();
  });

  it('throws on an invalid Date', () => {
    expect(() => toPlatformTimestamp(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('round-trips every second of years 1000–9998', () => {
    const min = Date.UTC(1000, 0, 1);
    const max = Date.UTC(9998, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: min / 1000, max: max / 1000 }), (seconds) => {
        const instant = new Date(seconds * 1000);
        expect(fromPlatformTimestamp(toPlatformTimestamp(instant))?.getTime()).toBe(instant.getTime());
      }),
    );
  });

  it('gives today in Vietnam', () => {
    expect(vietnamDate(new Date('2025-06-30T18:00:00Z'))).toBe('2025-07-01');
    expect(vietnamDate(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
  });
});
