import { dossiers, procedures } from '@motcua/contract';
import { validationMessages } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { createValidation } from './validation.js';

describe('createValidation', () => {
  it('checks the endpoints named and lets any other pass unchecked', () => {
    const validation = createValidation([dossiers.create]);
    expect(validation.request('dossiers.create', 'body', {}, 'en').ok).toBe(false);
    expect(validation.request('dossiers.withdraw', 'body', { reason: '' }, 'en')).toEqual({
      ok: true,
      value: { reason: '' },
    });
  });

  it('takes a whole namespace, ignoring the schemas it also exports', () => {
    const validation = createValidation([...Object.values(dossiers), ...Object.values(procedures)]);
    const result = validation.request('dossiers.withdraw', 'body', { reason: '' }, 'vi');
    expect(result.ok ? null : result.issues[0]?.path).toEqual(['reason']);
  });

  it('speaks one catalogue as well as a list, with overrides', () => {
    const validation = createValidation([dossiers.create], {
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

  it('refuses a malformed answer of an endpoint it checks', () => {
    const validation = createValidation([procedures.get]);
    const result = validation.response('procedures.get', { code: 'x' }, 'en');
    expect(result.ok).toBe(false);
  });
});
