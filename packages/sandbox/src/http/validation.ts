import type { FieldProblem, Schema } from '@motcua/contract';
import { type Locale, validate } from '@motcua/core';
import { ProblemError } from './problem.js';

/**
 * Where a field problem points. Body problems keep the body's own paths (`['applicant', 'citizenId']`), so a form
 * can put each message beside its field; path parameters, the query string and headers are prefixed with
 * `$params`, `$query` and `$headers` so they can never be mistaken for a body field of the same name.
 */
export type RequestPart = 'params' | 'query' | 'body';

const PREFIX: Record<RequestPart, string[]> = { params: ['$params'], query: ['$query'], body: [] };

/** The raw inputs of a request, before validation. */
export interface RawRequestParts {
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  /** `undefined` when no body was sent. */
  body: unknown;
}

/** The inputs after validation, as the handler receives them. */
export interface ValidatedRequestParts {
  params: unknown;
  query: unknown;
  body: unknown;
}

/**
 * The raw values of the protocol headers an endpoint declares (`spec.headers`, e.g. tus `Upload-Length`), by
 * their declared names; `undefined` for an endpoint that declares none.
 *
 * @example
 * declaredHeaders(files.create, request.headers) // { 'Tus-Resumable': '1.0.0', 'Upload-Length': '100', … }
 */
export function declaredHeaders(
  spec: { headers?: Schema },
  headers: Headers,
): Record<string, string> | undefined {
  if (!spec.headers) return undefined;
  const { shape } = spec.headers as unknown as { shape: Record<string, unknown> };
  const raw: Record<string, string> = {};
  for (const name of Object.keys(shape)) {
    const value = headers.get(name);
    if (value !== null) raw[name] = value;
  }
  return raw;
}

/**
 * Validates path parameters, query and body against an endpoint's schemas with core's `validate()`, in the
 * request's language, and throws one 422 `request.invalid` listing every problem of every part. Parts without a
 * schema pass through unchanged.
 *
 * @example
 * const { params, query, body } = validateRequest(spec, raw, 'en');
 */
export function validateRequest(
  spec: { params?: Schema; query?: Schema; body?: Schema },
  raw: RawRequestParts,
  locale: Locale,
): ValidatedRequestParts {
  const errors: FieldProblem[] = [];
  const check = (part: RequestPart, schema: Schema | undefined, input: unknown): unknown => {
    if (!schema) return input;
    const result = validate(schema, input, { locale });
    if (result.ok) return result.value;
    for (const issue of result.issues) errors.push({ ...issue, path: [...PREFIX[part], ...issue.path] });
    return undefined;
  };
  const validated = {
    params: check('params', spec.params, raw.params),
    query: check('query', spec.query, raw.query),
    body: check('body', spec.body, raw.body),
  };
  if (errors.length > 0) throw new ProblemError('request.invalid', { errors });
  return validated;
}
