import type {
  AddressAnswer,
  Condition,
  FieldSpec,
  FormSpec,
  InputFieldSpec,
  LocalizedText,
  SectionFieldSpec,
} from '@motcua/core';

/**
 * How the form addresses answers internally. A key is the field names from the root, joined by `.`, with each
 * item of a repeatable group named by a stable item id (`~3`) rather than its index: removing witness 1 must not
 * remount (and lose the focus and typing of) witness 2. `~` cannot occur in a field name, so keys never collide.
 */
export type FieldKey = string;

export const ITEM_PREFIX = '~';

export function childKey(parent: FieldKey, name: string): FieldKey {
  return parent === '' ? name : `${parent}.${name}`;
}

/** A DOM id for a key: field names are `[A-Za-z0-9_]`, so only the separators need replacing. */
export function domId(formId: string, key: FieldKey, part?: string): string {
  const base = `${formId}-${key.replace(/[.~]/g, '-')}`;
  return part ? `${base}-${part}` : base;
}

/** Picks a localised text: English when asked for and written, Vietnamese otherwise. */
export function localize(text: LocalizedText | undefined, locale: string): string {
  if (!text) return '';
  return locale === 'en' && text.en ? text.en : text.vi;
}

/** One page of a one-thing-per-page form: a top-level section, or a run of top-level fields outside sections. */
export interface FormPage {
  /** The section's name, or `#n` for a run of loose fields. */
  id: string;
  section: SectionFieldSpec | undefined;
  fields: readonly FieldSpec[];
}

/**
 * Splits a spec into pages: each top-level section is a page (the spec's own contract), and each run of
 * top-level fields between sections is a page of its own, so nothing is left off.
 */
export function pagesOf(spec: FormSpec): FormPage[] {
  const pages: FormPage[] = [];
  let loose: FieldSpec[] = [];
  const flush = () => {
    if (loose.length > 0) pages.push({ id: `#${pages.length}`, section: undefined, fields: loose });
    loose = [];
  };
  for (const field of spec.fields) {
    if (field.type === 'section') {
      flush();
      pages.push({ id: field.name, section: field, fields: field.fields });
    } else loose.push(field);
  }
  flush();
  return pages;
}

function conditionNames(condition: Condition, into: Set<string>): void {
  if ('all' in condition) for (const inner of condition.all) conditionNames(inner, into);
  else if ('any' in condition) for (const inner of condition.any) conditionNames(inner, into);
  else if ('not' in condition) conditionNames(condition.not, into);
  else into.add(condition.field.split('.')[0] as string);
}

/**
 * The names any `visibleWhen` reads. Typing into a field whose name is not among them cannot change what shows,
 * so the form skips recomputing visibility for it: that is what keeps a keystroke O(1) on a 300-field form.
 */
export function conditionDependencies(fields: readonly FieldSpec[], into = new Set<string>()): Set<string> {
  for (const field of fields) {
    if (field.visibleWhen) conditionNames(field.visibleWhen, into);
    if (field.type === 'group' || field.type === 'section') conditionDependencies(field.fields, into);
  }
  return into;
}

/** Every input field at one answering level (sections opened up, groups not), in spec order. */
export function inputsAt(fields: readonly FieldSpec[]): InputFieldSpec[] {
  const out: InputFieldSpec[] = [];
  for (const field of fields) {
    if (field.type === 'section') out.push(...inputsAt(field.fields));
    else out.push(field);
  }
  return out;
}

/** Day, month and year as typed: kept apart so `31/02` stays on screen for the citizen to correct. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** An address as picked and typed. */
export interface AddressValue {
  provinceCode: string;
  communeCode: string;
  street: string;
}

const isBlank = (value: string | undefined) => value === undefined || value.trim() === '';

/** Reads what a date field holds (parts, or a `YYYY-MM-DD` string from a default or prefill) as parts. */
export function toDateParts(value: unknown): DateParts {
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    if (match) return { year: match[1] as string, month: match[2] as string, day: match[3] as string };
    return { day: '', month: '', year: '' };
  }
  if (value && typeof value === 'object') {
    const parts = value as Partial<DateParts>;
    return { day: parts.day ?? '', month: parts.month ?? '', year: parts.year ?? '' };
  }
  return { day: '', month: '', year: '' };
}

/** What a date's parts lack, checked before the shared rules so the message can say which part is wrong. */
export function dateProblem(parts: DateParts): 'incomplete' | 'year' | 'format' | undefined {
  const { day, month, year } = parts;
  const blanks = [day, month, year].filter(isBlank).length;
  if (blanks === 3) return undefined;
  if (blanks > 0) return 'incomplete';
  if (![day, month, year].every((part) => /^\d+$/.test(part.trim()))) return 'format';
  if (year.trim().length !== 4) return 'year';
  return undefined;
}

/** `{ day: '5', month: '7', year: '2025' }` → `'2025-07-05'`; blank → `undefined`; anything else as typed. */
export function dateAnswer(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  const parts = toDateParts(value);
  if ([parts.day, parts.month, parts.year].every(isBlank)) return undefined;
  const digits = (part: string, width: number) => part.trim().padStart(width, '0');
  return `${digits(parts.year, 4)}-${digits(parts.month, 2)}-${digits(parts.day, 2)}`;
}

/** A number as people type it: `1,5` or `1.5`; blank is no answer; anything unreadable goes as typed. */
export function numberAnswer(value: unknown): number | string | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim().replace(/\s/g, '');
  const normalized = /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : value;
}

/** An amount in đồng as people type it: `1.500.000`, `1 500 000` or `1500000`. */
export function moneyAnswer(value: unknown): number | string | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d{1,3}([.,\s]\d{3})+$/.test(text) || /^\d+$/.test(text)) return Number(text.replace(/\D/g, ''));
  return value;
}

export function addressValue(value: unknown): AddressValue {
  const parts = (value && typeof value === 'object' ? value : {}) as Partial<AddressAnswer>;
  return {
    provinceCode: parts.provinceCode ?? '',
    communeCode: parts.communeCode ?? '',
    street: parts.street ?? '',
  };
}

/** The value a field starts with: its spec's default, shaped as the widget holds it. */
export function initialValue(field: InputFieldSpec): unknown {
  switch (field.type) {
    case 'date':
      return toDateParts(field.defaultValue);
    case 'number':
    case 'money':
      return field.defaultValue === undefined ? '' : String(field.defaultValue);
    case 'checkbox':
      return field.defaultValue ?? false;
    case 'checkboxes':
      return field.defaultValue ?? [];
    case 'address':
      return addressValue(undefined);
    case 'attachment':
      return [];
    case 'group':
      return undefined;
    default:
      return ('defaultValue' in field ? field.defaultValue : undefined) ?? '';
  }
}
