/**
 * The pieces the generated checks are assembled from (`checks.generated.ts`). Each behaves as its zod
 * counterpart does, down to when a check is skipped, and raises issues shaped as zod raises them, so the SDK
 * words them with core's own error map and a check cannot say something the schema would not.
 */

import { type Rule, ruleIssues } from '@motcua/core';

/** Where a value sits in the checked document. */
export type Path = readonly (string | number)[];

/** A problem as zod would raise it (`code`, `path`, `input` and the code's own members). */
export interface RawIssue {
  readonly code: string;
  readonly path: Path;
  readonly input?: unknown;
  /** `true` when later checks of the same value still run (zod's `continue`). */
  continue?: boolean;
  readonly [member: string]: unknown;
}

/** A generated check: pushes what is wrong with `value` onto `issues` and returns the parsed value. */
export type Check = (value: unknown, path: Path, issues: RawIssue[]) => unknown;

/** The checks of one endpoint, by the part of the exchange they read. */
export interface EndpointChecks {
  readonly id: string;
  readonly params?: Check;
  readonly query?: Check;
  readonly body?: Check;
  readonly response?: Check;
}

/** One of a schema's own checks; `sized` ones (lengths) run on anything with a length unless told to stop. */
export interface Refinement {
  readonly sized?: boolean;
  run(value: unknown, path: Path, issues: RawIssue[]): unknown;
}

/** Catalogue params a check reports under (core's `keyed()`), turning its issue into a custom one. */
type Keyed = Record<string, unknown> | undefined;

const ok = (value: unknown) => value;

/** An issue, reported under its catalogue key when the schema or check is keyed. */
function raise(issues: RawIssue[], raised: RawIssue, keyed: Keyed): void {
  issues.push(keyed ? { ...raised, code: 'custom', params: keyed } : raised);
}

/** A check's issue: later checks still run unless the check was told to abort. */
function issue(issues: RawIssue[], raised: RawIssue, abort: boolean | undefined, keyed: Keyed): void {
  raise(issues, { ...raised, continue: !abort }, keyed);
}

function aborted(issues: RawIssue[], start: number, explicitOnly: boolean): boolean {
  for (let index = start; index < issues.length; index++) {
    const goOn = issues[index]?.continue;
    if (explicitOnly ? goOn === false : goOn !== true) return true;
  }
  return false;
}

/** Raises zod's `invalid_type` naming what was expected, and gives the value back unparsed. */
function mistyped(issues: RawIssue[], value: unknown, path: Path, expected: string): unknown {
  issues.push({ code: 'invalid_type', expected, input: value, path });
  return value;
}

/** A type test, raising zod's `invalid_type` naming what was expected. */
/* @__NO_SIDE_EFFECTS__ */
function typeCheck(expected: string, test: (value: unknown) => boolean): Check {
  return (value, path, issues) => {
    return test(value) ? value : mistyped(issues, value, path, expected);
  };
}

export const string: Check = typeCheck('string', (value) => typeof value === 'string');
export const number: Check = typeCheck(
  'number',
  (value) => typeof value === 'number' && Number.isFinite(value),
);
export const boolean: Check = typeCheck('boolean', (value) => typeof value === 'boolean');
export const nullValue: Check = typeCheck('null', (value) => value === null);
export const never: Check = typeCheck('never', () => false);
export const unknown: Check = ok;

/** `z.coerce.*`: the value converted first (a conversion that throws leaves it as it was). */
/* @__NO_SIDE_EFFECTS__ */
export function coerced(type: Check, convert: (value: unknown) => unknown): Check {
  return (value, path, issues) => {
    let converted = value;
    try {
      converted = convert(value);
    } catch {}
    return type(converted, path, issues);
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A type followed by its own checks, skipped as zod skips them once the value is beyond repair. */
/* @__NO_SIDE_EFFECTS__ */
export function checked(type: Check, ...refinements: Refinement[]): Check {
  return (value, path, issues) => {
    const start = issues.length;
    let parsed = type(value, path, issues);
    for (const refinement of refinements) {
      const skip = refinement.sized
        ? aborted(issues, start, true) ||
          parsed == null ||
          (parsed as { length?: unknown }).length === undefined
        : aborted(issues, start, false);
      if (!skip) parsed = refinement.run(parsed, path, issues);
    }
    return parsed;
  };
}

/** `z.enum` and `z.literal`. */
/* @__NO_SIDE_EFFECTS__ */
export function oneOf(values: readonly unknown[], keyed?: Keyed): Check {
  return (value, path, issues) => {
    if (!values.includes(value)) raise(issues, { code: 'invalid_value', values, input: value, path }, keyed);
    return value;
  };
}

/* @__NO_SIDE_EFFECTS__ */
export function optional(inner: Check): Check {
  return (value, path, issues) => (value === undefined ? value : inner(value, path, issues));
}

/* @__NO_SIDE_EFFECTS__ */
export function nullable(inner: Check): Check {
  return (value, path, issues) => (value === null ? value : inner(value, path, issues));
}

/** A check defined later in the module (recursive schemas). */
/* @__NO_SIDE_EFFECTS__ */
export function lazy(get: () => Check): Check {
  return (value, path, issues) => get()(value, path, issues);
}

/** An array; one longer than `cap` is refused before any item is read, as zod does. */
/* @__NO_SIDE_EFFECTS__ */
export function array(element: Check, cap = Number.POSITIVE_INFINITY): Check {
  return (value, path, issues) => {
    if (!Array.isArray(value)) return mistyped(issues, value, path, 'array');
    if (value.length > cap) {
      issues.push({
        code: 'too_big',
        origin: 'array',
        maximum: cap,
        inclusive: true,
        input: value,
        path,
        continue: false,
      });
      return value;
    }
    return value.map((item, index) => element(item, [...path, index], issues));
  };
}

/** How an object treats keys it does not declare: 0 drops them, 1 refuses them (strict), 2 keeps them (loose). */
export type Rest = 0 | 1 | 2;

/** `[key, check, optional]`. */
export type Property = readonly [string, Check, (0 | 1)?];

/** An object: declared keys checked in order, absent optional ones left absent, the rest as `rest` says. */
/* @__NO_SIDE_EFFECTS__ */
export function object(properties: readonly Property[], rest: Rest = 0): Check {
  const declared = new Set(properties.map(([key]) => key));
  return (value, path, issues) => {
    if (!isObject(value)) return mistyped(issues, value, path, 'object');
    const output: Record<string, unknown> = {};
    for (const [key, check, optional] of properties) {
      const present = key in value;
      if (!present && optional) continue;
      const found: RawIssue[] = [];
      const result = check(value[key], [...path, key], found);
      issues.push(...found);
      if (!present && !optional) {
        if (!found.length)
          issues.push({
            code: 'invalid_type',
            expected: 'nonoptional',
            input: undefined,
            path: [...path, key],
          });
        continue;
      }
      if (result !== undefined || present) output[key] = result;
    }
    if (rest === 0) return output;
    const others = Object.keys(value).filter((key) => !declared.has(key));
    if (rest === 1) {
      if (others.length)
        issues.push({ code: 'unrecognized_keys', keys: others, input: value, path, continue: true });
    } else {
      for (const key of others) if (key !== '__proto__') output[key] = value[key];
    }
    return output;
  };
}

/** A record keyed by strings: a key its check refuses is an `invalid_key`. */
/* @__NO_SIDE_EFFECTS__ */
export function record(keyCheck: Check, item: Check): Check {
  return (value, path, issues) => {
    if (!isObject(value)) return mistyped(issues, value, path, 'record');
    const output: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (key === '__proto__') continue;
      const found: RawIssue[] = [];
      const name = keyCheck(key, [], found) as string;
      if (found.length)
        issues.push({ code: 'invalid_key', origin: 'record', input: key, path: [...path, key] });
      else if (name !== '__proto__') output[name] = item(value[key], [...path, key], issues);
    }
    return output;
  };
}

/** The first option that passes; else the one option that did not abort; else `invalid_union`. */
/* @__NO_SIDE_EFFECTS__ */
export function union(options: readonly Check[], keyed?: Keyed): Check {
  return (value, path, issues) => {
    const tried: { found: RawIssue[]; value: unknown }[] = [];
    for (const option of options) {
      const found: RawIssue[] = [];
      const result = option(value, path, found);
      if (!found.length) return result;
      tried.push({ found, value: result });
    }
    const standing = tried.filter((attempt) => !aborted(attempt.found, 0, false));
    if (standing.length === 1 && standing[0]) {
      issues.push(...standing[0].found);
      return standing[0].value;
    }
    raise(issues, { code: 'invalid_union', input: value, path }, keyed);
    return value;
  };
}

/** `z.discriminatedUnion`: the option its discriminator names, `invalid_union` on the discriminator when none. */
/* @__NO_SIDE_EFFECTS__ */
export function variants(
  discriminator: string,
  options: readonly (readonly [unknown, Check])[],
  keyed?: Keyed,
): Check {
  const byValue = new Map(options);
  return (value, path, issues) => {
    if (!isObject(value)) return mistyped(issues, value, path, 'object');
    const option = byValue.get(value[discriminator]);
    if (option) return option(value, path, issues);
    raise(issues, { code: 'invalid_union', input: value, path: [...path, discriminator] }, keyed);
    return value;
  };
}

const lengthOrigin = (value: unknown) =>
  Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';

/** `z.minLength`, `z.maxLength` and (`exact`) `z.length`. */
/* @__NO_SIDE_EFFECTS__ */
export function length(
  minimum: number,
  maximum: number,
  exact: boolean,
  abort?: boolean,
  keyed?: Keyed,
): Refinement {
  return {
    sized: true,
    run(value, path, issues) {
      const size = (value as { length: number }).length;
      const extra = exact ? { exact } : {};
      const raised =
        size > maximum
          ? { code: 'too_big', maximum, ...extra }
          : size < minimum
            ? { code: 'too_small', minimum, ...extra }
            : undefined;
      if (raised)
        issue(
          issues,
          { ...raised, origin: lengthOrigin(value), inclusive: true, input: value, path },
          abort,
          keyed,
        );
      return value;
    },
  };
}

/** `z.gte`/`z.gt` (`low`) and `z.lte`/`z.lt`. */
/* @__NO_SIDE_EFFECTS__ */
export function bound(
  low: boolean,
  limit: number,
  inclusive: boolean,
  abort?: boolean,
  keyed?: Keyed,
): Refinement {
  return {
    run(value, path, issues) {
      const number = value as number;
      const fails = low
        ? inclusive
          ? number < limit
          : number <= limit
        : inclusive
          ? number > limit
          : number >= limit;
      if (fails)
        issue(
          issues,
          low
            ? { code: 'too_small', origin: 'number', minimum: limit, inclusive, input: value, path }
            : { code: 'too_big', origin: 'number', maximum: limit, inclusive, input: value, path },
          abort,
          keyed,
        );
      return value;
    },
  };
}

/** `z.int()`'s safe-integer format. */
/* @__NO_SIDE_EFFECTS__ */
export function safeInteger(abort?: boolean): Refinement {
  return {
    run(value, path, issues) {
      const number = value as number;
      if (!Number.isInteger(number))
        issues.push({
          code: 'invalid_type',
          expected: 'int',
          format: 'safeint',
          input: value,
          path,
          continue: false,
        });
      else if (!Number.isSafeInteger(number))
        issue(
          issues,
          number > 0
            ? {
                code: 'too_big',
                origin: 'int',
                maximum: Number.MAX_SAFE_INTEGER,
                inclusive: true,
                input: value,
                path,
              }
            : {
                code: 'too_small',
                origin: 'int',
                minimum: Number.MIN_SAFE_INTEGER,
                inclusive: true,
                input: value,
                path,
              },
          abort,
          undefined,
        );
      return value;
    },
  };
}

/** `z.regex` and the string formats zod checks with a pattern (`z.email()`). */
/* @__NO_SIDE_EFFECTS__ */
export function matches(pattern: RegExp, format: string, abort?: boolean, keyed?: Keyed): Refinement {
  return {
    run(value, path, issues) {
      if (!matchesWhole(pattern, value as string))
        issue(
          issues,
          { code: 'invalid_format', origin: 'string', format, pattern: String(pattern), input: value, path },
          abort,
          keyed,
        );
      return value;
    },
  };
}

/** What `z.url()` was given: which protocols and hosts it takes, and whether it returns the parsed `href`. */
export interface UrlOptions {
  protocol?: RegExp;
  hostname?: RegExp;
  normalize?: boolean;
}

/** `z.url()`: what the platform's `URL` parses, trimmed, tabs and line breaks dropped as the parser drops them. */
/* @__NO_SIDE_EFFECTS__ */
export function url(options?: UrlOptions, abort?: boolean): Refinement {
  return {
    run(value, path, issues) {
      const trimmed = (value as string).trim();
      const bad = (extra?: object) =>
        issue(
          issues,
          { code: 'invalid_format', format: 'url', input: value, path, ...extra },
          abort,
          undefined,
        );
      if (!options) {
        if (canParse(trimmed)) return trimmed.replace(/[\t\n\r]/g, '');
        bad();
        return value;
      }
      const { protocol, hostname, normalize } = options;
      // Without normalising, an http(s)-only URL must spell out `://` ("https:/path" is refused).
      if (!normalize && protocol?.source === '^https?$' && !/^https?:\/\//i.test(trimmed)) {
        bad();
        return value;
      }
      const parsed = parse(trimmed);
      if (!parsed) {
        bad();
        return value;
      }
      if (hostname && !matchesWhole(hostname, parsed.hostname)) bad({ pattern: hostname.source });
      if (protocol && !matchesWhole(protocol, parsed.protocol.replace(/:$/, '')))
        bad({ pattern: protocol.source });
      return normalize ? parsed.href : trimmed.replace(/[\t\n\r]/g, '');
    },
  };
}

function matchesWhole(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

function parse(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function canParse(text: string): boolean {
  return typeof URL.canParse === 'function' ? URL.canParse(text) : parse(text) !== null;
}

/** `z.base64()`: whole groups of four, padded, no whitespace (the empty string too). */
/* @__NO_SIDE_EFFECTS__ */
export function base64(abort?: boolean, keyed?: Keyed): Refinement {
  return {
    run(value, path, issues) {
      if (!isBase64(value as string))
        issue(issues, { code: 'invalid_format', format: 'base64', input: value, path }, abort, keyed);
      return value;
    },
  };
}

function isBase64(text: string): boolean {
  if (text === '') return true;
  if (/\s/.test(text) || text.length % 4 !== 0) return false;
  try {
    atob(text);
    return true;
  } catch {
    return false;
  }
}

/** `z.overwrite` and zod's `z.trim()`, `z.normalize()`…: the value replaced by the function's result. */
/* @__NO_SIDE_EFFECTS__ */
export function overwrite(transform: (value: never) => unknown): Refinement {
  return { run: (value) => transform(value as never) };
}

/** `z.refine` with a predicate core exports. */
/* @__NO_SIDE_EFFECTS__ */
export function refine(
  predicate: (value: never) => unknown,
  at: Path,
  params: Record<string, unknown> | undefined,
  abort?: boolean,
): Refinement {
  return {
    run(value, path, issues) {
      if (!predicate(value as never))
        issues.push({
          code: 'custom',
          input: value,
          path: [...path, ...at],
          continue: !abort,
          ...(params && { params }),
        });
      return value;
    },
  };
}

/** A domain rule of core (`ruleCheck`): each finding a custom issue under its catalogue key. */
/* @__NO_SIDE_EFFECTS__ */
export function rule<T>(apply: Rule<T>, abort?: boolean): Refinement {
  return {
    run(value, path, issues) {
      for (const found of ruleIssues(apply, value as T))
        issues.push({ code: 'custom', ...found, path: [...path, ...found.path], continue: !abort });
      return value;
    },
  };
}
