import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnoseTaxCode, isTaxCode, parseTaxCode, taxCodeCheckDigit } from './tax-code.js';

describe('isTaxCode', () => {
  it.each(['0100233488', '0314409058-002', '0100109106', '0314409058-999'])('accepts %s', (value) => {
    expect(isTaxCode(value)).toBe(true);
  });

  it.each([
    ['0100233480', 'taxCode.checkDigit'],
    ['0100233487', 'taxCode.checkDigit'],
    ['010023348', 'taxCode.format'],
    ['01002334888', 'taxCode.format'],
    ['0100233488-', 'taxCode.format'],
    ['0100233488-01', 'taxCode.format'],
    ['0100233488-0001', 'taxCode.format'],
    ['0100233488 002', 'taxCode.format'],
    ['01002334a8', 'taxCode.format'],
    ['', 'taxCode.format'],
    ['0314409058-000', 'taxCode.branch'],
    ['0314409050-002', 'taxCode.checkDigit'],
  ])('rejects %j (%s)', (value, key) => {
    expect(isTaxCode(value)).toBe(false);
    expect(parseTaxCode(value)).toBeNull();
    expect(diagnoseTaxCode(value)?.key).toBe(key);
  });

  it('gives check digit 0 when the weighted sum leaves remainder 10', () => {
    // 010023359: Σ wᵢ·Nᵢ mod 11 = 10, so N10 = 10 − 10 = 0.
    expect(taxCodeCheckDigit('010023359')).toBe(0);
    expect(isTaxCode('0100233590')).toBe(true);
    for (const last of '123456789') expect(isTaxCode(`010023359${last}`)).toBe(false);
  });

  it('admits no code at all when the remainder is 0 (10 − 0 is not a digit)', () => {
    // 010023352: remainder 0. Ports computing (10 − r) mod 10 wrongly accept 0100233520.
    expect(taxCodeCheckDigit('010023352')).toBeNull();
    for (const last of '0123456789') expect(isTaxCode(`010023352${last}`)).toBe(false);
  });

  it("trims surrounding whitespace: '0100233488 ' is accepted as '0100233488'", () => {
    expect(isTaxCode(' 0100233488 ')).toBe(true);
  });

  it('accepts the 13-digit form whose dash was lost in transit', () => {
    expect(parseTaxCode('0314409058002')).toEqual({ base: '0314409058', branch: '002' });
    expect(isTaxCode('0314409058000')).toBe(false);
  });

  it('splits base and branch', () => {
    expect(parseTaxCode('0314409058-002')).toEqual({ base: '0314409058', branch: '002' });
    expect(parseTaxCode('0100233488')).toEqual({ base: '0100233488', branch: null });
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(() => parseTaxCode(value)).not.toThrow();
        expect(isTaxCode(value)).toBe(parseTaxCode(value) !== null);
      }),
    );
    expect(taxCodeCheckDigit('12')).toBeNull();
    expect(isTaxCode(null as unknown as string)).toBe(false);
  });

  it('accepts exactly the computed check digit, independently recomputed here', () => {
    const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), fc.integer({ min: 0, max: 9 }), (first9, last) => {
        const remainder =
          [...first9].reduce((sum, digit, i) => sum + (weights[i] ?? 0) * Number(digit), 0) % 11;
        const expected = remainder === 0 ? null : 10 - remainder;
        expect(isTaxCode(`${first9}${last}`)).toBe(last === expected);
        expect(isTaxCode(`${first9}${last}-001`)).toBe(last === expected);
      }),
    );
  });
});
