import { describe, expect, it } from 'vitest';
import { birthRegistrationAnswers, birthRegistrationSpec } from '../examples/birth-registration.js';
import { validate } from '../messages/validate.js';
import { compileFormSpec } from './compile.js';
import type { FormSpec } from './spec.js';
import { isFieldVisible, visibleFields } from './visibility.js';

describe('isFieldVisible', () => {
  const answers = {
    kind: 'late',
    count: 0,
    agreed: false,
    tags: ['a', 'b'],
    blank: '  ',
    place: { provinceCode: '01' },
  };

  it.each([
    [undefined, true],
    [{ field: 'kind', equals: 'late' }, true],
    [{ field: 'kind', equals: 'onTime' }, false],
    [{ field: 'count', equals: 0 }, true],
    [{ field: 'agreed', equals: false }, true],
    [{ field: 'kind', in: ['onTime', 'late'] }, true],
    [{ field: 'tags', equals: 'b' }, true],
    [{ field: 'tags', in: ['c', 'd'] }, false],
    [{ field: 'blank', notEmpty: true }, false],
    [{ field: 'count', notEmpty: true }, true],
    [{ field: 'missing', notEmpty: true }, false],
    [{ field: 'missing', equals: null }, false],
    [{ field: 'place.provinceCode', equals: '01' }, true],
    [{ field: 'kind.provinceCode', equals: '01' }, false],
    [
      {
        all: [
          { field: 'kind', equals: 'late' },
          { field: 'count', equals: 0 },
        ],
      },
      true,
    ],
    [
      {
        all: [
          { field: 'kind', equals: 'late' },
          { field: 'count', equals: 1 },
        ],
      },
      false,
    ],
    [
      {
        any: [
          { field: 'kind', equals: 'x' },
          { field: 'count', equals: 0 },
        ],
      },
      true,
    ],
    [{ not: { field: 'kind', equals: 'late' } }, false],
  ] as const)('%j → %s', (condition, expected) => {
    expect(isFieldVisible(condition as never, answers)).toBe(expected);
  });

  it('compares text the way it is stored: NFC and trimmed', () => {
    expect(isFieldVisible({ field: 'place', equals: 'Hà Nội' }, { place: ' Hà Nội '.normalize('NFD') })).toBe(
      true,
    );
  });

  it('reads nothing from answers that are not an object', () => {
    expect(isFieldVisible({ field: 'kind', notEmpty: true }, null as never)).toBe(false);
  });
});

describe('visibleFields', () => {
  const paths = (answers: unknown) =>
    visibleFields(birthRegistrationSpec, answers).map((v) => v.path.join('.'));

  it('lists the fields that show, sections included, with one entry per group item', () => {
    expect(paths(birthRegistrationAnswers())).toEqual([
      'registration',
      'registrationType',
      'child',
      'childFullName',
      'childBirthDate',
      'childGender',
      'childBirthPlace',
      'childEthnicity',
      'mother',
      'motherFullName',
      'motherCitizenId',
      'father',
      'fatherUnknown',
      'fatherFullName',
      'fatherCitizenId',
      'witnesses',
      'witnesses.0.fullName',
      'witnesses.0.citizenId',
      'birthCertificate',
      'applicantPhone',
      'applicantEmail',
      'declaration',
    ]);
  });

  it('follows the answers', () => {
    const late = paths({ ...birthRegistrationAnswers(), registrationType: 'late', fatherUnknown: true });
    expect(late).toContain('lateReason');
    expect(late).not.toContain('fatherFullName');
    expect(late).not.toContain('fatherCitizenId');
  });

  const chain: FormSpec = {
    id: 'chain',
    version: 1,
    title: { vi: 'Chuỗi điều kiện' },
    fields: [
      {
        type: 'radio',
        name: 'hasBusiness',
        label: { vi: 'Có hộ kinh doanh?' },
        options: [
          { value: 'yes', label: { vi: 'Có' } },
          { value: 'no', label: { vi: 'Không' } },
        ],
      },
      {
        type: 'text',
        name: 'businessName',
        label: { vi: 'Tên hộ kinh doanh' },
        visibleWhen: { field: 'hasBusiness', equals: 'yes' },
      },
      {
        type: 'taxCode',
        name: 'businessTaxCode',
        label: { vi: 'Mã số thuế' },
        required: true,
        visibleWhen: { field: 'businessName', notEmpty: true },
      },
      {
        type: 'section',
        name: 'members',
        title: { vi: 'Thành viên' },
        visibleWhen: { field: 'hasBusiness', equals: 'yes' },
        fields: [
          {
            type: 'group',
            name: 'partners',
            label: { vi: 'Người góp vốn' },
            fields: [{ type: 'text', name: 'fullName', label: { vi: 'Họ tên' }, required: true }],
          },
        ],
      },
    ],
  };

  it('hides a field whose condition reads a hidden field, whatever was typed into that one', () => {
    const answers = { hasBusiness: 'no', businessName: 'Tạp hóa An', partners: [{ fullName: 'X' }] };
    expect(visibleFields(chain, answers).map((v) => v.path.join('.'))).toEqual(['hasBusiness']);
    expect(validate(compileFormSpec(chain), answers)).toEqual({ ok: true, value: { hasBusiness: 'no' } });
  });

  it('shows the chain once its start is answered', () => {
    const answers = {
      hasBusiness: 'yes',
      businessName: 'Tạp hóa An',
      partners: [{ fullName: 'Lê Thị Hoa' }],
    };
    expect(visibleFields(chain, answers).map((v) => v.path.join('.'))).toEqual([
      'hasBusiness',
      'businessName',
      'businessTaxCode',
      'members',
      'partners',
      'partners.0.fullName',
    ]);
    expect(validate(compileFormSpec(chain), answers, { locale: 'en' })).toEqual({
      ok: false,
      issues: [{ path: ['businessTaxCode'], code: 'validation.required', message: 'Enter this information' }],
    });
  });
});
