import { describe, expect, it } from 'vitest';
import { compileFormSpec } from '../form-spec/compile.js';
import type { FormSpec } from '../form-spec/spec.js';
import { validate } from '../messages/validate.js';
import { birthRegistrationAnswers, birthRegistrationSpec, sampleAnswers } from './index.js';

const now = () => new Date('2025-07-01T01:30:00Z');

function issuesOf(spec: FormSpec, answers: unknown) {
  const result = validate(compileFormSpec(spec, { now }), answers);
  return result.ok ? [] : result.issues;
}

describe('@motcua/core/examples', () => {
  it('the birth-registration example is a valid spec and its answers pass it', () => {
    expect(issuesOf(birthRegistrationSpec, birthRegistrationAnswers())).toEqual([]);
  });

  it('sampleAnswers answers every field but attachments, within the limits of the spec', () => {
    const issues = issuesOf(birthRegistrationSpec, sampleAnswers(birthRegistrationSpec));
    expect(issues.map((issue) => issue.path)).toEqual([['birthCertificate']]);
  });

  it('sampleAnswers respects lengths, counts, ranges, granularity and defaults', () => {
    const spec: FormSpec = {
      id: 'limits',
      version: 1,
      title: { vi: 'Giới hạn' },
      fields: [
        { type: 'text', name: 'code', label: { vi: 'Mã' }, required: true, minLength: 20, maxLength: 30 },
        { type: 'number', name: 'count', label: { vi: 'Số lượng' }, required: true, min: 3 },
        { type: 'date', name: 'due', label: { vi: 'Ngày hẹn' }, required: true, min: 'today' },
        {
          type: 'checkboxes',
          name: 'kinds',
          label: { vi: 'Loại' },
          minSelected: 2,
          options: ['a', 'b', 'c'].map((value) => ({ value, label: { vi: value } })),
        },
        {
          type: 'select',
          name: 'pick',
          label: { vi: 'Chọn' },
          required: true,
          defaultValue: 'y',
          options: ['x', 'y'].map((value) => ({ value, label: { vi: value } })),
        },
        { type: 'address', name: 'home', label: { vi: 'Nơi ở' }, required: true, granularity: 'commune' },
        {
          type: 'section',
          name: 'more',
          title: { vi: 'Thêm' },
          fields: [
            {
              type: 'group',
              name: 'people',
              label: { vi: 'Người' },
              minItems: 2,
              fields: [{ type: 'citizenId', name: 'id', label: { vi: 'Số định danh' }, required: true }],
            },
          ],
        },
      ],
    };
    const answers = sampleAnswers(spec, { count: 7 });
    expect(issuesOf(spec, answers)).toEqual([]);
    expect(answers).toMatchObject({
      count: 7,
      kinds: ['a', 'b'],
      pick: 'y',
      home: { provinceCode: '01', communeCode: '00004' },
      people: [{ id: '001087123456' }, { id: '001087123456' }],
    });
    expect((answers.code as string).length).toBeGreaterThanOrEqual(20);
    expect(sampleAnswers(null)).toEqual({});
  });
});
