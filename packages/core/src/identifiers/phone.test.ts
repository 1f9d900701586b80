import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnosePhoneNumber, isPhoneNumber, normalizePhoneNumber, parsePhoneNumber } from './phone.js';

describe('phone numbers', () => {
  it.each([
    ['0912345678', '+84912345678'],
    ['0312345678', '+84312345678'],
    ['0512345678', '+84512345678'],
    ['0712345678', '+84712345678'],
    ['0812345678', '+84812345678'],
    ['+84912345678', '+84912345678'],
    ['84912345678', '+84912345678'],
    ['0912 345 678', '+84912345678'],
    ['0912.345.678', '+84912345678'],
    ['0912-345-678', '+84912345678'],
    ['+84 912 345 678', '+84912345678'],
    ['02438251234', '+842438251234'],
    ['024 3825 1234', '+842438251234'],
    ['0203 3825 123', '+842033825123'],
    ['+84 24 3825 1234', '+842438251234'],
    [' 0912345678\t', '+84912345678'],
  ])('accepts %j as %s', (value, e164) => {
    expect(isPhoneNumber(value)).toBe(true);
    expect(normalizePhoneNumber(value)).toBe(e164);
  });

  it('tells mobile from landline', () => {
    expect(parsePhoneNumber('0912345678')).toEqual({ kind: 'mobile', e164: '+84912345678' });
    expect(parsePhoneNumber('024 3825 1234')).toEqual({ kind: 'landline', e164: '+842438251234' });
  });

  it.each([
    ['', 'phone.format'],
    ['09123456a8', 'phone.format'],
    ['(024) 3825 1234', 'phone.format'],
    ['0912  345678', 'phone.format'],
    ['0912--345678', 'phone.format'],
    ['0912345678.', 'phone.format'],
    ['-0912345678', 'phone.format'],
    ['+1 415 555 0100', 'phone.format'],
    ['++84912345678', 'phone.format'],
    ['0123456789', 'phone.prefix'],
    ['0412345678', 'phone.prefix'],
    ['0612345678', 'phone.prefix'],
    ['912345678', 'phone.prefix'],
    ['+84 0912345678', 'phone.prefix'],
    ['1900 1234', 'phone.prefix'],
    ['091234567', 'phone.mobileLength'],
    ['09123456789', 'phone.mobileLength'],
    ['+8491234567', 'phone.mobileLength'],
    ['0243825123', 'phone.landlineLength'],
    ['024382512345', 'phone.landlineLength'],
  ])('rejects %j (%s)', (value, key) => {
    expect(isPhoneNumber(value)).toBe(false);
    expect(normalizePhoneNumber(value)).toBeNull();
    expect(diagnosePhoneNumber(value)?.key).toBe(key);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(() => normalizePhoneNumber(value)).not.toThrow();
        expect(isPhoneNumber(value)).toBe(normalizePhoneNumber(value) !== null);
      }),
    );
    expect(isPhoneNumber(42 as unknown as string)).toBe(false);
  });

  it('normalises every valid number to an E.164 form that is itself valid and stable', () => {
    const mobile = fc.tuple(fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{8}$/));
    const landline = fc.tuple(fc.constant('2'), fc.stringMatching(/^\d{9}$/));
    fc.assert(
      fc.property(
        fc.oneof(mobile, landline),
        fc.constantFrom('0', '+84', '84', '+84 '),
        ([head, rest], prefix) => {
          const e164 = normalizePhoneNumber(`${prefix}${head}${rest}`);
          expect(e164).toBe(`+84${head}${rest}`);
          expect(normalizePhoneNumber(e164 ?? '')).toBe(e164);
        },
      ),
    );
  });
});
