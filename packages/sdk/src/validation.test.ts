import * as checks from '@motcua/contract/checks';
import { dossiersCreate, proceduresGet } from '@motcua/contract/checks';
import { validationMessages } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { createValidation } from './validation.js';

describe('createValidation', () => {
  it('checks the endpoints named and lets any other pass unchecked', () => {
    const validation = createValidation([dossiersCreate]);
    expect(validation.request('dossiers.create', 'body', {}, 'en').ok).toBe(false);
    expect(validation.request('dossiers.withdraw', 'body', { reason: '' }, 'en')).toEqual({
      ok: true,
      value: { reason: '' },
    });
  });

  it('takes every check at once', () => {
    const validation = createValidation(Object.values(checks));
    const result = validation.request('dossiers.withdraw', 'body', { reason: '' }, 'vi');
    expect(result.ok ? null : result.issues[0]?.path).toEqual(['reason']);
  });

  it('speaks one catalogue as well as a list, with overrides', () => {
    const validation = createValidation([dossiersCreate], {
      messages: validationMessages,
      overrides: { vi: { 'validation.required': 'Bắt buộc' } },
    });
    const result = validation.request('dossiers.create', 'body', {}, 'vi');
    expect(result.ok ? null : result.issues[0]).toEqual({
      path: ['procedureCode'],
      code: 'validation.required',
      message: 'Bắt buộc',
    });
  });

  it('gives back the parsed value: trimmed, normalised, unknown keys of open records dropped', () => {
    const validation = createValidation([dossiersCreate]);
    const result = validation.request(
      'dossiers.create',
      'body',
      {
        procedureCode: ' 1.001193 ',
        applicant: { kind: 'citizen', fullName: '  Nguyễn   Văn An ', citizenId: '001087123456' },
      },
      'en',
    );
    expect(result).toEqual({
      ok: true,
      value: {
        procedureCode: '1.001193',
        applicant: { kind: 'citizen', fullName: 'Nguyễn Văn An', citizenId: '001087123456' },
      },
    });
  });

  it('refuses a malformed answer of an endpoint it checks', () => {
    const validation = createValidation([proceduresGet]);
    const result = validation.response('procedures.get', { code: 'x' }, 'en');
    expect(result.ok).toBe(false);
  });
});
