import type * as z from 'zod/mini';
import { formatFrom, type LocalizedCatalogue, type MessageParams } from './catalogue.js';
import { DEFAULT_LOCALE, type Locale } from './locale.js';
import { type MessageKey, type MessageOverrides, messages } from './messages.js';

type Issue = z.core.$ZodRawIssue;

/**
 * Our own checks carry their catalogue key in `params.key` (plus any placeholders), so the same schema can
 * speak either language: the locale is chosen when parsing, not when the schema is built.
 */
export interface IssueParams extends MessageParams {
  key: MessageKey;
}

/** The catalogue key and placeholders an issue maps to. */
export function issueMessage(issue: Issue): { key: MessageKey; params: MessageParams } {
  const custom = (issue as { params?: Partial<IssueParams> }).params;
  if (issue.code === 'custom' && custom?.key) return { key: custom.key, params: custom };
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? { key: 'validation.required', params: {} }
        : { key: 'validation.invalidType', params: { expected: issue.expected } };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1 && issue.input === ''
          ? { key: 'validation.required', params: {} }
          : { key: 'validation.string.tooShort', params: { minimum } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { key: 'validation.array.tooSmall', params: { minimum } };
      return { key: 'validation.number.tooSmall', params: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'validation.string.tooLong', params: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { key: 'validation.array.tooBig', params: { maximum } };
      return { key: 'validation.number.tooBig', params: { maximum } };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'validation.email', params: {} };
      if (issue.format === 'url') return { key: 'validation.url', params: {} };
      if (issue.format === 'date' || issue.format === 'datetime')
        return { key: 'validation.date', params: {} };
      return { key: 'validation.format', params: {} };
    case 'invalid_value':
      return { key: 'validation.option', params: {} };
    case 'unrecognized_keys':
      return { key: 'validation.unknownKeys', params: { keys: issue.keys.join(', ') } };
    case 'not_multiple_of':
      return { key: 'validation.number.notInteger', params: {} };
    default:
      return { key: 'validation.invalid', params: {} };
  }
}

function typeName(
  catalogue: LocalizedCatalogue,
  expected: string,
  locale: Locale,
  overrides?: MessageOverrides,
): string {
  const key = `validation.type.${expected}`;
  const name = formatFrom(catalogue, key, undefined, locale, overrides);
  return name === key ? expected : name;
}

/**
 * A zod error map speaking our catalogue. Pass it per parse (`z.safeParse(schema, v, { error })`) or
 * globally (`z.config({ customError })`).
 *
 * @example
 * import * as z from 'zod/mini';
 * z.safeParse(CitizenIdSchema, '123', { error: createErrorMap('en') });
 */
export function createErrorMap(locale: Locale = DEFAULT_LOCALE, overrides?: MessageOverrides) {
  return errorMap(messages, locale, overrides, false);
}

/**
 * A zod error map speaking only the catalogue given (merge several with spreads), so a bundle carries those
 * words rather than every message of the domain. A rule the catalogue has no words for reads as
 * `validation.invalid`; the issue's code still names the rule.
 *
 * @example
 * import * as z from 'zod/mini';
 * z.safeParse(CitizenIdSchema, '123', { error: createErrorMapFrom(validationMessages, 'en') }); // 'Invalid value'
 */
export function createErrorMapFrom(
  catalogue: LocalizedCatalogue,
  locale: Locale = DEFAULT_LOCALE,
  overrides?: MessageOverrides,
) {
  return errorMap(catalogue, locale, overrides, true);
}

function errorMap(
  catalogue: LocalizedCatalogue,
  locale: Locale,
  overrides: MessageOverrides | undefined,
  generalise: boolean,
) {
  return (issue: Issue): string => {
    const { key, params } = issueMessage(issue);
    // zod's type names ('string', 'array') mean nothing to a citizen: say them in the user's words.
    const expected =
      key === 'validation.invalidType'
        ? typeName(catalogue, String(params.expected), locale, overrides)
        : undefined;
    const wordless = generalise && (overrides?.[locale]?.[key] ?? catalogue[locale][key]) === undefined;
    return formatFrom(
      catalogue,
      wordless ? 'validation.invalid' : key,
      expected ? { ...params, expected } : params,
      locale,
      overrides,
    );
  };
}
