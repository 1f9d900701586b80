import type { FormAnswers } from '../form-spec/compile.js';
import type { FormSpec } from '../form-spec/spec.js';

/** The procedure the birth-registration e-form belongs to: đăng ký khai sinh, at the commune. */
export const BIRTH_REGISTRATION_PROCEDURE = '1.001193';

/**
 * A worked example of a {@link FormSpec}: the birth-registration e-form (tờ khai đăng ký khai sinh, procedure
 * 1.001193), modelled on the form of Circular 04/2024/TT-BTP. It uses every field type, a condition, a repeatable
 * group, attachments and prefill from the population database, so it serves documentation, demos and tests.
 *
 * @example
 * ```ts
 * import { compileFormSpec, validate } from '@motcua/core';
 * import { birthRegistrationAnswers, birthRegistrationSpec } from '@motcua/core/examples';
 *
 * const validator = compileFormSpec(birthRegistrationSpec);
 * validate(validator, birthRegistrationAnswers()).ok; // true
 * ```
 */
export const birthRegistrationSpec = {
  id: 'to-khai-dang-ky-khai-sinh',
  version: 3,
  title: { vi: 'Tờ khai đăng ký khai sinh', en: 'Birth registration' },
  fields: [
    {
      type: 'section',
      name: 'registration',
      title: { vi: 'Thông tin đăng ký', en: 'Registration' },
      fields: [
        {
          type: 'radio',
          name: 'registrationType',
          label: { vi: 'Loại đăng ký', en: 'Type of registration' },
          required: true,
          options: [
            { value: 'onTime', label: { vi: 'Đăng ký khai sinh đúng hạn', en: 'On time' } },
            { value: 'late', label: { vi: 'Đăng ký khai sinh quá hạn', en: 'Late' } },
            { value: 'reRegistration', label: { vi: 'Đăng ký lại khai sinh', en: 'Re-registration' } },
          ],
        },
        {
          type: 'textarea',
          name: 'lateReason',
          label: { vi: 'Lý do đăng ký quá hạn', en: 'Why the registration is late' },
          required: true,
          maxLength: 1000,
          visibleWhen: { field: 'registrationType', equals: 'late' },
        },
      ],
    },
    {
      type: 'section',
      name: 'child',
      title: { vi: 'Thông tin của trẻ', en: 'The child' },
      fields: [
        {
          type: 'text',
          name: 'childFullName',
          label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
          required: true,
          maxLength: 100,
          pattern: {
            regex: "[\\p{L}' ]+",
            message: {
              vi: 'Họ tên chỉ gồm chữ cái và dấu cách',
              en: 'A name contains only letters and spaces',
            },
          },
        },
        {
          type: 'date',
          name: 'childBirthDate',
          label: { vi: 'Ngày, tháng, năm sinh', en: 'Date of birth' },
          required: true,
          min: '1900-01-01',
          max: 'today',
        },
        {
          type: 'radio',
          name: 'childGender',
          label: { vi: 'Giới tính', en: 'Sex' },
          required: true,
          options: [
            { value: 'male', label: { vi: 'Nam', en: 'Male' } },
            { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
          ],
        },
        {
          type: 'address',
          name: 'childBirthPlace',
          label: { vi: 'Nơi sinh', en: 'Place of birth' },
          required: true,
          granularity: 'commune',
        },
        {
          type: 'select',
          name: 'childEthnicity',
          label: { vi: 'Dân tộc', en: 'Ethnicity' },
          defaultValue: 'kinh',
          options: [
            { value: 'kinh', label: { vi: 'Kinh' } },
            { value: 'tay', label: { vi: 'Tày' } },
            { value: 'thai', label: { vi: 'Thái' } },
            { value: 'hmong', label: { vi: 'Mông' } },
          ],
        },
      ],
    },
    {
      type: 'section',
      name: 'mother',
      title: { vi: 'Thông tin người mẹ', en: 'The mother' },
      fields: [
        {
          type: 'text',
          name: 'motherFullName',
          label: { vi: 'Họ, chữ đệm và tên người mẹ', en: "Mother's full name" },
          required: true,
          prefill: { source: 'population', claim: 'fullName', editable: false },
        },
        {
          type: 'citizenId',
          name: 'motherCitizenId',
          label: { vi: 'Số định danh cá nhân của người mẹ', en: "Mother's citizen ID number" },
          prefill: { source: 'population', claim: 'citizenId', editable: false },
          required: true,
        },
      ],
    },
    {
      type: 'section',
      name: 'father',
      title: { vi: 'Thông tin người cha', en: 'The father' },
      fields: [
        {
          type: 'checkbox',
          name: 'fatherUnknown',
          label: { vi: 'Chưa xác định được cha', en: 'The father is not established' },
        },
        {
          type: 'text',
          name: 'fatherFullName',
          label: { vi: 'Họ, chữ đệm và tên người cha', en: "Father's full name" },
          required: true,
          visibleWhen: { not: { field: 'fatherUnknown', equals: true } },
        },
        {
          type: 'citizenId',
          name: 'fatherCitizenId',
          label: { vi: 'Số định danh cá nhân của người cha', en: "Father's citizen ID number" },
          required: true,
          visibleWhen: { not: { field: 'fatherUnknown', equals: true } },
        },
      ],
    },
    {
      type: 'group',
      name: 'witnesses',
      label: { vi: 'Người làm chứng', en: 'Witnesses' },
      itemLabel: { vi: 'Người làm chứng {n}', en: 'Witness {n}' },
      minItems: 0,
      maxItems: 3,
      fields: [
        { type: 'text', name: 'fullName', label: { vi: 'Họ và tên', en: 'Full name' }, required: true },
        {
          type: 'citizenId',
          name: 'citizenId',
          label: { vi: 'Số định danh cá nhân', en: 'Citizen ID' },
          required: true,
        },
      ],
    },
    {
      type: 'attachment',
      name: 'birthCertificate',
      label: { vi: 'Giấy chứng sinh', en: 'Birth certificate from the hospital' },
      componentId: 'giay-chung-sinh',
      required: true,
      maxFiles: 2,
      acceptedTypes: ['application/pdf', 'image/*'],
      maxSizeBytes: 5 * 1024 * 1024,
    },
    {
      type: 'phone',
      name: 'applicantPhone',
      label: { vi: 'Số điện thoại', en: 'Phone number' },
      required: true,
      prefill: { source: 'profile', claim: 'phone', editable: true },
    },
    { type: 'email', name: 'applicantEmail', label: { vi: 'Thư điện tử', en: 'Email' } },
    {
      type: 'checkbox',
      name: 'declaration',
      label: {
        vi: 'Tôi cam đoan nội dung khai trên đây là đúng sự thật',
        en: 'I declare that the information given is true',
      },
      required: true,
    },
  ],
} satisfies FormSpec;

/** A complete, valid submission for {@link birthRegistrationSpec}. */
export function birthRegistrationAnswers(): Record<string, unknown> {
  return {
    registrationType: 'onTime',
    childFullName: 'Nguyễn An Nhiên',
    childBirthDate: '2025-06-20',
    childGender: 'female',
    childBirthPlace: { provinceCode: '01', communeCode: '00004' },
    childEthnicity: 'kinh',
    motherFullName: 'Trần Thị Bình',
    motherCitizenId: '001190123456',
    fatherUnknown: false,
    fatherFullName: 'Nguyễn Văn An',
    fatherCitizenId: '001087123456',
    witnesses: [{ fullName: 'Lê Văn Cường', citizenId: '079085001234' }],
    birthCertificate: [
      { fileId: 'file_01J2', name: 'giay-chung-sinh.pdf', mediaType: 'application/pdf', size: 182_044 },
    ],
    applicantPhone: '0912345678',
    declaration: true,
  } satisfies FormAnswers;
}
