import { describe, expect, it } from 'vitest';
import { birthRegistrationAnswers, birthRegistrationSpec } from '../examples/birth-registration.js';
import type { Locale } from '../messages/locale.js';
import { type FieldIssue, validate } from '../messages/validate.js';
import {
  type CompileOptions,
  compileFormSpec,
  compileTrustedFormSpec,
  FormSpecError,
  isFormSpecError,
} from './compile.js';
import type { FormSpec } from './spec.js';

// 1 July 2025, 08:30 in Hà Nội.
const now = () => new Date('2025-07-01T01:30:00Z');
const validator = compileFormSpec(birthRegistrationSpec, { now });

function issues(answers: unknown, locale: Locale = 'vi', options: CompileOptions = { now }): FieldIssue[] {
  const result = validate(compileFormSpec(birthRegistrationSpec, options), answers, { locale });
  return result.ok ? [] : result.issues;
}

/** The answers with some replaced (or removed, with `undefined`). */
function answersWith(changes: Record<string, unknown>): Record<string, unknown> {
  const answers: Record<string, unknown> = { ...birthRegistrationAnswers(), ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete answers[key];
  return answers;
}

function expectIssue(answers: unknown, path: FieldIssue['path'], vi: string, en: string, code?: string) {
  expect(issues(answers, 'vi')).toEqual([{ path, code: code ?? expect.any(String), message: vi }]);
  expect(issues(answers, 'en')).toEqual([{ path, code: code ?? expect.any(String), message: en }]);
}

describe('compileFormSpec: the birth-registration e-form', () => {
  it('accepts a complete submission and returns the answers', () => {
    expect(validate(validator, birthRegistrationAnswers())).toEqual({
      ok: true,
      value: birthRegistrationAnswers(),
    });
  });

  it('normalises text: NFC, trimmed, inner spaces collapsed', () => {
    const nfd = 'Nguyễn An Nhiên'.normalize('NFD');
    const result = validate(validator, answersWith({ childFullName: `  ${nfd}   ` }));
    expect(result.ok && result.value.childFullName).toBe('Nguyễn An Nhiên');
  });

  it('requires the late-registration reason only when the registration is late', () => {
    expectIssue(
      answersWith({ registrationType: 'late' }),
      ['lateReason'],
      'Vui lòng nhập thông tin này',
      'Enter this information',
      'validation.required',
    );
    const late = validate(
      validator,
      answersWith({ registrationType: 'late', lateReason: ' Gia đình ở xa ' }),
    );
    expect(late.ok && late.value.lateReason).toBe('Gia đình ở xa');
  });

  it('strips the answer of a hidden field instead of keeping or checking it', () => {
    const result = validate(
      validator,
      answersWith({ lateReason: 'còn sót lại từ lần chọn trước', fatherUnknown: true, fatherCitizenId: 'x' }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).not.toHaveProperty('lateReason');
    expect(result.value).not.toHaveProperty('fatherFullName');
    expect(result.value).not.toHaveProperty('fatherCitizenId');
    expect(result.value.fatherUnknown).toBe(true);
  });

  it('does not require hidden fields', () => {
    expect(
      issues(answersWith({ fatherUnknown: true, fatherFullName: undefined, fatherCitizenId: undefined })),
    ).toEqual([]);
  });

  it('addresses issues inside repeatable groups by item', () => {
    const witnesses = [
      { fullName: 'Lê Văn Cường', citizenId: '079085001234' },
      { fullName: 'Phạm Thị Dung', citizenId: '0790850012' },
    ];
    expectIssue(
      answersWith({ witnesses }),
      ['witnesses', 1, 'citizenId'],
      'Số CCCD phải gồm 12 chữ số',
      'A citizen ID number has 12 digits',
      'citizenId.length',
    );
  });

  it('requires fields inside group items', () => {
    expectIssue(
      answersWith({ witnesses: [{ fullName: '  ', citizenId: '079085001234' }] }),
      ['witnesses', 0, 'fullName'],
      'Vui lòng nhập thông tin này',
      'Enter this information',
    );
  });

  it('limits the number of group items', () => {
    const witness = { fullName: 'Lê Văn Cường', citizenId: '079085001234' };
    expectIssue(
      answersWith({ witnesses: [witness, witness, witness, witness] }),
      ['witnesses'],
      'Không được có quá 3 mục',
      'Maximum number of entries: 3',
      'validation.array.tooBig',
    );
  });

  it('accepts a group left out or empty (minimum 0)', () => {
    expect(issues(answersWith({ witnesses: undefined }))).toEqual([]);
    expect(issues(answersWith({ witnesses: [] }))).toEqual([]);
  });

  it('refuses unknown answers at the top level and inside items, never dropping them silently', () => {
    expectIssue(
      answersWith({ nickname: 'Bé Na' }),
      [],
      'Có trường không được phép: nickname',
      'Fields not allowed: nickname',
      'validation.unknownKeys',
    );
    expectIssue(
      answersWith({ witnesses: [{ fullName: 'Lê Văn Cường', citizenId: '079085001234', age: 40 }] }),
      ['witnesses', 0],
      'Có trường không được phép: age',
      'Fields not allowed: age',
    );
  });

  it("uses the spec's own message for a pattern, in the caller's language", () => {
    expectIssue(
      answersWith({ childFullName: 'Nguyễn An Nhiên 2' }),
      ['childFullName'],
      'Họ tên chỉ gồm chữ cái và dấu cách',
      'A name contains only letters and spaces',
      'form.pattern',
    );
  });

  it('lets a locality reword a pattern message around the spec text', () => {
    const result = validate(validator, answersWith({ childFullName: 'An 2' }), {
      overrides: { vi: { 'form.pattern': 'Họ tên chưa đúng: {textVi}' } },
    });
    expect(result.ok ? null : result.issues[0]?.message).toBe(
      'Họ tên chưa đúng: Họ tên chỉ gồm chữ cái và dấu cách',
    );
  });

  it('checks dates are real and not in the future (today judged in Vietnam)', () => {
    expectIssue(
      answersWith({ childBirthDate: '2025-02-29' }),
      ['childBirthDate'],
      'Ngày không hợp lệ',
      'Enter a real date',
      'validation.date',
    );
    expectIssue(
      answersWith({ childBirthDate: '2025-07-02' }),
      ['childBirthDate'],
      'Ngày không được sau ngày hôm nay',
      'The date must be today or in the past',
      'form.date.future',
    );
    // 00:30 on 1 July in Hà Nội is still 30 June in UTC: the birth that day is not "in the future".
    const justAfterMidnight = { now: () => new Date('2025-06-30T17:30:00Z') };
    expect(issues(answersWith({ childBirthDate: '2025-07-01' }), 'vi', justAfterMidnight)).toEqual([]);
    expectIssue(
      answersWith({ childBirthDate: '1899-12-31' }),
      ['childBirthDate'],
      'Ngày phải từ 01/01/1900 trở về sau',
      'The date must be 1 January 1900 or later',
      'form.date.tooEarly',
    );
  });

  it('accepts only listed options', () => {
    expectIssue(
      answersWith({ childGender: 'other' }),
      ['childGender'],
      'Giá trị không nằm trong danh sách cho phép',
      'Choose one of the allowed values',
      'validation.option',
    );
  });

  it('checks address parts, a blank part reading as missing', () => {
    expectIssue(
      answersWith({ childBirthPlace: { provinceCode: '01', communeCode: '' } }),
      ['childBirthPlace', 'communeCode'],
      'Vui lòng nhập thông tin này',
      'Enter this information',
    );
    expectIssue(
      answersWith({ childBirthPlace: { provinceCode: '1', communeCode: '00004' } }),
      ['childBirthPlace', 'provinceCode'],
      'Mã tỉnh phải gồm 2 chữ số',
      'A province code has 2 digits',
      'unit.provinceCode',
    );
    expectIssue(
      answersWith({ childBirthPlace: { provinceCode: '01', communeCode: '00004', ward: 'Ba Đình' } }),
      ['childBirthPlace'],
      'Có trường không được phép: ward',
      'Fields not allowed: ward',
    );
  });

  it('checks that the commune lies in the province when given the unit data', () => {
    const communeInProvince = (commune: string, province: string) =>
      ({ '00004': '01', '26734': '79' })[commune] === province;
    expect(
      issues(answersWith({ childBirthPlace: { provinceCode: '79', communeCode: '00004' } }), 'en', {
        now,
        communeInProvince,
      }),
    ).toEqual([
      {
        path: ['childBirthPlace', 'communeCode'],
        code: 'form.communeNotInProvince',
        message: 'The selected commune is not in the selected province',
      },
    ]);
  });

  it('checks attachments: presence, count, type and size', () => {
    const pdf = { fileId: 'file_01', name: 'a.pdf', mediaType: 'application/pdf', size: 1000 };
    expectIssue(
      answersWith({ birthCertificate: [] }),
      ['birthCertificate'],
      'Vui lòng đính kèm tệp',
      'Attach a file',
      'form.attachmentRequired',
    );
    expectIssue(
      answersWith({ birthCertificate: [pdf, pdf, pdf] }),
      ['birthCertificate'],
      'Chỉ được đính kèm tối đa 2 tệp',
      'Attach no more than 2 files',
      'form.tooManyFiles',
    );
    expectIssue(
      answersWith({ birthCertificate: [{ ...pdf, mediaType: 'application/zip' }] }),
      ['birthCertificate', 0, 'mediaType'],
      'Tệp phải thuộc một trong các loại: PDF, image/*',
      'The file must be one of these types: PDF, image/*',
      'form.fileType',
    );
    expectIssue(
      answersWith({ birthCertificate: [{ ...pdf, size: 6 * 1024 * 1024 }] }),
      ['birthCertificate', 0, 'size'],
      'Tệp phải nhỏ hơn 5 MB',
      'The file must be smaller than 5 MB',
      'form.fileSize',
    );
    expect(issues(answersWith({ birthCertificate: [{ ...pdf, mediaType: 'image/jpeg' }] }))).toEqual([]);
  });

  it('requires a required tick box to be ticked', () => {
    expectIssue(
      answersWith({ declaration: false }),
      ['declaration'],
      'Vui lòng đánh dấu vào ô này để tiếp tục',
      'Select this box to continue',
      'form.checkboxRequired',
    );
  });

  it('treats blank strings and null as no answer', () => {
    const result = validate(validator, answersWith({ applicantEmail: '   ', childEthnicity: null }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.keys(result.value)).not.toContain('applicantEmail');
    expectIssue(
      answersWith({ applicantPhone: '' }),
      ['applicantPhone'],
      'Vui lòng nhập thông tin này',
      'Enter this information',
    );
  });

  it('checks identifiers with their own rules', () => {
    expectIssue(
      answersWith({ applicantPhone: '0612345678' }),
      ['applicantPhone'],
      'Số điện thoại phải bắt đầu bằng 03, 05, 07, 08, 09 (di động) hoặc 02 (cố định)',
      'A phone number starts with 03, 05, 07, 08, 09 (mobile) or 02 (landline)',
      'phone.prefix',
    );
    expectIssue(
      answersWith({ applicantEmail: 'an@' }),
      ['applicantEmail'],
      'Địa chỉ thư điện tử không hợp lệ',
      'Enter a valid email address',
      'validation.email',
    );
  });

  it('reports every problem at once, in form order', () => {
    const result = validate(
      validator,
      answersWith({ registrationType: 'late', childGender: undefined, declaration: false, extra: 1 }),
      { locale: 'en' },
    );
    expect(result.ok ? [] : result.issues.map((issue) => issue.path.join('.'))).toEqual([
      'lateReason',
      'childGender',
      'declaration',
      '',
    ]);
  });

  it('tells a wrong kind of value from a missing one', () => {
    expect(issues(answersWith({ childBirthDate: 20250620 }), 'en')).toEqual([
      {
        path: ['childBirthDate'],
        code: 'validation.invalidType',
        message: 'Wrong kind of value (expected text)',
      },
    ]);
    expect(issues('not an object', 'en')).toEqual([
      { path: [], code: 'validation.invalidType', message: 'Wrong kind of value (expected an object)' },
    ]);
    expect(issues(answersWith({ witnesses: { fullName: 'x' } }), 'en')[0]).toMatchObject({
      path: ['witnesses'],
      code: 'validation.invalidType',
    });
  });
});

describe('compileFormSpec: other field types', () => {
  const spec: FormSpec = {
    id: 'misc',
    version: 1,
    title: { vi: 'Khác' },
    fields: [
      { type: 'number', name: 'area', label: { vi: 'Diện tích' }, min: 0, max: 10_000 },
      { type: 'number', name: 'people', label: { vi: 'Số người' }, integer: true },
      { type: 'money', name: 'capital', label: { vi: 'Vốn điều lệ' }, max: 1_000_000_000 },
      {
        type: 'checkboxes',
        name: 'documents',
        label: { vi: 'Giấy tờ có sẵn' },
        minSelected: 1,
        maxSelected: 2,
        options: [
          { value: 'passport', label: { vi: 'Hộ chiếu' } },
          { value: 'idCard', label: { vi: 'CCCD' } },
          { value: 'other', label: { vi: 'Khác' } },
        ],
      },
      {
        type: 'text',
        name: 'otherDocument',
        label: { vi: 'Giấy tờ khác' },
        required: true,
        visibleWhen: { field: 'documents', equals: 'other' },
      },
      { type: 'taxCode', name: 'taxCode', label: { vi: 'Mã số thuế' } },
      { type: 'textarea', name: 'note', label: { vi: 'Ghi chú' }, minLength: 5 },
      { type: 'address', name: 'office', label: { vi: 'Trụ sở' } },
    ],
  };
  const misc = compileFormSpec(spec);
  const check = (answers: unknown) => validate(misc, answers, { locale: 'en' });

  it('checks numbers and money', () => {
    expect(check({ area: -1, people: 2.5, capital: 1.5 })).toEqual({
      ok: false,
      issues: [
        { path: ['area'], code: 'validation.number.tooSmall', message: 'Must be 0 or more' },
        { path: ['people'], code: 'validation.number.notInteger', message: 'Must be a whole number' },
        { path: ['capital'], code: 'validation.number.notInteger', message: 'Must be a whole number' },
      ],
    });
    expect(check({ capital: 2_000_000_000 })).toMatchObject({
      ok: false,
      issues: [{ path: ['capital'], message: 'Must be 1000000000 or less' }],
    });
    expect(check({ area: 12.5, people: 3, capital: 0 })).toEqual({
      ok: true,
      value: { area: 12.5, people: 3, capital: 0 },
    });
  });

  it('checks multi-choice answers and shows fields when a choice is among them', () => {
    expect(check({ documents: ['passport', 'passport'] })).toEqual({
      ok: true,
      value: { documents: ['passport'] },
    });
    expect(check({ documents: ['passport', 'idCard', 'other'] })).toMatchObject({
      ok: false,
      issues: [
        { path: ['documents'], code: 'validation.array.tooBig' },
        { path: ['otherDocument'], code: 'validation.required' },
      ],
    });
    expect(check({ documents: ['visa'] })).toMatchObject({
      ok: false,
      issues: [{ path: ['documents', 0], code: 'validation.option' }],
    });
  });

  it('checks tax codes, text lengths and full addresses', () => {
    expect(
      check({ taxCode: '0100233480', note: 'ngắn', office: { provinceCode: '01', communeCode: '00004' } }),
    ).toEqual({
      ok: false,
      issues: [
        {
          path: ['taxCode'],
          code: 'taxCode.checkDigit',
          message:
            'This tax code is wrong: its check digit (the 10th digit) does not match, so check each digit',
        },
        { path: ['note'], code: 'validation.string.tooShort', message: 'Must be at least 5 characters' },
        { path: ['office', 'street'], code: 'validation.required', message: 'Enter this information' },
      ],
    });
    expect(check({ note: 'Dòng một\nDòng hai  ' })).toEqual({
      ok: true,
      value: { note: 'Dòng một\nDòng hai' },
    });
  });
});

describe('FormSpecError', () => {
  const broken = {
    ...birthRegistrationSpec,
    fields: [
      ...birthRegistrationSpec.fields,
      { type: 'text', name: 'applicantPhone', label: { vi: 'Trùng tên' } },
    ],
  } as FormSpec;

  it('is thrown, with localised path-addressed issues, when the spec is invalid', () => {
    let thrown: unknown;
    try {
      compileFormSpec(broken, { locale: 'en' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FormSpecError);
    expect(isFormSpecError(thrown)).toBe(true);
    if (!isFormSpecError(thrown)) return;
    expect(thrown.issues).toEqual([
      {
        path: ['fields', 9, 'name'],
        code: 'formSpec.duplicateName',
        message: 'The name "applicantPhone" is already used by another field at this level',
      },
    ]);
    expect(thrown.message).toBe(
      'Invalid form spec: fields.9.name: The name "applicantPhone" is already used by another field at this level',
    );
  });

  it('speaks Vietnamese by default', () => {
    expect(() => compileFormSpec(broken)).toThrow(
      'Tên "applicantPhone" đã được dùng cho một trường khác ở cùng cấp',
    );
  });

  it('is recognised by brand, not by class identity', () => {
    expect(isFormSpecError(new Error('x'))).toBe(false);
    expect(isFormSpecError({ [Symbol.for('motcua.FormSpecError')]: true })).toBe(true);
    expect(isFormSpecError(null)).toBe(false);
  });
});

describe('compileTrustedFormSpec', () => {
  const trusted = compileTrustedFormSpec(birthRegistrationSpec, { now });

  it('validates answers exactly as compileFormSpec does', () => {
    const samples = [
      birthRegistrationAnswers(),
      answersWith({ childFullName: undefined, childBirthDate: '2099-01-01' }),
      answersWith({ unknownField: 'x' }),
      'not an object',
    ];
    for (const answers of samples)
      for (const locale of ['vi', 'en'] as const)
        expect(validate(trusted, answers, { locale })).toEqual(validate(validator, answers, { locale }));
  });

  it('skips the check of the spec itself', () => {
    const fields = [...birthRegistrationSpec.fields, birthRegistrationSpec.fields[0]] as FormSpec['fields'];
    const duplicate = { ...birthRegistrationSpec, fields };
    expect(() => compileFormSpec(duplicate)).toThrow(FormSpecError);
    expect(() => compileTrustedFormSpec(duplicate)).not.toThrow();
  });
});
