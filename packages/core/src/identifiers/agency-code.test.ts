import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnoseAgencyCode, isAgencyCode, parseAgencyCode } from './agency-code.js';

describe('parseAgencyCode', () => {
  it('reads a provincial People’s Committee (level 1)', () => {
    expect(parseAgencyCode('000.00.00.H56')).toEqual({
      code: '000.00.00.H56',
      level1: 'H56',
      level1Kind: 'province',
      groups: ['000', '00', '00', 'H56'],
      level: 1,
      parentCode: null,
    });
  });

  it('finds the level from the deepest non-zero group and the parent by clearing it', () => {
    expect(parseAgencyCode('000.00.14.H56')).toMatchObject({ level: 2, parentCode: '000.00.00.H56' });
    expect(parseAgencyCode('000.17.22.H56')).toMatchObject({ level: 3, parentCode: '000.00.22.H56' });
    expect(parseAgencyCode('001.17.22.H56')).toMatchObject({ level: 4, parentCode: '000.17.22.H56' });
    expect(parseAgencyCode('000.00.18.G12')).toMatchObject({
      level: 2,
      level1: 'G12',
      level1Kind: 'ministry',
    });
  });

  it('classes letters other than H and G as other', () => {
    expect(parseAgencyCode('000.00.00.K57')?.level1Kind).toBe('other');
    expect(parseAgencyCode('000.00.00.A01')?.level1Kind).toBe('other');
  });

  it("trims surrounding whitespace: '000.00.00.H56 ' is accepted as '000.00.00.H56'", () => {
    expect(parseAgencyCode(' 000.00.00.H56 ')?.code).toBe('000.00.00.H56');
  });

  it.each([
    '',
    'H56',
    '000.00.H56',
    '00.00.00.H56',
    '000.0.00.H56',
    '000.00.00.h56',
    '000.00.00.H5',
    '000.00.00.H567',
    '000.00.00.56',
    '000-00-00-H56',
    '000.00.00.H56.',
    '000.00.00.HH6',
  ])('rejects %j', (value) => {
    expect(parseAgencyCode(value)).toBeNull();
    expect(isAgencyCode(value)).toBe(false);
    expect(diagnoseAgencyCode(value)).toEqual({ key: 'agencyCode.format' });
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(() => parseAgencyCode(value)).not.toThrow();
        expect(isAgencyCode(value)).toBe(parseAgencyCode(value) !== null);
      }),
    );
    expect(isAgencyCode(undefined as unknown as string)).toBe(false);
  });

  it('parses every well-formed code back to the same text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/), (code) => {
        const parsed = parseAgencyCode(code);
        expect(parsed?.groups.join('.')).toBe(code);
        if (parsed?.parentCode) expect(parseAgencyCode(parsed.parentCode)?.level).toBeLessThan(parsed.level);
      }),
    );
  });
});
