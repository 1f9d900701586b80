import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { resolveLocale } from './locale.js';
import { formatMessage } from './messages.js';
import { validate } from './validate.js';

const Applicant = z.strictObject({
  fullName: z.string().check(z.minLength(2), z.maxLength(5)),
  age: z.number().check(z.gte(18)),
  email: z.optional(z.email()),
});

describe('validate', () => {
  it('returns the value when valid', () => {
    expect(validate(Applicant, { fullName: 'An', age: 20 })).toEqual({
      ok: true,
      value: { fullName: 'An', age: 20 },
    });
  });

  it('localises every issue in Vietnamese by default, with paths and stable codes', () => {
    const result = validate(Applicant, { fullName: 'Nguyễn Văn An', email: 'x', extra: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: ['fullName'], code: 'validation.string.tooLong', message: 'Không được vượt quá 5 ký tự' },
      { path: ['age'], code: 'validation.required', message: 'Vui lòng nhập thông tin này' },
      { path: ['email'], code: 'validation.email', message: 'Địa chỉ thư điện tử không hợp lệ' },
      { path: [], code: 'validation.unknownKeys', message: 'Có trường không được phép: extra' },
    ]);
  });

  it('speaks English on request', () => {
    const result = validate(Applicant, { fullName: 'A', age: 3 }, { locale: 'en' });
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'Must be at least 2 characters',
      'Must be 18 or more',
    ]);
  });

  it('tells a wrong type from a missing value', () => {
    const result = validate(Applicant, { fullName: 'An', age: '20' }, { locale: 'en' });
    expect(result.ok ? null : result.issues[0]?.code).toBe('validation.invalidType');
  });

  it('maps custom checks through their catalogue key', () => {
    const Even = z
      .number()
      .check(z.refine((n) => n % 2 === 0, { params: { key: 'validation.number.notInteger' } }));
    const result = validate(Even, 3, { locale: 'en' });
    expect(result.ok ? null : result.issues[0]).toMatchObject({
      code: 'validation.number.notInteger',
      message: 'Must be a whole number',
    });
  });

  it('lets a locality override wording', () => {
    const result = validate(
      Applicant,
      { fullName: 'An' },
      { overrides: { vi: { 'validation.required': 'Bắt buộc' } } },
    );
    expect(result.ok ? null : result.issues[0]?.message).toBe('Bắt buộc');
  });
});

describe('formatMessage', () => {
  it('shows unknown keys and unknown placeholders instead of hiding them', () => {
    expect(formatMessage('no.such.key')).toBe('no.such.key');
    expect(formatMessage('validation.string.tooShort', {})).toBe('Phải có ít nhất {minimum} ký tự');
  });
});

describe('resolveLocale', () => {
  it.each([
    [undefined, 'vi'],
    ['en', 'en'],
    ['en-GB,en;q=0.8', 'en'],
    ['fr-FR,en;q=0.5', 'en'],
    ['fr', 'vi'],
    ['vi-VN,en;q=0.9', 'vi'],
    ['en;q=0.2,vi;q=0.9', 'vi'],
  ])('%s → %s', (header, locale) => {
    expect(resolveLocale(header)).toBe(locale);
  });
});
