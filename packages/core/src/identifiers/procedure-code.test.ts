import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnoseProcedureCode, isProcedureCode, parseProcedureCode } from './procedure-code.js';

describe('parseProcedureCode', () => {
  it('reads a national code', () => {
    expect(parseProcedureCode('1.005129')).toEqual({
      code: '1.005129',
      nationalCode: '1.005129',
      kind: 'national',
      agencyCode: null,
      onlineServiceSuffix: null,
    });
  });

  it('reads a local code (national + agency code)', () => {
    expect(parseProcedureCode('2.000815.000.00.00.H55')).toEqual({
      code: '2.000815.000.00.00.H55',
      nationalCode: '2.000815',
      kind: 'local',
      agencyCode: '000.00.00.H55',
      onlineServiceSuffix: null,
    });
  });

  it('reads online-service codes, national or local', () => {
    expect(parseProcedureCode('2.000815.000.00.00.H55.01')).toMatchObject({
      kind: 'local',
      agencyCode: '000.00.00.H55',
      onlineServiceSuffix: '01',
    });
    expect(parseProcedureCode('1.005129.02')).toMatchObject({
      kind: 'national',
      agencyCode: null,
      onlineServiceSuffix: '02',
    });
  });

  it("trims surrounding whitespace: '1.005129 ' is accepted as '1.005129'", () => {
    expect(parseProcedureCode(' 1.005129 ')?.code).toBe('1.005129');
  });

  it.each([
    '',
    '1005129',
    '1.05129',
    '1.0051290',
    '12.005129',
    'a.005129',
    '2.000815.H55',
    '2.000815.000.00.H55',
    '2.000815.000.00.00.h55',
    '2.000815.000.00.00.H55.1',
    '2.000815.000.00.00.H55.001',
    '2.000815.000.00.00.H55.01.02',
    '1.005129.',
    '1.005129-01',
  ])('rejects %j', (value) => {
    expect(parseProcedureCode(value)).toBeNull();
    expect(isProcedureCode(value)).toBe(false);
    expect(diagnoseProcedureCode(value)).toEqual({ key: 'procedureCode.format' });
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(() => parseProcedureCode(value)).not.toThrow();
        expect(isProcedureCode(value)).toBe(parseProcedureCode(value) !== null);
      }),
    );
    expect(isProcedureCode(undefined as unknown as string)).toBe(false);
  });

  it('rebuilds every well-formed code from its parts', () => {
    const national = fc.stringMatching(/^\d\.\d{6}$/);
    const agency = fc.option(fc.stringMatching(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/), { nil: null });
    const suffix = fc.option(fc.stringMatching(/^\d{2}$/), { nil: null });
    fc.assert(
      fc.property(national, agency, suffix, (nationalCode, agencyCode, onlineServiceSuffix) => {
        const code = [nationalCode, agencyCode, onlineServiceSuffix]
          .filter((part) => part !== null)
          .join('.');
        expect(parseProcedureCode(code)).toEqual({
          code,
          nationalCode,
          kind: agencyCode ? 'local' : 'national',
          agencyCode,
          onlineServiceSuffix,
        });
      }),
    );
  });
});
