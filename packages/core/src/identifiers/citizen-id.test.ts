import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIRTH_PROVINCE_CODES } from './birth-province-codes.js';
import { diagnoseCitizenId, isCitizenId, parseCitizenId } from './citizen-id.js';

const now = new Date('2025-06-15T00:00:00Z');

describe('parseCitizenId', () => {
  it('reads province, gender and birth year', () => {
    expect(parseCitizenId('001087123456', { now })).toEqual({
      provinceCode: '001',
      gender: 'male',
      birthYear: 1987,
    });
    expect(parseCitizenId('079303000001', { now })).toEqual({
      provinceCode: '079',
      gender: 'female',
      birthYear: 2003,
    });
  });

  it.each([
    ['0', 'male', 1987],
    ['1', 'female', 1987],
    ['2', 'male', 2087],
    ['3', 'female', 2087],
    ['4', 'male', 2187],
    ['5', 'female', 2187],
    ['6', 'male', 2287],
    ['7', 'female', 2287],
    ['8', 'male', 1887],
    ['9', 'female', 1887],
  ])('century/gender digit %s → %s, %i', (digit, gender, birthYear) => {
    const far = new Date('2300-01-01T00:00:00Z');
    expect(parseCitizenId(`001${digit}87123456`, { now: far })).toEqual({
      provinceCode: '001',
      gender,
      birthYear,
    });
  });

  it("trims surrounding whitespace: ' 001087123456 ' is read as '001087123456'", () => {
    expect(parseCitizenId(' 001087123456\n', { now })?.birthYear).toBe(1987);
  });

  it.each([
    ['', 'citizenId.length'],
    ['0010871234', 'citizenId.length'],
    ['0010871234567', 'citizenId.length'],
    ['00108712345a', 'citizenId.digits'],
    ['001 087 123 456', 'citizenId.digits'],
    ['００１０８７１２３４５６', 'citizenId.digits'],
    ['003087123456', 'citizenId.province'],
    ['097087123456', 'citizenId.province'],
    ['000087123456', 'citizenId.province'],
    ['001226000000', 'citizenId.birthYear'],
    ['001487000000', 'citizenId.birthYear'],
  ])('rejects %j (%s)', (value, key) => {
    expect(parseCitizenId(value, { now })).toBeNull();
    expect(isCitizenId(value, { now })).toBe(false);
    expect(diagnoseCitizenId(value, { now })?.key).toBe(key);
  });

  it('names the unknown province code and the future year', () => {
    expect(diagnoseCitizenId('003087123456', { now })).toEqual({
      key: 'citizenId.province',
      params: { code: '003' },
    });
    expect(diagnoseCitizenId('001226000000', { now })).toEqual({
      key: 'citizenId.birthYear',
      params: { year: 2026 },
    });
  });

  it('accepts a birth this year, judged by the Vietnamese calendar (UTC+7), not the machine clock', () => {
    // 31 Dec 2025 17:30 UTC is already 1 Jan 2026 in Hà Nội.
    const newYearInHanoi = new Date('2025-12-31T17:30:00Z');
    expect(isCitizenId('001226000000', { now: newYearInHanoi })).toBe(true);
    expect(isCitizenId('001226000000', { now: new Date('2025-12-31T16:30:00Z') })).toBe(false);
  });

  it('uses the current date when no `now` is given', () => {
    expect(isCitizenId('001087123456')).toBe(true);
    expect(isCitizenId('001699000000')).toBe(false);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(() => parseCitizenId(value)).not.toThrow();
        expect(isCitizenId(value)).toBe(parseCitizenId(value) !== null);
      }),
    );
    expect(isCitizenId(undefined as unknown as string)).toBe(false);
  });

  it('parses every well-formed number and gives back what built it', () => {
    const provinces = [...BIRTH_PROVINCE_CODES];
    fc.assert(
      fc.property(
        fc.constantFrom(...provinces),
        fc.constantFrom('male' as const, 'female' as const),
        fc.integer({ min: 1800, max: 2025 }),
        fc.stringMatching(/^\d{6}$/),
        (provinceCode, gender, birthYear, random) => {
          const centuryDigit = { 1800: 8, 1900: 0, 2000: 2 }[Math.floor(birthYear / 100) * 100] ?? -1;
          const genderDigit = centuryDigit + (gender === 'female' ? 1 : 0);
          const value = `${provinceCode}${genderDigit}${String(birthYear % 100).padStart(2, '0')}${random}`;
          expect(parseCitizenId(value, { now })).toEqual({ provinceCode, gender, birthYear });
        },
      ),
    );
  });
});
