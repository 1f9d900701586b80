import type { FieldProblem, Problem } from '@motcua/contract';

/**
 * Brand read by the type guards. A symbol from the global registry survives having two copies of the SDK
 * loaded (an ESM and a CJS one, say) where `instanceof` would fail.
 */
const BRAND = Symbol.for('motcua.sdk.error');

export type MotcuaErrorKind = 'api' | 'network' | 'timeout' | 'validation';

/** Base class of every error the SDK throws. Branch on the guards, not on `instanceof`. */
export class MotcuaError extends Error {
  readonly [BRAND]: MotcuaErrorKind;
  override readonly name: string = 'MotcuaError';

  constructor(kind: MotcuaErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this[BRAND] = kind;
  }
}

/** The platform answered with a problem (RFC 9457): a 4xx or 5xx with a stable `code`. */
export class ApiError extends MotcuaError {
  override readonly name = 'ApiError';
  readonly status: number;
  /** Stable problem code, e.g. `'dossier.illegalTransition'`: branch on this. */
  readonly code: string;
  readonly problem: Problem;
  /** Field-level problems, each with its path, rule code and localised message. */
  readonly fieldErrors: readonly FieldProblem[];
  /** The platform's request id, to quote to its operators. */
  readonly requestId: string | undefined;

  constructor(problem: Problem, requestId?: string) {
    super('api', problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.problem = problem;
    this.status = problem.status;
    this.code = problem.code;
    this.fieldErrors = problem.errors ?? [];
    this.requestId = problem.requestId ?? requestId;
  }
}

/** The request never got an answer: connection refused, reset or dropped. */
export class NetworkError extends MotcuaError {
  override readonly name = 'NetworkError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('network', message, options);
  }
}

/** An attempt or the whole call (with its retries) took longer than allowed. */
export class TimeoutError extends MotcuaError {
  override readonly name = 'TimeoutError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('timeout', message, options);
  }
}

/** Arguments or a response did not match the contract. `issues` name each offending field. */
export class ValidationError extends MotcuaError {
  override readonly name = 'ValidationError';
  readonly issues: readonly FieldProblem[];
  /** `request` when the caller's arguments were wrong (nothing was sent), `response` when the server's answer was. */
  readonly source: 'request' | 'response';

  constructor(source: 'request' | 'response', issues: readonly FieldProblem[], message: string) {
    super('validation', message);
    this.source = source;
    this.issues = issues;
  }
}

const kindOf = (error: unknown): MotcuaErrorKind | undefined =>
  typeof error === 'object' && error !== null ? (error as { [BRAND]?: MotcuaErrorKind })[BRAND] : undefined;

/**
 * True for any error thrown by the SDK, from any copy of it.
 *
 * @example
 * try { await client.dossiers.submit(code) } catch (e) { if (isMotcuaError(e)) report(e.message) }
 */
export const isMotcuaError = (error: unknown): error is MotcuaError => kindOf(error) !== undefined;

/**
 * True when the platform answered with a problem.
 *
 * @example
 * catch (e) { if (isApiError(e) && e.code === 'dossier.illegalTransition') … }
 */
export const isApiError = (error: unknown): error is ApiError => kindOf(error) === 'api';

/** True when no answer arrived. @example if (isNetworkError(e)) showOfflineBanner() */
export const isNetworkError = (error: unknown): error is NetworkError => kindOf(error) === 'network';

/** True when a time limit was reached. @example if (isTimeoutError(e)) offerRetry() */
export const isTimeoutError = (error: unknown): error is TimeoutError => kindOf(error) === 'timeout';

/** True when arguments or a response broke the contract. @example if (isValidationError(e)) e.issues */
export const isValidationError = (error: unknown): error is ValidationError => kindOf(error) === 'validation';
