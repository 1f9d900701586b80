import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { birthRegistrationSpec } from '../examples/birth-registration.js';
import { type FieldIssue, validate } from '../messages/validate.js';
import { ConditionSchema, type FieldSpec, FieldSpecSchema, FormSpecSchema } from './spec.js';

function specWith(...fields: unknown[]): unknown {
  return { id: 'test', version: 1, title: { vi: 'Thử' }, fields };
}

const text = (name: string, extra: object = {}) => ({ type: 'text', name, label: { vi: name }, ...extra });

function problems(spec: unknown, locale: 'vi' | 'en' = 'en'): FieldIssue[] {
  const result = validate(FormSpecSchema, spec, { locale });
  return result.ok ? [] : result.issues;
}

describe('FormSpecSchema', () => {
  it('accepts the birth-registration spec unchanged', () => {
    expect(validate(FormSpecSchema, birthRegistrationSpec)).toEqual({
      ok: true,
      value: birthRegistrationSpec,
    });
  });

  it('converts to JSON Schema (specs travel inside procedures in the OpenAPI document)', () => {
    for (const schema of [FormSpecSchema, FieldSpecSchema, ConditionSchema]) {
      const json = z.toJSONSchema(schema) as { $schema?: string };
      expect(json.$schema).toContain('json-schema.org');
    }
  });

  it('refuses unknown properties, so a typo fails loudly instead of silently dropping a rule', () => {
    expect(problems(specWith(text('a', { requried: true })))).toEqual([
      { path: ['fields', 0], code: 'validation.unknownKeys', message: 'Fields not allowed: requried' },
    ]);
  });

  it('names the supported types when a type is unknown', () => {
    const [issue] = problems(specWith({ type: 'signature', name: 'a', label: { vi: 'A' } }), 'vi');
    expect(issue).toEqual({
      path: ['fields', 0, 'type'],
      code: 'formSpec.fieldType',
      message:
        'Loại trường không được hỗ trợ; chọn một trong: text, textarea, number, money, date, select, radio, checkbox, checkboxes, citizenId, taxCode, phone, email, address, attachment, group, section',
    });
  });

  it('reports a malformed field against the variant its type names', () => {
    expect(problems(specWith({ type: 'select', name: 'a', label: { vi: 'A' }, options: [] }))).toEqual([
      {
        path: ['fields', 0, 'options'],
        code: 'validation.array.tooSmall',
        message: 'Minimum number of entries: 1',
      },
    ]);
  });

  it('checks field names', () => {
    expect(problems(specWith(text('họTên')), 'vi')).toEqual([
      {
        path: ['fields', 0, 'name'],
        code: 'formSpec.fieldName',
        message:
          'Tên trường chỉ gồm chữ cái Latinh không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái (tối đa 64 ký tự)',
      },
    ]);
  });

  it('finds duplicate names across sections of one level, but not between a group item and the form', () => {
    const spec = specWith(
      { type: 'section', name: 'page1', title: { vi: 'Trang 1' }, fields: [text('fullName')] },
      { type: 'section', name: 'page2', title: { vi: 'Trang 2' }, fields: [text('fullName')] },
      { type: 'group', name: 'members', label: { vi: 'Thành viên' }, fields: [text('fullName')] },
    );
    expect(problems(spec, 'vi')).toEqual([
      {
        path: ['fields', 1, 'fields', 0, 'name'],
        code: 'formSpec.duplicateName',
        message: 'Tên "fullName" đã được dùng cho một trường khác ở cùng cấp',
      },
    ]);
    expect(problems(spec, 'en')[0]?.message).toBe(
      'The name "fullName" is already used by another field at this level',
    );
  });

  it('finds conditions naming fields that do not exist, or not in scope', () => {
    const spec = specWith(
      text('a', { visibleWhen: { all: [{ field: 'a2', notEmpty: true }] } }),
      { type: 'group', name: 'items', label: { vi: 'Mục' }, fields: [text('inner')] },
      text('b', { visibleWhen: { field: 'inner', equals: 'x' } }),
      text('c', { visibleWhen: { field: 'a.provinceCode', equals: '01' } }),
    );
    expect(problems(spec)).toEqual([
      {
        path: ['fields', 0, 'visibleWhen', 'all', 0, 'field'],
        code: 'formSpec.unknownField',
        message: 'The condition refers to "a2", but the form has no such field at this level or outside it',
      },
      {
        path: ['fields', 2, 'visibleWhen', 'field'],
        code: 'formSpec.unknownField',
        message:
          'The condition refers to "inner", but the form has no such field at this level or outside it',
      },
      {
        path: ['fields', 3, 'visibleWhen', 'field'],
        code: 'formSpec.unknownField',
        message:
          'The condition refers to "a.provinceCode", but the form has no such field at this level or outside it',
      },
    ]);
  });

  it('lets a field in a group item see the form’s fields', () => {
    const spec = specWith(text('kind'), {
      type: 'group',
      name: 'items',
      label: { vi: 'Mục' },
      fields: [text('detail', { visibleWhen: { field: 'kind', equals: 'x' } })],
    });
    expect(problems(spec)).toEqual([]);
  });

  it('finds condition values that are not options of the field they test', () => {
    const spec = specWith(
      {
        type: 'radio',
        name: 'kind',
        label: { vi: 'Loại' },
        options: [{ value: 'late', label: { vi: 'Quá hạn' } }],
      },
      text('reason', { visibleWhen: { field: 'kind', in: ['late', 'Late'] } }),
    );
    expect(problems(spec, 'vi')).toEqual([
      {
        path: ['fields', 1, 'visibleWhen', 'in', 1],
        code: 'formSpec.unknownOption',
        message: 'Trường "kind" không có lựa chọn nào mang giá trị "Late"',
      },
    ]);
  });

  it('finds visibility cycles, including through a section', () => {
    expect(
      problems(
        specWith(
          text('a', { visibleWhen: { field: 'b', notEmpty: true } }),
          text('b', { visibleWhen: { field: 'a', notEmpty: true } }),
        ),
      ),
    ).toEqual([
      {
        path: ['fields', 0, 'visibleWhen'],
        code: 'formSpec.conditionCycle',
        message: 'The visibility of "a" depends on itself in a cycle',
      },
    ]);
    expect(
      problems(
        specWith({
          type: 'section',
          name: 'page',
          title: { vi: 'Trang' },
          visibleWhen: { field: 'inside', equals: 'x' },
          fields: [text('inside')],
        }),
      ),
    ).toMatchObject([{ path: ['fields', 0, 'visibleWhen'], code: 'formSpec.conditionCycle' }]);
    expect(
      problems(specWith(text('self', { visibleWhen: { field: 'self', notEmpty: true } }))),
    ).toMatchObject([{ path: ['fields', 0, 'visibleWhen'], code: 'formSpec.conditionCycle' }]);
  });

  it('finds minimums above maximums', () => {
    const spec = specWith(
      text('a', { minLength: 10, maxLength: 5 }),
      { type: 'date', name: 'd', label: { vi: 'Ngày' }, min: '2025-01-02', max: '2025-01-01' },
      { type: 'group', name: 'g', label: { vi: 'Nhóm' }, minItems: 3, maxItems: 1, fields: [text('x')] },
    );
    expect(problems(spec, 'vi')).toEqual([
      {
        path: ['fields', 0, 'minLength'],
        code: 'formSpec.minAboveMax',
        message: 'Giá trị tối thiểu (10) lớn hơn giá trị tối đa (5)',
      },
      {
        path: ['fields', 1, 'min'],
        code: 'formSpec.minAboveMax',
        message: 'Giá trị tối thiểu (2025-01-02) lớn hơn giá trị tối đa (2025-01-01)',
      },
      {
        path: ['fields', 2, 'minItems'],
        code: 'formSpec.minAboveMax',
        message: 'Giá trị tối thiểu (3) lớn hơn giá trị tối đa (1)',
      },
    ]);
  });

  it('finds duplicate option values and defaults outside the options', () => {
    const spec = specWith({
      type: 'select',
      name: 'gender',
      label: { vi: 'Giới tính' },
      defaultValue: 'unknown',
      options: [
        { value: 'male', label: { vi: 'Nam' } },
        { value: 'male', label: { vi: 'Nữ' } },
      ],
    });
    expect(problems(spec)).toEqual([
      {
        path: ['fields', 0, 'options', 1, 'value'],
        code: 'formSpec.duplicateOption',
        message: 'The option value "male" appears more than once',
      },
      {
        path: ['fields', 0, 'defaultValue'],
        code: 'formSpec.invalidDefault',
        message: "The default value breaks this field's own rules",
      },
    ]);
  });

  it('finds regexes that do not compile', () => {
    expect(
      problems(specWith(text('a', { pattern: { regex: '[0-9', message: { vi: 'Sai' } } })), 'vi'),
    ).toEqual([
      {
        path: ['fields', 0, 'pattern', 'regex'],
        code: 'formSpec.invalidRegex',
        message: 'Biểu thức chính quy "[0-9" không hợp lệ',
      },
    ]);
  });

  it('finds prefill claims that cannot fill their field', () => {
    expect(
      problems(
        specWith({
          type: 'phone',
          name: 'phone',
          label: { vi: 'Điện thoại' },
          prefill: { source: 'population', claim: 'birthDate', editable: false },
        }),
      ),
    ).toEqual([
      {
        path: ['fields', 0, 'prefill', 'claim'],
        code: 'formSpec.prefillType',
        message: 'The claim "birthDate" cannot prefill a phone field',
      },
    ]);
  });

  it('explains malformed conditions', () => {
    expect(problems(specWith(text('a', { visibleWhen: { field: 'b', is: 'x' } })), 'vi')).toMatchObject([
      { path: ['fields', 0, 'visibleWhen'], code: 'formSpec.condition' },
    ]);
  });

  it('reports all problems, not only the first', () => {
    const spec = specWith(text('a'), text('a'), text('b', { minLength: 3, maxLength: 1 }));
    expect(problems(spec).map((issue) => issue.code)).toEqual([
      'formSpec.duplicateName',
      'formSpec.minAboveMax',
    ]);
  });

  it('requires an id, a version from 1 and at least one field', () => {
    expect(problems({ id: 'không hợp lệ', version: 0, title: { vi: 'X' }, fields: [] })).toEqual([
      {
        path: ['id'],
        code: 'formSpec.id',
        message: 'A form id uses letters, digits, dots, dashes and underscores (100 characters at most)',
      },
      { path: ['version'], code: 'validation.number.tooSmall', message: 'Must be 1 or more' },
      { path: ['fields'], code: 'validation.array.tooSmall', message: 'Minimum number of entries: 1' },
    ]);
  });

  it('types the parsed spec as a discriminated union', () => {
    const field: FieldSpec = { type: 'money', name: 'fee', label: { vi: 'Lệ phí' }, min: 0 };
    expect(z.safeParse(FieldSpecSchema, field).success).toBe(true);
  });
});
