import * as z from 'zod/mini';
import { CitizenIdSchema, PhoneNumberSchema, TaxCodeSchema } from '../identifiers/schemas.js';
import type { Locale } from '../messages/locale.js';
import type { MessageKey } from '../messages/messages.js';
import { type FieldIssue, validate } from '../messages/validate.js';
import { CommuneCodeSchema, ProvinceCodeSchema } from '../schemas/administrative-unit.js';
import { isCalendarDate, vietnamDate } from '../schemas/calendar.js';
import { emailText, keyed, lineText } from '../schemas/common.js';
import { type FileReference, FileReferenceSchema } from '../schemas/file.js';
import { isAcceptedMediaType } from '../schemas/media-type.js';
import { normalizeText } from '../text.js';
import { compilePattern } from './check.js';
import { AnswerScope, buildScope, isEmptyAnswer, isPlainObject, type Path, type Scope } from './scope.js';
import {
  type AddressFieldSpec,
  type AttachmentFieldSpec,
  type DateFieldSpec,
  type FieldSpec,
  type FormSpec,
  FormSpecSchema,
  type GroupFieldSpec,
  type InputFieldSpec,
  type OptionSpec,
} from './spec.js';

/**
 * An address answer: the parts its field's granularity asks for, at least the province.
 *
 * @example
 * const birthPlace: AddressAnswer = { provinceCode: '01', communeCode: '00004' };
 */
export interface AddressAnswer {
  provinceCode: string;
  communeCode?: string;
  street?: string;
}

/** One answer: text, number, tick, choices, address, files, or the items of a repeatable group. */
export type FormAnswerValue =
  | string
  | number
  | boolean
  | string[]
  | AddressAnswer
  | FileReference[]
  | FormAnswers[];

/**
 * A submission's answers by field name, as the compiled validator outputs them.
 *
 * @example
 * const answers: FormAnswers = { registrationType: 'late', witnesses: [{ fullName: 'Lê Văn Cường' }] };
 */
export interface FormAnswers {
  [name: string]: FormAnswerValue;
}

/**
 * How a spec compiles: the language of spec errors, the clock for `today`, and an optional unit lookup.
 *
 * @example
 * compileFormSpec(spec, { locale: 'en', now: () => new Date('2025-07-01T01:30:00Z') })
 */
export interface CompileOptions {
  /** Language of a {@link FormSpecError}'s messages (Vietnamese by default). */
  locale?: Locale;
  /**
   * The clock for `today` bounds, read at each check rather than at compile time, so a long-lived
   * validator does not keep yesterday's date.
   */
  now?: () => Date;
  /**
   * Whether a commune lies in a province. The unit data lives behind `@motcua/core/units`, so the main
   * entry cannot check this alone: pass a lookup built on it to add the check (the sandbox does).
   * Return `undefined` when the codes are unknown to it.
   */
  communeInProvince?: (communeCode: string, provinceCode: string) => boolean | undefined;
}

const BRAND = Symbol.for('motcua.FormSpecError');
/** Without `maxFiles`, a submission may attach this many files to one field. */
const DEFAULT_MAX_FILES = 20;

/**
 * Thrown when compiling a spec that is not valid; `issues` say where, with localised messages.
 *
 * @example
 * try { compileFormSpec(spec) } catch (error) { if (isFormSpecError(error)) console.table(error.issues) }
 */
export class FormSpecError extends Error {
  override readonly name = 'FormSpecError';
  readonly issues: FieldIssue[];

  constructor(issues: FieldIssue[]) {
    super(
      `Invalid form spec: ${issues.map((i) => `${i.path.join('.') || '(spec)'}: ${i.message}`).join('; ')}`,
    );
    this.issues = issues;
  }

  /** Brand read by {@link isFormSpecError}: `instanceof` fails when ESM and CJS copies are both loaded. */
  get [BRAND](): true {
    return true;
  }
}

/**
 * Tells a {@link FormSpecError} apart, across duplicate copies of this package.
 *
 * @example
 * isFormSpecError(new Error('x')) // false
 */
export function isFormSpecError(value: unknown): value is FormSpecError {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

/**
 * Compiles an e-form spec into the validator of its submissions (an object of answers by field name).
 * The browser widgets and the server run this same function, so every rule lives here once:
 *
 * - each field's rules (required, type, length, range, pattern with the spec's own message, identifiers,
 *   real dates within bounds, whole đồng, allowed options, address parts, file count/type/size, group items);
 * - a hidden field (its `visibleWhen` false, or inside a hidden section or group) is neither required nor
 *   kept: its answer is stripped from the output, so what was typed before hiding it never reaches a dossier;
 * - blank strings, `null` and empty lists count as no answer; text comes out NFC-normalised and trimmed;
 * - answers for names the form does not have are refused (`validation.unknownKeys`), never dropped silently.
 *
 * The validator is a zod (mini) schema: use it with `validate()` for localised, path-addressed issues.
 * It never throws on any JSON input. Throws {@link FormSpecError} if the spec itself is invalid.
 *
 * @example
 * const validator = compileFormSpec(spec);
 * const result = validate(validator, answers, { locale: 'en' });
 * if (!result.ok) result.issues; // [{ path: ['witnesses', 1, 'citizenId'], code: 'citizenId.length', message: … }]
 */
export function compileFormSpec(
  spec: FormSpec,
  options: CompileOptions = {},
): z.ZodMiniType<FormAnswers, unknown> {
  // The type can lie (specs come from databases and admin tools as JSON), so check it again.
  const checked = validate(FormSpecSchema, spec, { locale: options.locale });
  if (!checked.ok) throw new FormSpecError(checked.issues);
  return compileTrustedFormSpec(checked.value, options);
}

/**
 * {@link compileFormSpec} without checking the spec first, for a spec already checked elsewhere (a browser
 * bundle that checks specs in development only leaves `FormSpecSchema` out of production). Answers are
 * validated exactly as by `compileFormSpec`; a spec that is not a valid {@link FormSpec} may throw any error.
 *
 * @example
 * const validator = compileTrustedFormSpec(procedure.formSpec); // the server checked it on the way in
 */
export function compileTrustedFormSpec(
  form: FormSpec,
  options: CompileOptions = {},
): z.ZodMiniType<FormAnswers, unknown> {
  const schemas = new Map<FieldSpec, z.core.$ZodType>();
  const groupScopes = new Map<GroupFieldSpec, Scope>();
  const prepare = (fields: readonly FieldSpec[], parent: Scope | undefined): Scope => {
    const scope = buildScope(fields, [], parent);
    for (const { field } of scope.entries) {
      if (field.type === 'group') groupScopes.set(field, prepare(field.fields, scope));
      else if (field.type !== 'section') schemas.set(field, answerSchema(field, options));
    }
    return scope;
  };
  const root = prepare(form.fields, undefined);

  const checkLevel = (
    scope: Scope,
    value: unknown,
    path: Path,
    parent: AnswerScope | undefined,
    issues: z.core.$ZodRawIssue[],
  ): FormAnswers => {
    const output: FormAnswers = {};
    if (!isPlainObject(value)) {
      issues.push({ code: 'invalid_type', expected: 'object', input: value, path } as z.core.$ZodRawIssue);
      return output;
    }
    const level = new AnswerScope(scope, value, parent, true);
    for (const entry of scope.entries) {
      const { field } = entry;
      if (field.type === 'section' || !level.isVisible(entry)) continue;
      const at = [...path, field.name];
      const answer = Object.hasOwn(value, field.name) ? value[field.name] : undefined;
      if (field.type === 'group') {
        const items = checkGroup(field, answer, at, level, issues);
        if (items) output[field.name] = items;
        continue;
      }
      if (isEmptyAnswer(answer)) {
        if (field.required) issues.push(custom(at, answer, requiredKey(field)));
        continue;
      }
      const result = z.safeParse(schemas.get(field) as z.core.$ZodType, cleanAnswer(field, answer), {
        reportInput: true,
      });
      if (result.success) output[field.name] = result.data as FormAnswerValue;
      else for (const issue of result.error.issues) issues.push(relocate(issue, at));
    }
    const unknown = Object.keys(value).filter((key) => !scope.inputs.has(key));
    if (unknown.length > 0)
      issues.push({ code: 'unrecognized_keys', keys: unknown, input: value, path } as z.core.$ZodRawIssue);
    return output;
  };

  const checkGroup = (
    field: GroupFieldSpec,
    answer: unknown,
    at: Path,
    level: AnswerScope,
    issues: z.core.$ZodRawIssue[],
  ): FormAnswers[] | undefined => {
    if (answer !== undefined && answer !== null && !Array.isArray(answer)) {
      issues.push({
        code: 'invalid_type',
        expected: 'array',
        input: answer,
        path: at,
      } as z.core.$ZodRawIssue);
      return undefined;
    }
    const items: unknown[] = answer ?? [];
    const minimum = field.minItems ?? 0;
    if (items.length < minimum)
      issues.push({
        code: 'too_small',
        origin: 'array',
        minimum,
        input: items,
        path: at,
      } as z.core.$ZodRawIssue);
    if (field.maxItems !== undefined && items.length > field.maxItems)
      issues.push({
        code: 'too_big',
        origin: 'array',
        maximum: field.maxItems,
        input: items,
        path: at,
      } as z.core.$ZodRawIssue);
    const scope = groupScopes.get(field) as Scope;
    const checked = items.map((item, index) => checkLevel(scope, item, [...at, index], level, issues));
    return answer === undefined || answer === null ? undefined : checked;
  };

  return z.transform<unknown, FormAnswers>((input, ctx) =>
    checkLevel(root, input, [], undefined, ctx.issues),
  );
}

function custom(path: Path, input: unknown, key: MessageKey, params: Record<string, string | number> = {}) {
  return { code: 'custom', path, input, params: { ...params, key } } as z.core.$ZodRawIssue;
}

function requiredKey(field: InputFieldSpec): MessageKey {
  if (field.type === 'checkbox') return 'form.checkboxRequired';
  if (field.type === 'attachment') return 'form.attachmentRequired';
  return 'validation.required';
}

/**
 * Moves an issue from a field's own parse to its place in the submission. The message is dropped so the
 * error map of the outer parse (the caller's locale and overrides) writes it.
 */
function relocate(issue: z.core.$ZodIssue, at: Path): z.core.$ZodRawIssue {
  const { message: _message, ...raw } = issue;
  return { ...raw, path: [...at, ...issue.path] } as z.core.$ZodRawIssue;
}

/** Drops blank parts of an address, so a missing commune reads "required" rather than "wrong format". */
function cleanAnswer(field: InputFieldSpec, answer: unknown): unknown {
  if (field.type !== 'address' || !isPlainObject(answer)) return answer;
  return Object.fromEntries(Object.entries(answer).filter(([, part]) => !isEmptyAnswer(part)));
}

const abort = { abort: true } as const;

function answerSchema(
  field: Exclude<InputFieldSpec, GroupFieldSpec>,
  options: CompileOptions,
): z.core.$ZodType {
  switch (field.type) {
    case 'text': {
      const pattern = field.pattern;
      const regex = pattern ? compilePattern(pattern.regex) : null;
      return z.string().check(
        z.overwrite(normalizeText),
        z.minLength(field.minLength ?? 0, abort),
        z.maxLength(field.maxLength ?? 500, abort),
        ...(pattern && regex
          ? [
              z.refine<string>((value) => regex.test(value), {
                params: {
                  key: 'form.pattern',
                  textVi: pattern.message.vi,
                  textEn: pattern.message.en ?? pattern.message.vi,
                },
              }),
            ]
          : []),
      );
    }
    case 'textarea':
      return z
        .string()
        .check(
          z.normalize('NFC'),
          z.trim(),
          z.minLength(field.minLength ?? 0, abort),
          z.maxLength(field.maxLength ?? 10_000, abort),
        );
    case 'number':
      return z
        .number()
        .check(
          ...(field.integer ? [z.multipleOf(1, abort)] : []),
          ...(field.min !== undefined ? [z.gte(field.min, abort)] : []),
          ...(field.max !== undefined ? [z.lte(field.max, abort)] : []),
        );
    case 'money':
      return z
        .number()
        .check(
          z.multipleOf(1, abort),
          z.gte(Math.max(field.min ?? 0, 0), abort),
          z.lte(field.max ?? Number.MAX_SAFE_INTEGER, abort),
        );
    case 'date':
      return dateSchema(field, options);
    case 'select':
    case 'radio':
      return choiceSchema(field.options);
    case 'checkbox':
      return field.required
        ? z.boolean().check(z.refine((value) => value, { params: { key: 'form.checkboxRequired' } }))
        : z.boolean();
    case 'checkboxes':
      return z.array(choiceSchema(field.options)).check(
        z.overwrite((values) => [...new Set(values)]),
        ...(field.minSelected !== undefined ? [z.minLength(field.minSelected, abort)] : []),
        ...(field.maxSelected !== undefined ? [z.maxLength(field.maxSelected, abort)] : []),
      );
    case 'citizenId':
      return CitizenIdSchema;
    case 'taxCode':
      return TaxCodeSchema;
    case 'phone':
      return PhoneNumberSchema;
    case 'email':
      return emailText();
    case 'address':
      return addressSchema(field, options);
    case 'attachment':
      return attachmentSchema(field);
  }
}

function choiceSchema(options: readonly OptionSpec[]) {
  const values = new Set(options.map((option) => option.value));
  return z.string().check(
    z.normalize('NFC'),
    z.trim(),
    z.refine((value) => values.has(value), { params: { key: 'validation.option' } }),
  );
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date in each language's usual form: `01/07/2025`, `1 July 2025`. */
function dateParams(date: string): { dateVi: string; dateEn: string } {
  const [year, month, day] = date.split('-');
  return {
    dateVi: `${day}/${month}/${year}`,
    dateEn: `${Number(day)} ${MONTHS_EN[Number(month) - 1]} ${year}`,
  };
}

function dateSchema(field: DateFieldSpec, options: CompileOptions) {
  const today = () => vietnamDate(options.now?.() ?? new Date());
  const bound = (value: string | undefined) => (value === 'today' ? today() : value);
  return z.string().check(
    z.trim(),
    z.refine<string>(isCalendarDate, { params: { key: 'validation.date' }, abort: true }),
    z.superRefine((value, ctx) => {
      const min = bound(field.min);
      const max = bound(field.max);
      if (min !== undefined && value < min)
        ctx.addIssue({
          code: 'custom',
          input: value,
          params:
            field.min === 'today'
              ? { key: 'form.date.past' }
              : { key: 'form.date.tooEarly', ...dateParams(min) },
        });
      if (max !== undefined && value > max)
        ctx.addIssue({
          code: 'custom',
          input: value,
          params:
            field.max === 'today'
              ? { key: 'form.date.future' }
              : { key: 'form.date.tooLate', ...dateParams(max) },
        });
    }),
  );
}

function addressSchema(field: AddressFieldSpec, options: CompileOptions) {
  const granularity = field.granularity ?? 'street';
  const { communeInProvince } = options;
  return z
    .strictObject({
      provinceCode: ProvinceCodeSchema,
      communeCode: granularity === 'province' ? z.optional(CommuneCodeSchema) : CommuneCodeSchema,
      street: granularity === 'street' ? lineText(300) : z.optional(lineText(300)),
    })
    .check(
      z.refine(
        (address) =>
          !communeInProvince ||
          address.communeCode === undefined ||
          communeInProvince(address.communeCode, address.provinceCode) !== false,
        { params: { key: 'form.communeNotInProvince' }, path: ['communeCode'] },
      ),
    );
}

const MEDIA_TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/heic': 'HEIC',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/zip': 'ZIP',
  'text/xml': 'XML',
  'application/xml': 'XML',
};

/** A size as people read it, in each language's decimal style: `5 MB`, `1,5 MB` / `1.5 MB`. */
function sizeParams(bytes: number): { sizeVi: string; sizeEn: string } {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = String(Math.round(value * 10) / 10);
  return { sizeVi: `${rounded.replace('.', ',')} ${units[unit]}`, sizeEn: `${rounded} ${units[unit]}` };
}

function attachmentSchema(field: AttachmentFieldSpec) {
  const accepted = field.acceptedTypes;
  const maxSize = field.maxSizeBytes;
  const types = [...new Set(accepted?.map((type) => MEDIA_TYPE_NAMES[type] ?? type))].join(', ');
  const file = FileReferenceSchema.check(
    z.superRefine((reference, ctx) => {
      if (!isAcceptedMediaType(reference.mediaType, accepted))
        ctx.addIssue({
          code: 'custom',
          path: ['mediaType'],
          input: reference.mediaType,
          params: { key: 'form.fileType', types },
        });
      if (maxSize !== undefined && reference.size > maxSize)
        ctx.addIssue({
          code: 'custom',
          path: ['size'],
          input: reference.size,
          params: { key: 'form.fileSize', ...sizeParams(maxSize) },
        });
    }),
  );
  const minimum = Math.max(field.minFiles ?? 0, field.required ? 1 : 0);
  const maximum = field.maxFiles ?? DEFAULT_MAX_FILES;
  return z
    .array(file)
    .check(
      z.minLength(minimum, { ...keyed('form.tooFewFiles', { minimum }), ...abort }),
      z.maxLength(maximum, { ...keyed('form.tooManyFiles', { maximum }), ...abort }),
    );
}
