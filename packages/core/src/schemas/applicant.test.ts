import { describe, expect, it } from 'vitest';
import { validate } from '../messages/validate.js';
import { ApplicantInputSchema, ApplicantSchema } from './applicant.js';
import { applicant } from './fixtures.js';

describe('ApplicantSchema', () => {
  it('needs a citizen ID for a citizen', () => {
    const { citizenId: _citizenId, ...withoutId } = applicant;
    expect(validate(ApplicantSchema, withoutId, { locale: 'vi' })).toEqual({
      ok: false,
      issues: [
        {
          path: ['citizenId'],
          code: 'applicant.citizenIdRequired',
          message: 'Người nộp là công dân phải có số CCCD',
        },
      ],
    });
    expect(validate(ApplicantSchema, withoutId, { locale: 'en' })).toMatchObject({
      issues: [{ message: 'An individual applicant needs a citizen ID number' }],
    });
  });

  it('needs a tax code for an enterprise, checking its check digit', () => {
    const enterprise = { kind: 'enterprise', fullName: 'Công ty TNHH An Phát', taxCode: '0100233480' };
    expect(validate(ApplicantSchema, enterprise, { locale: 'en' })).toEqual({
      ok: false,
      issues: [
        {
          path: ['taxCode'],
          code: 'taxCode.checkDigit',
          message:
            'This tax code is wrong: its check digit (the 10th digit) does not match, so check each digit',
        },
      ],
    });
    expect(validate(ApplicantSchema, { ...enterprise, taxCode: '0100233488' }).ok).toBe(true);
  });

  it('lets an organisation apply without either', () => {
    expect(
      validate(ApplicantSchema, { kind: 'organisation', fullName: 'Hội Chữ thập đỏ phường Ba Đình' }).ok,
    ).toBe(true);
  });

  it('reads subject kinds it does not know yet (records are open)', () => {
    expect(validate(ApplicantSchema, { kind: 'householdBusiness', fullName: 'Hộ kinh doanh An' }).ok).toBe(
      true,
    );
    expect(
      validate(ApplicantInputSchema, { kind: 'householdBusiness', fullName: 'Hộ kinh doanh An' }).ok,
    ).toBe(false);
  });
});

describe('ApplicantInputSchema', () => {
  it('checks contacts and address', () => {
    const result = validate(
      ApplicantInputSchema,
      {
        ...applicant,
        phone: '091234567',
        email: 'binh@',
        address: { provinceCode: '01', communeCode: '4', street: '' },
      },
      { locale: 'vi' },
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: ['phone'],
          code: 'phone.mobileLength',
          message: 'Số điện thoại di động phải gồm 10 chữ số (tính cả số 0 đầu)',
        },
        { path: ['email'], code: 'validation.email', message: 'Địa chỉ thư điện tử không hợp lệ' },
        { path: ['address', 'communeCode'], code: 'unit.communeCode', message: 'Mã xã phải gồm 5 chữ số' },
        { path: ['address', 'street'], code: 'validation.required', message: 'Vui lòng nhập thông tin này' },
      ],
    });
  });

  it('refuses unknown fields, also inside the address', () => {
    expect(
      validate(
        ApplicantInputSchema,
        { ...applicant, address: { ...applicant.address, district: 'Ba Đình' } },
        { locale: 'en' },
      ),
    ).toEqual({
      ok: false,
      issues: [
        { path: ['address'], code: 'validation.unknownKeys', message: 'Fields not allowed: district' },
      ],
    });
  });
});
