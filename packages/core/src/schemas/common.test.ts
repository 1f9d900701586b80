import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from '../messages/validate.js';
import { IdSchema, isAcceptedMediaType, keyed, lineText, MediaTypeSchema, openEnum } from './common.js';

describe('keyed', () => {
  const Code = z.string().check(z.regex(/^\d{2}$/, keyed('unit.provinceCode')));

  it('makes a built-in check speak through its catalogue key', () => {
    expect(validate(Code, '1', { locale: 'en' })).toEqual({
      ok: false,
      issues: [{ path: [], code: 'unit.provinceCode', message: 'A province code has 2 digits' }],
    });
  });

  it('keeps the check in JSON Schema', () => {
    expect(z.toJSONSchema(Code)).toMatchObject({ type: 'string', pattern: '^\\d{2}$' });
  });

  it('leaves missing values to the generic message', () => {
    const Stamp = z.iso.datetime({ offset: true, ...keyed('date.dateTime') });
    expect(validate(Stamp, undefined)).toMatchObject({ issues: [{ code: 'validation.required' }] });
  });
});

describe('openEnum', () => {
  const Kind = openEnum(['a', 'b']);

  it('accepts any string', () => {
    expect(validate(Kind, 'c')).toEqual({ ok: true, value: 'c' });
    expect(validate(Kind, 1).ok).toBe(false);
  });
});

describe('lineText', () => {
  it('normalises to NFC, trims and collapses whitespace', () => {
    const nfd = 'Nguyễn  Văn\tAn'.normalize('NFD');
    expect(validate(lineText(), ` ${nfd} `)).toEqual({ ok: true, value: 'Nguyễn Văn An' });
  });

  it('reads blank as missing', () => {
    expect(validate(lineText(), '   ', { locale: 'en' })).toMatchObject({
      issues: [{ code: 'validation.required', message: 'Enter this information' }],
    });
  });
});

describe('identifiers and media types', () => {
  it('IdSchema accepts URL-safe ids', () => {
    expect(validate(IdSchema, 'd_01J2:ABC-1.x').ok).toBe(true);
    expect(validate(IdSchema, 'có dấu', { locale: 'en' })).toMatchObject({
      issues: [
        {
          code: 'schema.id',
          message: 'An identifier uses letters, digits and _ . : - (64 characters at most)',
        },
      ],
    });
  });

  it('MediaTypeSchema lower-cases and refuses wildcards', () => {
    expect(validate(MediaTypeSchema, 'Application/PDF')).toEqual({ ok: true, value: 'application/pdf' });
    expect(validate(MediaTypeSchema, 'image/*', { locale: 'vi' })).toMatchObject({
      issues: [
        { code: 'schema.mediaType', message: 'Kiểu tệp phải có dạng loại/kiểu, ví dụ application/pdf' },
      ],
    });
  });

  it.each([
    ['application/pdf', ['application/pdf'], true],
    ['image/png', ['image/*'], true],
    ['IMAGE/PNG', ['image/*'], true],
    ['text/plain; charset=utf-8', ['text/plain'], true],
    ['application/zip', ['application/pdf', 'image/*'], false],
    ['application/zip', [], true],
    ['application/zip', undefined, true],
  ] as const)('isAcceptedMediaType(%s, %j) → %s', (type, accepted, expected) => {
    expect(isAcceptedMediaType(type, accepted)).toBe(expected);
  });
});
