import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from '../messages/validate.js';
import { DOSSIER_STATUS_CODES } from './codes.js';
import { ActorSchema, DossierStatusCodeSchema } from './schemas.js';

describe('DossierStatusCodeSchema', () => {
  it('accepts the 11 codes', () => {
    for (const code of DOSSIER_STATUS_CODES)
      expect(validate(DossierStatusCodeSchema, code)).toEqual({ ok: true, value: code });
  });

  it.each([11, -1, 2.5, 1e9])('reads %s as an unknown status, once, in both languages', (input) => {
    const vi = validate(DossierStatusCodeSchema, input);
    const en = validate(DossierStatusCodeSchema, input, { locale: 'en' });
    expect(vi.ok ? [] : vi.issues).toEqual([
      { path: [], code: 'status.unknown', message: 'Mã trạng thái hồ sơ phải là một số nguyên từ 0 đến 10' },
    ]);
    expect(en.ok ? [] : en.issues.map((i) => i.message)).toEqual([
      'A dossier status code is a whole number from 0 to 10',
    ]);
  });

  it('tells a missing or non-numeric value apart', () => {
    const missing = validate(DossierStatusCodeSchema, undefined);
    expect(missing.ok ? null : missing.issues[0]?.code).toBe('validation.required');
    const text = validate(DossierStatusCodeSchema, '4');
    expect(text.ok ? null : text.issues[0]?.code).toBe('validation.invalidType');
  });

  it('describes itself in JSON Schema as an integer from 0 to 10', () => {
    expect(z.toJSONSchema(DossierStatusCodeSchema)).toMatchObject({
      type: 'integer',
      minimum: 0,
      maximum: 10,
    });
  });
});

describe('ActorSchema', () => {
  it('accepts the four actors and nothing else', () => {
    for (const actor of ['applicant', 'deskOfficer', 'specialist', 'system'])
      expect(validate(ActorSchema, actor).ok).toBe(true);
    const result = validate(ActorSchema, 'mayor', { locale: 'en' });
    expect(result.ok ? null : result.issues[0]).toMatchObject({ code: 'validation.option' });
  });
});
