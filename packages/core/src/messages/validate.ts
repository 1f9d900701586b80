import * as z from 'zod/mini';
import type { LocalizedCatalogue } from './catalogue.js';
import { DEFAULT_LOCALE, type Locale } from './locale.js';
import type { MessageKey, MessageOverrides } from './messages.js';
import { createErrorMap, createErrorMapFrom, issueMessage } from './zod-errors.js';

/** One problem with one field, ready to show beside it and in an error summary. */
export interface FieldIssue {
  /** Where the problem is, e.g. `['applicant', 'citizenId']`. */
  path: (string | number)[];
  /** Stable catalogue key, e.g. `'citizenId.length'`: branch on this, never on `message`. */
  code: MessageKey;
  /** The message in the requested locale. */
  message: string;
}

/** The outcome of {@link validate}. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

export interface ValidateOptions {
  locale?: Locale;
  overrides?: MessageOverrides;
}

/**
 * Validates input against any core schema and returns localised, path-addressed issues instead of throwing.
 *
 * @example
 * const result = validate(CitizenIdSchema, '0010871234', { locale: 'vi' });
 * if (!result.ok) console.log(result.issues[0].message); // 'Số CCCD phải gồm 12 chữ số'
 */
export function validate<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<z.infer<S>> {
  return check(schema, input, createErrorMap(options.locale ?? DEFAULT_LOCALE, options.overrides));
}

/**
 * {@link validate} speaking only the catalogue given, so a bundle carries those words rather than every message
 * of the domain. A rule the catalogue has no words for reads as `validation.invalid`; its `code` still names it.
 *
 * @example
 * const result = validateFrom(validationMessages, ApplicantInputSchema, input, { locale: 'en' });
 * if (!result.ok) console.log(result.issues[0]); // { path: ['citizenId'], code: 'citizenId.length', message: 'Invalid value' }
 */
export function validateFrom<S extends z.core.$ZodType>(
  catalogue: LocalizedCatalogue,
  schema: S,
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<z.infer<S>> {
  return check(
    schema,
    input,
    createErrorMapFrom(catalogue, options.locale ?? DEFAULT_LOCALE, options.overrides),
  );
}

/** An issue as zod raises it: from a zod schema, or from a check `@motcua/contract` generated from one. */
export interface RaisedIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly input?: unknown;
}

/**
 * Words issues raised the zod way in the catalogue given, as {@link validateFrom} words its own: the same
 * codes and messages whether a zod schema or a generated check found them.
 *
 * @example
 * const issues: RawIssue[] = [];
 * dossiersCreate.body?.(draft, [], issues); // from @motcua/contract/checks
 * describeIssuesFrom(validationMessages, issues, { locale: 'en' }); // [{ path: ['applicant'], code: 'validation.required', message: 'Enter this information' }]
 */
export function describeIssuesFrom(
  catalogue: LocalizedCatalogue,
  issues: readonly RaisedIssue[],
  options: ValidateOptions = {},
): FieldIssue[] {
  const error = createErrorMapFrom(catalogue, options.locale ?? DEFAULT_LOCALE, options.overrides);
  return issues.map((issue) => fieldIssue(issue, error(issue as never)));
}

function fieldIssue(issue: RaisedIssue, message: string): FieldIssue {
  return {
    path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
    code: issueMessage(issue as never).key,
    message,
  };
}

function check<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  error: (issue: z.core.$ZodRawIssue) => string,
): ValidationResult<z.infer<S>> {
  // reportInput lets issueMessage tell a missing value from a wrong one; input never leaves this function.
  const result = z.safeParse(schema, input, { error, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => fieldIssue(issue, issue.message)),
  };
}
