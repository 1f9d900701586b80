import * as z from 'zod/mini';
import { keyed, MediaRangeSchema } from '../schemas/common.js';
import { DateSchema } from '../schemas/dates.js';
import { ruleCheck } from '../schemas/rule.js';
import { formSpecRule } from './check.js';

/**
 * Text in the interface languages: Vietnamese always, English when the locality provides it (readers asking
 * for English see the Vietnamese otherwise).
 *
 * @example
 * const label: LocalizedText = { vi: 'Họ, chữ đệm và tên', en: 'Full name' };
 */
export const LocalizedTextSchema = z.strictObject({
  vi: z.string().check(z.minLength(1)),
  en: z.optional(z.string().check(z.minLength(1))),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * A field's name: the key of its answer, so it must survive JSON, URLs and HTML ids unchanged.
 *
 * @example
 * z.parse(FieldNameSchema, 'childFullName')
 */
export const FieldNameSchema = z
  .string()
  .check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, keyed('formSpec.fieldName')));

/**
 * Where a condition looks: a field name, resolved from the innermost container outwards (a field inside a
 * repeatable group sees its siblings first, then the form's fields), plus at most one part for an address
 * (`birthPlace.provinceCode`).
 */
const FieldPathSchema = z
  .string()
  .check(
    z.regex(
      /^[A-Za-z][A-Za-z0-9_]{0,63}(\.(provinceCode|communeCode|street))?$/,
      keyed('formSpec.fieldPath'),
    ),
  );

const ConditionValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
/** A value a condition compares an answer with. */
export type ConditionValue = z.infer<typeof ConditionValueSchema>;

/**
 * When a field shows. `equals`/`in` on a multi-choice answer (`checkboxes`) test whether it contains the
 * value; `notEmpty` is true for any answer that is not absent, an empty string or an empty list.
 * Written out because it is recursive (zod cannot infer a type that refers to itself).
 */
export type Condition =
  | { field: string; equals: ConditionValue }
  | { field: string; in: ConditionValue[] }
  | { field: string; notEmpty: true }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/**
 * The condition language of `visibleWhen`: small, JSON, and evaluated identically in the browser and on
 * the server.
 *
 * @example
 * const lateOnly: Condition = { field: 'registrationType', equals: 'late' };
 * const either: Condition = { any: [lateOnly, { not: { field: 'fatherKnown', equals: true } }] };
 */
export const ConditionSchema: z.ZodMiniType<Condition> = z.union(
  [
    z.strictObject({ field: FieldPathSchema, equals: ConditionValueSchema }),
    z.strictObject({ field: FieldPathSchema, in: z.array(ConditionValueSchema).check(z.minLength(1)) }),
    z.strictObject({ field: FieldPathSchema, notEmpty: z.literal(true) }),
    z.strictObject({
      get all() {
        return z.array(ConditionSchema).check(z.minLength(1));
      },
    }),
    z.strictObject({
      get any() {
        return z.array(ConditionSchema).check(z.minLength(1));
      },
    }),
    z.strictObject({
      get not() {
        return ConditionSchema;
      },
    }),
  ],
  keyed('formSpec.condition'),
);

/**
 * What the platform can prefill, and from where: `population` is the National Population Database (through
 * the provincial data-sharing platform, with consent), `profile` the signed-in e-ID account. Prefilled data
 * is data the State already holds: Decree 118 forbids asking for it again, so make it `editable: false`
 * unless the citizen may need to correct it.
 *
 * @example
 * z.parse(PrefillClaimSchema, 'permanentAddress')
 */
export const PrefillClaimSchema = z.enum([
  'fullName',
  'citizenId',
  'birthDate',
  'gender',
  'phone',
  'email',
  'birthPlace',
  'hometown',
  'permanentAddress',
  'currentAddress',
]);
export type PrefillClaim = z.infer<typeof PrefillClaimSchema>;

/**
 * Where a field's initial value comes from.
 *
 * @example
 * const prefill: Prefill = { source: 'population', claim: 'fullName', editable: false };
 */
export const PrefillSchema = z.strictObject({
  source: z.enum(['population', 'profile']),
  claim: PrefillClaimSchema,
  editable: z.boolean(),
});
export type Prefill = z.infer<typeof PrefillSchema>;

/**
 * A format rule with its own message: the regex is matched against the whole answer, as HTML's `pattern`
 * attribute does (`^(?:regex)$`, Unicode mode), so the same text works in a browser's `<input pattern>`.
 *
 * @example
 * const plate: PatternSpec = { regex: '[0-9]{2}[A-Z]-[0-9]{5}', message: { vi: 'Biển số có dạng 29A-12345' } };
 */
export const PatternSpecSchema = z.strictObject({
  regex: z.string().check(z.minLength(1), z.maxLength(500)),
  message: LocalizedTextSchema,
});
export type PatternSpec = z.infer<typeof PatternSpecSchema>;

/**
 * One choice of a select, radio or checkboxes field. `value` is what the answer holds; `label` what people see.
 *
 * @example
 * const option: OptionSpec = { value: 'late', label: { vi: 'Đăng ký khai sinh quá hạn', en: 'Late registration' } };
 */
export const OptionSpecSchema = z.strictObject({
  value: z.string().check(z.minLength(1), z.maxLength(100)),
  label: LocalizedTextSchema,
  hint: z.optional(LocalizedTextSchema),
});
export type OptionSpec = z.infer<typeof OptionSpecSchema>;

const count = /* @__NO_SIDE_EFFECTS__ */ () => z.optional(z.int().check(z.gte(0)));

/**
 * Bounds of a date field: a calendar date, or `today` (in Vietnam) judged when the answer is checked.
 *
 * @example
 * const birthDate: DateFieldSpec = { type: 'date', name: 'birthDate', label: { vi: 'Ngày sinh' }, max: 'today' };
 */
export const DateBoundSchema = z.union([z.literal('today'), DateSchema]);
export type DateBound = z.infer<typeof DateBoundSchema>;

// What every answer-bearing field has. Spread into each variant so each stays a plain object for the
// discriminated union (precise error paths) and for JSON Schema.
const inputBase = {
  name: FieldNameSchema,
  label: LocalizedTextSchema,
  hint: z.optional(LocalizedTextSchema),
  required: z.optional(z.boolean()),
  visibleWhen: z.optional(ConditionSchema),
  prefill: z.optional(PrefillSchema),
};

/**
 * Single-line text. Without `maxLength`, answers are capped at 500 characters.
 *
 * @example
 * const plate: TextFieldSpec = { type: 'text', name: 'plate', label: { vi: 'Biển số xe' }, maxLength: 10 };
 */
export const TextFieldSpecSchema = z.strictObject({
  type: z.literal('text'),
  ...inputBase,
  minLength: count(),
  maxLength: count(),
  pattern: z.optional(PatternSpecSchema),
  defaultValue: z.optional(z.string()),
});
export type TextFieldSpec = z.infer<typeof TextFieldSpecSchema>;

/**
 * Multi-line text; line breaks are kept. Without `maxLength`, answers are capped at 10,000 characters.
 *
 * @example
 * const reason: TextareaFieldSpec = { type: 'textarea', name: 'reason', label: { vi: 'Lý do' }, maxLength: 1000 };
 */
export const TextareaFieldSpecSchema = z.strictObject({
  type: z.literal('textarea'),
  ...inputBase,
  minLength: count(),
  maxLength: count(),
  defaultValue: z.optional(z.string()),
});
export type TextareaFieldSpec = z.infer<typeof TextareaFieldSpecSchema>;

/**
 * A number, optionally whole, with an optional unit shown beside the input (m², người…).
 *
 * @example
 * const area: NumberFieldSpec = { type: 'number', name: 'area', label: { vi: 'Diện tích' }, min: 0, unit: { vi: 'm²' } };
 */
export const NumberFieldSpecSchema = z.strictObject({
  type: z.literal('number'),
  ...inputBase,
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  integer: z.optional(z.boolean()),
  unit: z.optional(LocalizedTextSchema),
  defaultValue: z.optional(z.number()),
});
export type NumberFieldSpec = z.infer<typeof NumberFieldSpecSchema>;

/**
 * An amount in whole đồng (never negative).
 *
 * @example
 * const capital: MoneyFieldSpec = { type: 'money', name: 'capital', label: { vi: 'Vốn điều lệ' }, min: 1 };
 */
export const MoneyFieldSpecSchema = z.strictObject({
  type: z.literal('money'),
  ...inputBase,
  min: z.optional(z.int().check(z.gte(0))),
  max: z.optional(z.int().check(z.gte(0))),
  defaultValue: z.optional(z.int().check(z.gte(0))),
});
export type MoneyFieldSpec = z.infer<typeof MoneyFieldSpecSchema>;

/**
 * A calendar date, answered as `YYYY-MM-DD` (widgets ask day, month and year separately).
 *
 * @example
 * const birthDate: DateFieldSpec = { type: 'date', name: 'birthDate', label: { vi: 'Ngày sinh' }, max: 'today' };
 */
export const DateFieldSpecSchema = z.strictObject({
  type: z.literal('date'),
  ...inputBase,
  min: z.optional(DateBoundSchema),
  max: z.optional(DateBoundSchema),
  defaultValue: z.optional(DateSchema),
});
export type DateFieldSpec = z.infer<typeof DateFieldSpecSchema>;

const choiceBase = {
  ...inputBase,
  options: z.array(OptionSpecSchema).check(z.minLength(1)),
  defaultValue: z.optional(z.string()),
};

/**
 * One choice from a list, as a drop-down (long lists).
 *
 * @example
 * const ethnicity: SelectFieldSpec = { type: 'select', name: 'ethnicity', label: { vi: 'Dân tộc' }, options: [{ value: 'kinh', label: { vi: 'Kinh' } }] };
 */
export const SelectFieldSpecSchema = z.strictObject({ type: z.literal('select'), ...choiceBase });
export type SelectFieldSpec = z.infer<typeof SelectFieldSpecSchema>;

/**
 * One choice from a short list, as radio buttons.
 *
 * @example
 * const gender: RadioFieldSpec = { type: 'radio', name: 'gender', label: { vi: 'Giới tính' }, options: [{ value: 'male', label: { vi: 'Nam' } }, { value: 'female', label: { vi: 'Nữ' } }] };
 */
export const RadioFieldSpecSchema = z.strictObject({ type: z.literal('radio'), ...choiceBase });
export type RadioFieldSpec = z.infer<typeof RadioFieldSpecSchema>;

/**
 * A single tick box answering `true`/`false` (a declaration, a consent). `required` means it must be ticked.
 * Several choices are a `checkboxes` field: the answer types differ, so they are different types.
 *
 * @example
 * const declaration: CheckboxFieldSpec = { type: 'checkbox', name: 'declaration', label: { vi: 'Tôi cam đoan…' }, required: true };
 */
export const CheckboxFieldSpecSchema = z.strictObject({
  type: z.literal('checkbox'),
  ...inputBase,
  defaultValue: z.optional(z.boolean()),
});
export type CheckboxFieldSpec = z.infer<typeof CheckboxFieldSpecSchema>;

/**
 * Any number of choices from a list, answered as the list of chosen values.
 *
 * @example
 * const copies: CheckboxesFieldSpec = { type: 'checkboxes', name: 'extracts', label: { vi: 'Bản sao cần cấp' }, options: [{ value: 'birth', label: { vi: 'Trích lục khai sinh' } }], maxSelected: 1 };
 */
export const CheckboxesFieldSpecSchema = z.strictObject({
  type: z.literal('checkboxes'),
  ...inputBase,
  options: z.array(OptionSpecSchema).check(z.minLength(1)),
  minSelected: count(),
  maxSelected: count(),
  defaultValue: z.optional(z.array(z.string())),
});
export type CheckboxesFieldSpec = z.infer<typeof CheckboxesFieldSpecSchema>;

/**
 * A citizen ID number (12 digits, province and birth year checked).
 *
 * @example
 * const id: CitizenIdFieldSpec = { type: 'citizenId', name: 'motherCitizenId', label: { vi: 'Số định danh của mẹ' }, required: true };
 */
export const CitizenIdFieldSpecSchema = z.strictObject({ type: z.literal('citizenId'), ...inputBase });
export type CitizenIdFieldSpec = z.infer<typeof CitizenIdFieldSpecSchema>;

/**
 * A tax code (check digit verified).
 *
 * @example
 * const tax: TaxCodeFieldSpec = { type: 'taxCode', name: 'taxCode', label: { vi: 'Mã số thuế' } };
 */
export const TaxCodeFieldSpecSchema = z.strictObject({ type: z.literal('taxCode'), ...inputBase });
export type TaxCodeFieldSpec = z.infer<typeof TaxCodeFieldSpecSchema>;

/**
 * A Vietnamese mobile or landline number.
 *
 * @example
 * const phone: PhoneFieldSpec = { type: 'phone', name: 'phone', label: { vi: 'Số điện thoại' }, prefill: { source: 'profile', claim: 'phone', editable: true } };
 */
export const PhoneFieldSpecSchema = z.strictObject({ type: z.literal('phone'), ...inputBase });
export type PhoneFieldSpec = z.infer<typeof PhoneFieldSpecSchema>;

/**
 * An email address.
 *
 * @example
 * const email: EmailFieldSpec = { type: 'email', name: 'email', label: { vi: 'Thư điện tử' } };
 */
export const EmailFieldSpecSchema = z.strictObject({ type: z.literal('email'), ...inputBase });
export type EmailFieldSpec = z.infer<typeof EmailFieldSpecSchema>;

/**
 * An address: province, then commune, then street. `granularity` says how far down it must go: a birth place
 * is often a commune (`commune`), a residence needs the street (`street`, the default).
 *
 * @example
 * const birthPlace: AddressFieldSpec = { type: 'address', name: 'birthPlace', label: { vi: 'Nơi sinh' }, granularity: 'commune' };
 */
export const AddressFieldSpecSchema = z.strictObject({
  type: z.literal('address'),
  ...inputBase,
  granularity: z.optional(z.enum(['province', 'commune', 'street'])),
});
export type AddressFieldSpec = z.infer<typeof AddressFieldSpecSchema>;

/**
 * Files for one document component (thành phần hồ sơ) of the procedure, bound by `componentId`. `required`
 * means at least one file. Without `maxFiles`, at most 20 files are accepted.
 *
 * @example
 * const certificate: AttachmentFieldSpec = { type: 'attachment', name: 'birthCertificate', label: { vi: 'Giấy chứng sinh' }, componentId: 'giay-chung-sinh', acceptedTypes: ['application/pdf', 'image/*'] };
 */
export const AttachmentFieldSpecSchema = z.strictObject({
  type: z.literal('attachment'),
  ...inputBase,
  componentId: z.string().check(z.minLength(1)),
  minFiles: count(),
  maxFiles: count(),
  /** Media types (`application/pdf`) or families (`image/*`). Absent means any type. */
  acceptedTypes: z.optional(z.array(MediaRangeSchema)),
  maxSizeBytes: z.optional(z.int().check(z.gte(1))),
});
export type AttachmentFieldSpec = z.infer<typeof AttachmentFieldSpecSchema>;

/**
 * A repeatable group (witnesses, family members): answered as a list of items, each an object of its fields'
 * answers. Its fields' names are scoped to the item.
 */
export type GroupFieldSpec = z.infer<typeof GroupFieldSpecBase> & { fields: FieldSpec[] };

/**
 * A section: no answer of its own, it titles and groups fields (a page in one-thing-per-page forms, a
 * fieldset otherwise). Its fields answer at the section's own level, so moving a field into or out of a
 * section does not change the answers' shape.
 */
export type SectionFieldSpec = z.infer<typeof SectionFieldSpecBase> & { fields: FieldSpec[] };

const GroupFieldSpecBase = z.strictObject({
  type: z.literal('group'),
  name: FieldNameSchema,
  label: LocalizedTextSchema,
  hint: z.optional(LocalizedTextSchema),
  visibleWhen: z.optional(ConditionSchema),
  minItems: count(),
  maxItems: count(),
  /** Heading of each item, `{n}` replaced by its 1-based number: "Người làm chứng {n}". */
  itemLabel: z.optional(LocalizedTextSchema),
});

const SectionFieldSpecBase = z.strictObject({
  type: z.literal('section'),
  name: FieldNameSchema,
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  visibleWhen: z.optional(ConditionSchema),
});

const fieldList = /* @__NO_SIDE_EFFECTS__ */ () => z.array(FieldSpecSchema).check(z.minLength(1));

/**
 * Schema of a repeatable group field.
 *
 * @example
 * const witnesses: GroupFieldSpec = { type: 'group', name: 'witnesses', label: { vi: 'Người làm chứng' }, maxItems: 3, fields: [{ type: 'citizenId', name: 'citizenId', label: { vi: 'Số định danh' } }] };
 */
export const GroupFieldSpecSchema = z.extend(GroupFieldSpecBase, {
  get fields() {
    return fieldList();
  },
});

/**
 * Schema of a section.
 *
 * @example
 * const page: SectionFieldSpec = { type: 'section', name: 'mother', title: { vi: 'Thông tin người mẹ' }, fields: [{ type: 'text', name: 'motherFullName', label: { vi: 'Họ tên' } }] };
 */
export const SectionFieldSpecSchema = z.extend(SectionFieldSpecBase, {
  get fields() {
    return fieldList();
  },
});

/**
 * Every field type, in the order a form designer's palette lists them.
 *
 * @example
 * FIELD_TYPES.includes('attachment') // true
 */
export const FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'money',
  'date',
  'select',
  'radio',
  'checkbox',
  'checkboxes',
  'citizenId',
  'taxCode',
  'phone',
  'email',
  'address',
  'attachment',
  'group',
  'section',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** One field of an e-form: a discriminated union on `type`. */
export type FieldSpec =
  | TextFieldSpec
  | TextareaFieldSpec
  | NumberFieldSpec
  | MoneyFieldSpec
  | DateFieldSpec
  | SelectFieldSpec
  | RadioFieldSpec
  | CheckboxFieldSpec
  | CheckboxesFieldSpec
  | CitizenIdFieldSpec
  | TaxCodeFieldSpec
  | PhoneFieldSpec
  | EmailFieldSpec
  | AddressFieldSpec
  | AttachmentFieldSpec
  | GroupFieldSpec
  | SectionFieldSpec;

/** A field that holds an answer: every field but a section. */
export type InputFieldSpec = Exclude<FieldSpec, SectionFieldSpec>;

/**
 * Schema of one field. A discriminated union, so a malformed field is reported against the variant its
 * `type` names (`['fields', 3, 'options']`), not as "matches none of 17 shapes".
 *
 * @example
 * z.parse(FieldSpecSchema, { type: 'text', name: 'childFullName', label: { vi: 'Họ và tên trẻ' }, required: true })
 */
export const FieldSpecSchema: z.ZodMiniType<FieldSpec> = z.discriminatedUnion(
  'type',
  [
    TextFieldSpecSchema,
    TextareaFieldSpecSchema,
    NumberFieldSpecSchema,
    MoneyFieldSpecSchema,
    DateFieldSpecSchema,
    SelectFieldSpecSchema,
    RadioFieldSpecSchema,
    CheckboxFieldSpecSchema,
    CheckboxesFieldSpecSchema,
    CitizenIdFieldSpecSchema,
    TaxCodeFieldSpecSchema,
    PhoneFieldSpecSchema,
    EmailFieldSpecSchema,
    AddressFieldSpecSchema,
    AttachmentFieldSpecSchema,
    GroupFieldSpecSchema,
    SectionFieldSpecSchema,
  ],
  keyed('formSpec.fieldType', { types: FIELD_TYPES.join(', ') }),
);

/**
 * Biểu mẫu điện tử: an e-form as JSON. Besides its shape, the schema checks what a shape cannot say:
 * names unique within their container, conditions naming existing fields without cycles, minimums not above
 * maximums, distinct option values, regexes that compile, defaults that fit, prefill claims that suit
 * their field. Each problem is reported at its path, so a malformed spec fails loudly and precisely.
 *
 * Top-level sections are the pages of a one-thing-per-page form. A `defaultValue` is what a widget shows
 * first, for the citizen to confirm: the validator never fills it in, so an untouched field stays unanswered.
 *
 * @example
 * const spec: FormSpec = {
 *   id: 'khai-sinh', version: 1, title: { vi: 'Tờ khai đăng ký khai sinh', en: 'Birth registration' },
 *   fields: [{ type: 'text', name: 'childFullName', label: { vi: 'Họ, chữ đệm và tên của trẻ' }, required: true }],
 * };
 */
export const FormSpecSchema = z
  .strictObject({
    /** Stable identifier, e.g. `to-khai-khai-sinh`. */
    id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, keyed('formSpec.id'))),
    /** Incremented on every published change; a saved draft records the version it was answered against. */
    version: z.int().check(z.gte(1)),
    title: LocalizedTextSchema,
    description: z.optional(LocalizedTextSchema),
    fields: fieldList(),
  })
  .check(ruleCheck(formSpecRule));
export type FormSpec = z.infer<typeof FormSpecSchema>;
