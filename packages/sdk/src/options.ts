import type { Locale } from '@motcua/core';
import type { Validation } from './validation-types.js';

/** A bearer token, or a function returning a fresh one (called before every attempt, so refresh works). */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

/** Where the SDK writes what it does. Messages and fields are already redacted. */
export interface Logger {
  debug?(message: string, fields?: Record<string, unknown>): void;
  warn?(message: string, fields?: Record<string, unknown>): void;
  error?(message: string, fields?: Record<string, unknown>): void;
}

export interface RetryPolicy {
  /** Retries after the first attempt (default 2). */
  limit?: number;
  /** Ceiling of one backoff delay in ms (default 10 000). Delays grow exponentially with full jitter. */
  backoffLimit?: number;
  /** Longest `Retry-After` honoured, in ms (default 60 000). */
  maxRetryAfter?: number;
}

export interface ClientOptions {
  /** The platform's base URL, e.g. `http://localhost:8080` for the sandbox. */
  baseUrl: string;
  /** Citizen or officer bearer token. */
  token?: TokenSource;
  /** Agency API key for back-office systems (`X-Api-Key`). */
  apiKey?: string;
  /** A `fetch` implementation (default: the global one). */
  fetch?: typeof fetch;
  /** Per-attempt timeout in ms (default 10 000). */
  timeout?: number;
  /** Timeout of a whole call including its retries, in ms (default 60 000). */
  totalTimeout?: number;
  /** Retry policy, or `0`/`false` to never retry. */
  retry?: RetryPolicy | number | false;
  /**
   * Validation of arguments (before anything is sent) and of responses, from `@motcua/sdk/validation`.
   * Kept out of the default import so pages that trust the platform do not ship the schemas.
   */
  validation?: Validation;
  /** Language of error messages and of the platform's problem details (default `vi`). */
  locale?: Locale;
  logger?: Logger;
  /** Extra headers on every request (e.g. a tracing header). */
  headers?: Record<string, string>;
}

export interface NormalizedOptions {
  baseUrl: string;
  token: TokenSource | undefined;
  apiKey: string | undefined;
  /** `undefined`: ky calls the global `fetch` of the moment (so a test can swap it). */
  fetch: typeof fetch | undefined;
  timeout: number;
  totalTimeout: number;
  retry: Required<RetryPolicy>;
  validation: Validation | undefined;
  locale: Locale;
  logger: Logger | undefined;
  headers: Record<string, string>;
}

/** Options are normalised once, at the edge, so the request path never re-checks them. */
export function normalizeOptions(options: ClientOptions): NormalizedOptions {
  if (!options?.baseUrl) throw new TypeError('createClient: `baseUrl` is required');
  const retry = options.retry;
  const limit = retry === false ? 0 : typeof retry === 'number' ? retry : (retry?.limit ?? 2);
  const policy = typeof retry === 'object' ? retry : {};
  return {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    token: options.token,
    apiKey: options.apiKey,
    fetch: options.fetch,
    timeout: options.timeout ?? 10_000,
    totalTimeout: options.totalTimeout ?? 60_000,
    retry: {
      limit,
      backoffLimit: policy.backoffLimit ?? 10_000,
      maxRetryAfter: policy.maxRetryAfter ?? 60_000,
    },
    validation: options.validation,
    locale: options.locale ?? 'vi',
    logger: options.logger,
    headers: options.headers ?? {},
  };
}
