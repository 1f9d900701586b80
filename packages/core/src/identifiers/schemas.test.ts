import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from '../messages/validate.js';
import { isAgencyCode } from './agency-code.js';
import { isCitizenId } from './citizen-id.js';
import { isDossierCode } from './dossier-code.js';
import { isPhoneNumber } from './phone.js';
import { isProcedureCode } from './procedure-code.js';
import {
  AgencyCodeSchema,
  CitizenIdSchema,
  DossierCodeSchema,
  PhoneNumberSchema,
  ProcedureCodeSchema,
  TaxCodeSchema,
} from './schemas.js';
import { isTaxCode } from './tax-code.js';

/** The single issue a schema reports, in both languages. */
function issueOf(schema: z.core.$ZodType, input: unknown) {
  const vi = validate(schema, input, { locale: 'vi' });
  const en = validate(schema, input, { locale: 'en' });
  if (vi.ok || en.ok) return null;
  expect(vi.issues).toHaveLength(1);
  return { code: vi.issues[0]?.code, vi: vi.issues[0]?.message, en: en.issues[0]?.message };
}

describe('CitizenIdSchema', () => {
  it('returns the trimmed number', () => {
    expect(validate(CitizenIdSchema, ' 001087123456\n')).toEqual({ ok: true, value: '001087123456' });
  });

  it.each([
    ['0010871234', 'citizenId.length', 'Số CCCD phải gồm 12 chữ số', 'A citizen ID number has 12 digits'],
    [
      '00108712345a',
      'citizenId.digits',
      'Số CCCD chỉ gồm các chữ số',
      'A citizen ID number contains digits only',
    ],
    [
      '003087123456',
      'citizenId.province',
      'Không có tỉnh nào mang mã 003 (3 chữ số đầu của số CCCD)',
      'There is no province with code 003 (the first 3 digits of a citizen ID number)',
    ],
    [
      '001299000000',
      'citizenId.birthYear',
      'Năm sinh trong số CCCD (2099) là năm chưa tới',
      'The birth year in this citizen ID number (2099) is in the future',
    ],
    ['  ', 'validation.required', 'Vui lòng nhập thông tin này', 'Enter this information'],
    [
      12345,
      'validation.invalidType',
      'Giá trị không đúng kiểu dữ liệu (cần chuỗi ký tự)',
      'Wrong kind of value (expected text)',
    ],
  ])('%j → %s', (input, code, vi, en) => {
    expect(issueOf(CitizenIdSchema, input)).toEqual({ code, vi, en });
  });

  it('points at the field inside a larger record', () => {
    const Applicant = z.object({ applicant: z.object({ citizenId: CitizenIdSchema }) });
    const result = validate(Applicant, { applicant: { citizenId: '123' } }, { locale: 'en' });
    expect(result.ok ? null : result.issues).toEqual([
      {
        path: ['applicant', 'citizenId'],
        code: 'citizenId.length',
        message: 'A citizen ID number has 12 digits',
      },
    ]);
  });
});

describe('TaxCodeSchema', () => {
  it('returns the trimmed code', () => {
    expect(validate(TaxCodeSchema, ' 0314409058-002 ')).toEqual({ ok: true, value: '0314409058-002' });
  });

  it.each([
    [
      '0100233480',
      'taxCode.checkDigit',
      'Mã số thuế không đúng: chữ số kiểm tra (chữ số thứ 10) không khớp, hãy soát lại từng chữ số',
      'This tax code is wrong: its check digit (the 10th digit) does not match, so check each digit',
    ],
    [
      '01002334',
      'taxCode.format',
      'Mã số thuế phải gồm 10 chữ số, có thể kèm mã chi nhánh dạng -001',
      'A tax code has 10 digits, optionally followed by a branch suffix such as -001',
    ],
    [
      '0314409058-000',
      'taxCode.branch',
      'Mã chi nhánh của mã số thuế phải từ 001 đến 999',
      'A tax code branch suffix runs from 001 to 999',
    ],
  ])('%j → %s', (input, code, vi, en) => {
    expect(issueOf(TaxCodeSchema, input)).toEqual({ code, vi, en });
  });
});

describe('PhoneNumberSchema', () => {
  it('returns the trimmed number as typed (normalise with normalizePhoneNumber)', () => {
    expect(validate(PhoneNumberSchema, ' 0912 345 678 ')).toEqual({ ok: true, value: '0912 345 678' });
  });

  it.each([
    [
      '09x2345678',
      'phone.format',
      'Số điện thoại chỉ gồm chữ số, có thể bắt đầu bằng +84 và ngăn cách bằng dấu cách, dấu chấm hoặc gạch ngang',
      'A phone number contains digits only, may start with +84 and may be grouped with spaces, dots or dashes',
    ],
    [
      '0123456789',
      'phone.prefix',
      'Số điện thoại phải bắt đầu bằng 03, 05, 07, 08, 09 (di động) hoặc 02 (cố định)',
      'A phone number starts with 03, 05, 07, 08, 09 (mobile) or 02 (landline)',
    ],
    [
      '091234567',
      'phone.mobileLength',
      'Số điện thoại di động phải gồm 10 chữ số (tính cả số 0 đầu)',
      'A mobile number has 10 digits, counting the leading 0',
    ],
    [
      '024 3825 123',
      'phone.landlineLength',
      'Số điện thoại cố định phải gồm 11 chữ số (tính cả số 0 đầu)',
      'A landline number has 11 digits, counting the leading 0',
    ],
  ])('%j → %s', (input, code, vi, en) => {
    expect(issueOf(PhoneNumberSchema, input)).toEqual({ code, vi, en });
  });
});

describe('DossierCodeSchema', () => {
  it.each([
    [
      '000.00.14.H56/200203/0118',
      'dossierCode.format',
      'Mã hồ sơ phải có dạng mã cơ quan-ngày-số thứ tự, ví dụ 000.00.14.H56-200203-0118',
      'A dossier code looks like agency code-date-sequence, e.g. 000.00.14.H56-200203-0118',
    ],
    [
      '000.00.14.H56-200230-0118',
      'dossierCode.date',
      'Ngày 200230 trong mã hồ sơ không có trên lịch',
      'The date 200230 in this dossier code is not on the calendar',
    ],
    [
      '000.00.14.H56-200203-0000',
      'dossierCode.sequence',
      'Số thứ tự trong mã hồ sơ phải từ 1 trở lên',
      'The sequence number in a dossier code starts at 1',
    ],
  ])('%j → %s', (input, code, vi, en) => {
    expect(issueOf(DossierCodeSchema, input)).toEqual({ code, vi, en });
  });
});

describe('AgencyCodeSchema and ProcedureCodeSchema', () => {
  it('name the expected shape', () => {
    expect(issueOf(AgencyCodeSchema, '000.00.H56')).toEqual({
      code: 'agencyCode.format',
      vi: 'Mã định danh cơ quan phải có dạng 000.00.00.H56',
      en: 'An agency code looks like 000.00.00.H56',
    });
    expect(issueOf(ProcedureCodeSchema, '1.05129')).toEqual({
      code: 'procedureCode.format',
      vi: 'Mã thủ tục hành chính phải có dạng 1.005129 hoặc 2.000815.000.00.00.H55',
      en: 'A procedure code looks like 1.005129 or 2.000815.000.00.00.H55',
    });
  });
});

describe('schemas and plain functions', () => {
  it.each([
    ['CitizenIdSchema', CitizenIdSchema, isCitizenId, /^\d{12}$/],
    ['TaxCodeSchema', TaxCodeSchema, isTaxCode, /^\d{10}(-\d{3})?$/],
    ['PhoneNumberSchema', PhoneNumberSchema, isPhoneNumber, /^(0|\+84)[2-9]\d{8,9}$/],
    ['DossierCodeSchema', DossierCodeSchema, isDossierCode, /^000\.00\.14\.H56-[0-3]\d[01]\d[0-3]\d-\d{4}$/],
    ['AgencyCodeSchema', AgencyCodeSchema, isAgencyCode, /^\d{3}\.\d{2}\.\d{2}\.[GH]\d{2}$/],
    ['ProcedureCodeSchema', ProcedureCodeSchema, isProcedureCode, /^\d\.\d{6}(\.\d{2})?$/],
  ] as const)('%s agrees with its plain validator on any string', (_name, schema, isValid, near) => {
    const input = fc.oneof(
      fc.string(),
      fc.stringMatching(near),
      fc.stringMatching(near).map((s) => ` ${s} `),
    );
    fc.assert(
      fc.property(input, (value) => {
        expect(z.safeParse(schema, value).success).toBe(value.trim() !== '' && isValid(value));
      }),
    );
  });
});
