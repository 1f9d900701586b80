import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnoseDossierCode, formatDossierCode, isDossierCode, parseDossierCode } from './dossier-code.js';

describe('parseDossierCode', () => {
  it('reads the common form (yyMMdd, 4-digit sequence)', () => {
    expect(parseDossierCode('000.00.14.H56-200203-0118')).toEqual({
      agencyCode: '000.00.14.H56',
      date: '2020-02-03',
      sequence: 118,
    });
  });

  it('reads the newer form (yyyyMMdd, 7-digit sequence), also with a short agency prefix seen in the wild', () => {
    expect(parseDossierCode('000.17.22.H56-20210531-0000001')).toEqual({
      agencyCode: '000.17.22.H56',
      date: '2021-05-31',
      sequence: 1,
    });
    expect(parseDossierCode('G09.20-20260609-0092637')).toEqual({
      agencyCode: 'G09.20',
      date: '2026-06-09',
      sequence: 92637,
    });
  });

  it('maps two-digit years to 20yy', () => {
    expect(parseDossierCode('000.00.00.H56-991231-0001')?.date).toBe('2099-12-31');
    expect(parseDossierCode('000.00.00.H56-000101-0001')?.date).toBe('2000-01-01');
  });

  it('knows leap years', () => {
    expect(isDossierCode('000.00.00.H56-240229-0001')).toBe(true);
    expect(isDossierCode('000.00.00.H56-20000229-0001')).toBe(true);
    expect(diagnoseDossierCode('000.00.00.H56-230229-0001')).toEqual({
      key: 'dossierCode.date',
      params: { date: '230229' },
    });
    expect(diagnoseDossierCode('000.00.00.H56-21000229-0001')?.key).toBe('dossierCode.date');
  });

  it("trims surrounding whitespace: '000.00.14.H56-200203-0118 ' is accepted", () => {
    expect(parseDossierCode(' 000.00.14.H56-200203-0118 ')?.sequence).toBe(118);
  });

  it.each([
    ['', 'dossierCode.format'],
    ['000.00.14.H56', 'dossierCode.format'],
    ['000.00.14.H56-200203', 'dossierCode.format'],
    ['000.00.14.H56-200203-118', 'dossierCode.format'],
    ['000.00.14.H56-200203-00000118', 'dossierCode.format'],
    ['000.00.14.H56-2002030-0118', 'dossierCode.format'],
    ['000.00.14.h56-200203-0118', 'dossierCode.format'],
    ['000.00.14.H56 200203 0118', 'dossierCode.format'],
    ['000.00..H56-200203-0118', 'dossierCode.format'],
    ['-200203-0118', 'dossierCode.format'],
    ['000.00.14.H56-200203-0118-1', 'dossierCode.format'],
    ['000.00.14.H56-201303-0118', 'dossierCode.date'],
    ['000.00.14.H56-200200-0118', 'dossierCode.date'],
    ['000.00.14.H56-200431-0118', 'dossierCode.date'],
    ['000.00.14.H56-200203-0000', 'dossierCode.sequence'],
  ])('rejects %j (%s)', (value, key) => {
    expect(parseDossierCode(value)).toBeNull();
    expect(isDossierCode(value)).toBe(false);
    expect(diagnoseDossierCode(value)?.key).toBe(key);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(() => parseDossierCode(value)).not.toThrow();
        expect(isDossierCode(value)).toBe(parseDossierCode(value) !== null);
      }),
    );
    expect(isDossierCode(undefined as unknown as string)).toBe(false);
  });
});

describe('formatDossierCode', () => {
  it('writes the common form', () => {
    expect(formatDossierCode({ agencyCode: '000.00.14.H56', date: '2020-02-03', sequence: 118 })).toBe(
      '000.00.14.H56-200203-0118',
    );
  });

  it('writes the long form on request', () => {
    expect(
      formatDossierCode(
        { agencyCode: '000.00.14.H56', date: '2020-02-03', sequence: 12345 },
        { form: 'long' },
      ),
    ).toBe('000.00.14.H56-20200203-0012345');
  });

  it.each([
    [{ agencyCode: '000.00.14.H56', date: '2020-02-03', sequence: 10000 }],
    [{ agencyCode: '000.00.14.H56', date: '2020-02-03', sequence: 0 }],
    [{ agencyCode: '000.00.14.H56', date: '2020-02-03', sequence: 1.5 }],
    [{ agencyCode: '000.00.14.H56', date: '2020-02-30', sequence: 1 }],
    [{ agencyCode: '000.00.14.H56', date: '20200203', sequence: 1 }],
    [{ agencyCode: '000.00.14.H56', date: '1999-12-31', sequence: 1 }],
    [{ agencyCode: '000.00.14.H56-x', date: '2020-02-03', sequence: 1 }],
    [{ agencyCode: '', date: '2020-02-03', sequence: 1 }],
  ])('refuses to write %j', (parts) => {
    expect(() => formatDossierCode(parts)).toThrow(RangeError);
  });

  it('refuses a sequence beyond 7 digits even in the long form', () => {
    expect(() =>
      formatDossierCode({ agencyCode: 'G09.20', date: '2026-06-09', sequence: 10_000_000 }, { form: 'long' }),
    ).toThrow(RangeError);
  });

  it('round-trips through parseDossierCode', () => {
    const agencyCode = fc.stringMatching(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/);
    const date = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(agencyCode, date, fc.integer({ min: 1, max: 9999 }), (a, d, sequence) => {
        const parts = { agencyCode: a, date: d, sequence };
        expect(parseDossierCode(formatDossierCode(parts))).toEqual(parts);
        expect(parseDossierCode(formatDossierCode(parts, { form: 'long' }))).toEqual(parts);
      }),
    );
  });
});
