/**
 * E-form building blocks shared by the seed procedures: the applicant block prefilled from the population
 * registry (Decree 118/2025 and Project 06: data the State holds is not asked again), attachments bound to
 * components, result delivery, the sworn declaration. Labels follow the wording of the Ministry of Justice's
 * and Ministry of Public Security's printed forms where those exist.
 */
import type { DocumentComponent, FieldSpec, LocalizedText, OptionSpec } from '@motcua/core';

/** Vietnamese personal names: letters (any script, with marks), spaces, apostrophes (K'Ho names: K'Tiếng). */
export const NAME_PATTERN = {
  regex: "[\\p{L}\\p{M}' ]+",
  message: { vi: 'Họ tên chỉ gồm chữ cái và dấu cách', en: 'A name contains only letters and spaces' },
};

export const t = (vi: string, en?: string): LocalizedText => (en === undefined ? { vi } : { vi, en });

export const option = (value: string, vi: string, en?: string): OptionSpec => ({ value, label: t(vi, en) });

export const GENDER_OPTIONS: OptionSpec[] = [option('male', 'Nam', 'Male'), option('female', 'Nữ', 'Female')];

/** The most common of the 54 ethnic groups first; the list is open-ended in reality ("Khác"). */
export const ETHNICITY_OPTIONS: OptionSpec[] = [
  option('kinh', 'Kinh'),
  option('tay', 'Tày'),
  option('thai', 'Thái'),
  option('muong', 'Mường'),
  option('khmer', 'Khmer'),
  option('hoa', 'Hoa'),
  option('nung', 'Nùng'),
  option('hmong', 'Mông'),
  option('co-ho', 'Cơ Ho'),
  option('other', 'Khác', 'Other'),
];

type TextField = Extract<FieldSpec, { type: 'text' }>;

/** A person's full name: required, at most 100 characters, letters only. */
export function fullName(
  name: string,
  label: LocalizedText,
  extra: Partial<Omit<TextField, 'type' | 'name' | 'label'>> = {},
): TextField {
  return { type: 'text', name, label, required: true, maxLength: 100, pattern: NAME_PATTERN, ...extra };
}

/**
 * The applicant block (người yêu cầu / người nộp hồ sơ): identity from the population registry, not editable;
 * contacts from the e-ID profile, editable. One section, so it is one page of a one-thing-per-page form.
 */
export function applicantSection(options: { withAddress?: boolean } = {}): FieldSpec {
  const fields: FieldSpec[] = [
    {
      type: 'text',
      name: 'applicantFullName',
      label: t('Họ, chữ đệm, tên người yêu cầu', "Applicant's full name"),
      required: true,
      maxLength: 100,
      pattern: NAME_PATTERN,
      prefill: { source: 'population', claim: 'fullName', editable: false },
    },
    {
      type: 'citizenId',
      name: 'applicantCitizenId',
      label: t('Số định danh cá nhân', 'Citizen ID number'),
      required: true,
      prefill: { source: 'population', claim: 'citizenId', editable: false },
    },
    {
      type: 'date',
      name: 'applicantBirthDate',
      label: t('Ngày, tháng, năm sinh', 'Date of birth'),
      required: true,
      max: 'today',
      prefill: { source: 'population', claim: 'birthDate', editable: false },
    },
  ];
  if (options.withAddress !== false)
    fields.push({
      type: 'address',
      name: 'applicantResidence',
      label: t('Nơi cư trú', 'Place of residence'),
      hint: t(
        'Nơi thường trú; nếu không có thì nơi tạm trú',
        'Permanent residence, or else temporary residence',
      ),
      required: true,
      granularity: 'street',
      prefill: { source: 'population', claim: 'permanentAddress', editable: true },
    });
  fields.push(
    {
      type: 'phone',
      name: 'applicantPhone',
      label: t('Số điện thoại', 'Phone number'),
      required: true,
      prefill: { source: 'profile', claim: 'phone', editable: true },
    },
    {
      type: 'email',
      name: 'applicantEmail',
      label: t('Thư điện tử', 'Email'),
      prefill: { source: 'profile', claim: 'email', editable: true },
    },
  );
  return { type: 'section', name: 'applicant', title: t('Thông tin người yêu cầu', 'Applicant'), fields };
}

/**
 * Files for a component, with the component's own limits. Required when the component is.
 *
 * @example
 * attach(components.birthCertificate, 'birthCertificate')
 */
export function attach(
  component: DocumentComponent,
  name: string,
  extra: { visibleWhen?: FieldSpec['visibleWhen']; required?: boolean; hint?: LocalizedText } = {},
): FieldSpec {
  return {
    type: 'attachment',
    name,
    label: t(component.name),
    componentId: component.id,
    required: extra.required ?? component.required,
    maxFiles: component.maxFiles ?? 5,
    ...(component.acceptedTypes && { acceptedTypes: [...component.acceptedTypes] }),
    ...(component.maxSizeBytes !== undefined && { maxSizeBytes: component.maxSizeBytes }),
    ...(extra.visibleWhen && { visibleWhen: extra.visibleWhen }),
    ...(extra.hint && { hint: extra.hint }),
  };
}

/** How the result comes back; a postal address only when by post (Decree 118/2025 lets citizens choose). */
export function resultDelivery(options: { electronic?: boolean } = {}): FieldSpec {
  const choices = [
    option('atDesk', 'Nhận trực tiếp tại Bộ phận Một cửa', 'At the one-stop desk'),
    option('postal', 'Nhận qua dịch vụ bưu chính công ích', 'By public postal service'),
  ];
  if (options.electronic !== false)
    choices.push(
      option('electronic', 'Nhận bản điện tử (kho dữ liệu công dân)', 'Electronic copy (data store)'),
    );
  return {
    type: 'section',
    name: 'delivery',
    title: t('Hình thức nhận kết quả', 'How to receive the result'),
    fields: [
      {
        type: 'radio',
        name: 'resultDelivery',
        label: t('Hình thức nhận kết quả', 'How to receive the result'),
        required: true,
        defaultValue: 'atDesk',
        options: choices,
      },
      {
        type: 'address',
        name: 'deliveryAddress',
        label: t('Địa chỉ nhận kết quả', 'Delivery address'),
        required: true,
        granularity: 'street',
        visibleWhen: { field: 'resultDelivery', equals: 'postal' },
      },
    ],
  };
}

/** The sworn statement every form ends with. */
export function declaration(): FieldSpec {
  return {
    type: 'checkbox',
    name: 'declaration',
    label: t(
      'Tôi cam đoan nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình',
      'I declare that the information given is true and I am answerable under the law for this declaration',
    ),
    required: true,
  };
}

/** Relation of the applicant to the person the dossier is about (khai sinh, khai tử, trợ cấp…). */
export function relationField(name: string, label: LocalizedText, options: OptionSpec[]): FieldSpec {
  return { type: 'select', name, label, required: true, options };
}

/** The child's name, birth date and sex: the same three answers in every birth-related e-form. */
export function childIdentityFields(): FieldSpec[] {
  return [
    fullName('childFullName', t('Họ, chữ đệm, tên', 'Full name')),
    {
      type: 'date',
      name: 'childBirthDate',
      label: t('Ngày, tháng, năm sinh', 'Date of birth'),
      required: true,
      max: 'today',
    },
    {
      type: 'radio',
      name: 'childGender',
      label: t('Giới tính', 'Sex'),
      required: true,
      options: GENDER_OPTIONS,
    },
  ];
}
