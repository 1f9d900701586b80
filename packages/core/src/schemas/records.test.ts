import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from '../messages/validate.js';
import * as fixtures from './fixtures.js';
import * as schemas from './index.js';

describe('every record schema', () => {
  it.each([
    ['AgencySchema', schemas.AgencySchema, fixtures.agency],
    ['ApplicantSchema', schemas.ApplicantSchema, fixtures.applicant],
    ['OfficerSchema', schemas.OfficerSchema, fixtures.officer],
    ['ProcedureSchema', schemas.ProcedureSchema, fixtures.procedure],
    ['DossierSchema', schemas.DossierSchema, fixtures.dossier],
    ['PaymentSchema', schemas.PaymentSchema, fixtures.payment],
    ['SignatureRequestSchema', schemas.SignatureRequestSchema, fixtures.signatureRequest],
    ['FeedbackSchema', schemas.FeedbackSchema, fixtures.feedback],
    ['CitizenRecordSchema', schemas.CitizenRecordSchema, fixtures.citizenRecord],
    ['IdentityClaimsSchema', schemas.IdentityClaimsSchema, fixtures.identityClaims],
  ] as [string, z.core.$ZodType, unknown][])(
    '%s accepts a realistic instance unchanged',
    (_name, schema, instance) => {
      expect(validate(schema, instance)).toEqual({ ok: true, value: instance });
    },
  );

  const exported = Object.entries(schemas).filter(([name]) => name.endsWith('Schema'));

  it('are all exported and there are many of them', () => {
    expect(exported.length).toBeGreaterThan(50);
  });

  it.each(exported)('%s converts to JSON Schema (for the OpenAPI document)', (_name, schema) => {
    const json = z.toJSONSchema(schema as z.core.$ZodType) as Record<string, unknown>;
    expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('keeps patterns and bounds in the JSON Schema', () => {
    const json = z.toJSONSchema(schemas.StoredFileSchema) as unknown as {
      properties: { sha256: { pattern: string }; size: { minimum: number } };
    };
    expect(json.properties.sha256.pattern).toBe('^[0-9a-f]{64}$');
    expect(json.properties.size.minimum).toBe(0);
  });
});

describe('open and closed value sets', () => {
  it('records accept values the platform may add later, listing the known ones in JSON Schema', () => {
    expect(validate(schemas.AgencySchema, { ...fixtures.agency, kind: 'economicZoneAuthority' }).ok).toBe(
      true,
    );
    expect(validate(schemas.FeeKindSchema, 'deposit')).toEqual({ ok: true, value: 'deposit' });
    expect(z.toJSONSchema(schemas.SignatureProviderSchema)).toMatchObject({
      anyOf: [{ type: 'string', enum: ['vnpt-smartca', 'viettel-mysign', 'sandbox'] }, { type: 'string' }],
    });
  });

  it('inputs accept only the values this version knows', () => {
    const input = {
      documentHash: fixtures.signatureRequest.documentHash,
      documentName: 'a.pdf',
      signer: { citizenId: '001190123456', name: 'Trần Thị Bình' },
      provider: 'fpt-ca',
    };
    expect(validate(schemas.SignatureRequestInputSchema, input, { locale: 'en' })).toEqual({
      ok: false,
      issues: [
        { path: ['provider'], code: 'validation.option', message: 'Choose one of the allowed values' },
      ],
    });
  });

  it('statuses that drive a state machine are closed', () => {
    expect(validate(schemas.PaymentStatusSchema, 'refunded').ok).toBe(false);
    expect(validate(schemas.SignatureStatusSchema, 'unknown').ok).toBe(false);
  });

  it('open enums keep the known literals in the type', () => {
    const kind: schemas.AgencyKind = 'serviceCentre';
    const other: schemas.AgencyKind = 'anything-else';
    expect([kind, other]).toHaveLength(2);
  });
});

describe('AgencySchema', () => {
  it('checks codes', () => {
    expect(
      validate(schemas.AgencySchema, { ...fixtures.agency, provinceCode: '1' }, { locale: 'vi' }),
    ).toEqual({
      ok: false,
      issues: [{ path: ['provinceCode'], code: 'unit.provinceCode', message: 'Mã tỉnh phải gồm 2 chữ số' }],
    });
    expect(
      validate(schemas.AgencySchema, { ...fixtures.agency, code: '000.00.14' }, { locale: 'en' }),
    ).toEqual({
      ok: false,
      issues: [
        { path: ['code'], code: 'agencyCode.format', message: 'An agency code looks like 000.00.00.H56' },
      ],
    });
  });
});

describe('CitizenRecordSchema and IdentityClaimsSchema', () => {
  it('accept birth dates whose day or month is unknown', () => {
    expect(validate(schemas.CitizenRecordSchema, { ...fixtures.citizenRecord, birthDate: '1945' }).ok).toBe(
      true,
    );
    expect(
      validate(schemas.IdentityClaimsSchema, { ...fixtures.identityClaims, birthdate: '1990-04' }).ok,
    ).toBe(true);
  });

  it('refuse unknown assurance levels and impossible dates', () => {
    expect(
      validate(
        schemas.IdentityClaimsSchema,
        { ...fixtures.identityClaims, assuranceLevel: 3, birthdate: '1990-02-30' },
        { locale: 'en' },
      ),
    ).toEqual({
      ok: false,
      issues: [
        { path: ['birthdate'], code: 'validation.date', message: 'Enter a real date' },
        { path: ['assuranceLevel'], code: 'validation.option', message: 'Choose one of the allowed values' },
      ],
    });
    expect(validate(schemas.PartialDateSchema, '90-04', { locale: 'vi' })).toEqual({
      ok: false,
      issues: [
        { path: [], code: 'date.partial', message: 'Ngày phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD' },
      ],
    });
  });
});

describe('FeedbackSchema and FeedbackInputSchema', () => {
  const input = {
    subject: '  Chậm trả   kết quả ',
    content: 'Hồ sơ đã quá hạn.\nĐề nghị kiểm tra.',
    category: 'dossier',
    submitter: { fullName: 'Trần Thị Bình', email: 'binh.tran@example.vn' },
    dossierCode: '000.00.14.H56-250701-0001',
  };

  it('normalises what a citizen sends', () => {
    const result = validate(schemas.FeedbackInputSchema, input);
    expect(result.ok && result.value.subject).toBe('Chậm trả kết quả');
    expect(result.ok && result.value.content).toBe('Hồ sơ đã quá hạn.\nĐề nghị kiểm tra.');
  });

  it('needs a way to answer', () => {
    const noContact = { ...input, submitter: { fullName: 'Trần Thị Bình' } };
    expect(validate(schemas.FeedbackInputSchema, noContact, { locale: 'vi' })).toEqual({
      ok: false,
      issues: [
        {
          path: ['submitter', 'phone'],
          code: 'feedback.contact',
          message: 'Vui lòng để lại số điện thoại hoặc thư điện tử để nhận trả lời',
        },
      ],
    });
    expect(validate(schemas.FeedbackInputSchema, noContact, { locale: 'en' })).toMatchObject({
      issues: [{ message: 'Leave a phone number or an email address to receive the answer' }],
    });
  });

  it('refuses server-owned fields', () => {
    expect(validate(schemas.FeedbackInputSchema, { ...input, status: 'answered' }, { locale: 'en' })).toEqual(
      {
        ok: false,
        issues: [{ path: [], code: 'validation.unknownKeys', message: 'Fields not allowed: status' }],
      },
    );
  });
});
