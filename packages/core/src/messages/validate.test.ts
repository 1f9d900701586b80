import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { identifierMessages } from '../identifiers/messages.js';
import { CitizenIdSchema } from '../identifiers/schemas.js';
import { resolveLocale } from './locale.js';
import { formatMessage } from './messages.js';
import { validate, validateFrom } from './validate.js';
import { validationMessages } from './validation.js';
import { createErrorMapFrom } from './zod-errors.js';

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

describe('validateFrom', () => {
  const Person = z.strictObject({ fullName: z.string().check(z.minLength(2)), citizenId: CitizenIdSchema });

  it('speaks the catalogue given, with the same paths and codes as validate', () => {
    const input = { fullName: 'A', citizenId: '123' };
    const lean = validateFrom(validationMessages, Person, input, { locale: 'en' });
    const full = validate(Person, input, { locale: 'en' });
    expect(lean.ok || full.ok).toBe(false);
    if (lean.ok || full.ok) return;
    expect(lean.issues.map(({ path, code }) => ({ path, code }))).toEqual(
      full.issues.map(({ path, code }) => ({ path, code })),
    );
    expect(lean.issues[0]?.message).toBe('Must be at least 2 characters');
  });

  it('reads a rule the catalogue has no words for as invalid, keeping its code', () => {
    const result = validateFrom(validationMessages, CitizenIdSchema, '123');
    expect(result.ok ? null : result.issues[0]).toEqual({
      path: [],
      code: 'citizenId.length',
      message: 'Giá trị không hợp lệ',
    });
  });

  it('uses the domain wording once its catalogue is merged in', () => {
    const both = {
      vi: { ...validationMessages.vi, ...identifierMessages.vi },
      en: { ...validationMessages.en, ...identifierMessages.en },
    };
    const result = validateFrom(both, CitizenIdSchema, '123', { locale: 'en' });
    expect(result.ok ? null : result.issues[0]?.message).toBe(identifierMessages.en['citizenId.length']);
  });

  it('names the expected type in the words of the catalogue, and takes overrides', () => {
    const wrongType = validateFrom(validationMessages, Person, { fullName: 3, citizenId: '001087123456' });
    expect(wrongType.ok ? null : wrongType.issues[0]?.message).toBe(
      'Giá trị không đúng kiểu dữ liệu (cần chuỗi ký tự)',
    );
    const overridden = validateFrom(validationMessages, CitizenIdSchema, '123', {
      overrides: { vi: { 'citizenId.length': 'CCCD có 12 số' } },
    });
    expect(overridden.ok ? null : overridden.issues[0]?.message).toBe('CCCD có 12 số');
  });
});

describe('createErrorMapFrom', () => {
  it('is a zod error map over the catalogue given', () => {
    const result = z.safeParse(z.string().check(z.maxLength(2)), 'abc', {
      error: createErrorMapFrom(validationMessages, 'en'),
    });
    expect(result.error?.issues[0]?.message).toBe('Must be 2 characters or fewer');
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
