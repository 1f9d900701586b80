import { type FieldProblem, PROBLEMS, type Problem, type ProblemCode, problemType } from '@motcua/contract';
import type { Locale } from '@motcua/core';
import { type LocalizedText, localize } from './details.js';

const BRAND = Symbol.for('motcua.sandbox.problem');

/** Options of a {@link ProblemError}. */
export interface ProblemOptions {
  /** What went wrong this time: plain text, or both languages (chosen by the request's `Accept-Language`). */
  detail?: string | LocalizedText;
  /** Field-level problems, each with its path, catalogue code and localised message. */
  errors?: FieldProblem[];
  /** Extra response headers (`Retry-After`, `WWW-Authenticate`, `Allow`). */
  headers?: Record<string, string>;
  /** A status other than the code's own, for the few codes that cover several (`server.unavailable`: 502–504). */
  status?: number;
  cause?: unknown;
}

/**
 * Thrown by handlers (and the pipeline) to answer with an RFC 9457 problem from the contract's `PROBLEMS` table.
 * The request's transaction is rolled back. Recognised by a brand rather than `instanceof`, so a second copy of
 * the sandbox module (ESM next to CJS) still counts.
 *
 * @example
 * throw new ProblemError('dossier.illegalTransition', { detail: { vi: 'Hồ sơ đã được tiếp nhận', en: 'Already accepted' } });
 */
export class ProblemError extends Error {
  readonly [BRAND] = true;
  override readonly name = 'ProblemError';
  readonly code: ProblemCode;
  readonly status: number;
  readonly detail: string | LocalizedText | undefined;
  readonly errors: FieldProblem[] | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ProblemCode, options: ProblemOptions = {}) {
    super(
      options.detail === undefined ? code : `${code}: ${localize(options.detail, 'en')}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.status = options.status ?? PROBLEMS[code].status;
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}

/**
 * True for a {@link ProblemError} from any copy of the sandbox.
 *
 * @example
 * catch (error) { if (isProblemError(error)) return problemResponse(error, locale, requestId) }
 */
export function isProblemError(error: unknown): error is ProblemError {
  return typeof error === 'object' && error !== null && (error as { [BRAND]?: boolean })[BRAND] === true;
}

/**
 * The problem document for a code, localised.
 *
 * @example
 * problemBody('auth.required', 'en', { requestId }) // { type: 'https://motcua.dev/problems/auth.required', title: 'Authentication required', … }
 */
export function problemBody(
  code: ProblemCode,
  locale: Locale,
  options: {
    detail?: string | LocalizedText;
    errors?: FieldProblem[];
    requestId?: string;
    status?: number;
  } = {},
): Problem {
  const entry = PROBLEMS[code];
  return {
    type: problemType(code),
    title: entry[locale],
    status: options.status ?? entry.status,
    code,
    ...(options.detail === undefined ? {} : { detail: localize(options.detail, locale) }),
    ...(options.errors?.length ? { errors: options.errors } : {}),
    ...(options.requestId === undefined ? {} : { requestId: options.requestId }),
  };
}

/** The `Content-Type` of every error response. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/**
 * An `application/problem+json` response for a problem error.
 *
 * @example
 * return problemResponse(new ProblemError('resource.notFound'), 'vi', requestId);
 */
export function problemResponse(error: ProblemError, locale: Locale, requestId: string): Response {
  const body = problemBody(error.code, locale, {
    detail: error.detail,
    errors: error.errors,
    requestId,
    status: error.status,
  });
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { ...error.headers, 'Content-Type': PROBLEM_CONTENT_TYPE, 'Content-Language': locale },
  });
}
