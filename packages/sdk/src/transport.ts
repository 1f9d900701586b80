import type { EndpointById, FieldProblem, Problem, ResponseOf, RouteInfo } from '@motcua/contract';
import { buildPath, type RouteId, routes } from '@motcua/contract/routes';
import ky, {
  type BeforeRetryHook,
  isHTTPError,
  isNetworkError,
  isTimeoutError,
  type KyInstance,
  type Options,
  type ResponsePromise,
} from 'ky';
import { type CredentialHeaders, type Credentials, credentialsOf } from './credentials.js';
import { ApiError, NetworkError, TimeoutError, ValidationError } from './errors.js';
import { newIdempotencyKey } from './idempotency.js';
import type { NormalizedOptions } from './options.js';
import { redactText } from './redact.js';

/** What the transport needs to know of an endpoint: its route, without its schemas. */
export type Route = RouteInfo & { id: string };

export interface CallInput {
  params?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  /** Reuse a key to make a repeated logical operation idempotent across calls; one is generated otherwise. */
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

/**
 * The SDK's own words for a timeout and for no connection, where the platform could say nothing (its problems
 * and the validation issues come in the client's locale already).
 */
const WORDS = { vi: ['Hết thời gian chờ', 'Mất kết nối'], en: ['Timed out', 'No connection'] };

/** The statuses worth another attempt (409 only as `idempotency.inProgress`, see `shouldRetry`). */
const RETRY_STATUSES = [408, 409, 429, 500, 502, 503, 504];
const SAFE_METHODS = ['get', 'put', 'delete', 'head'];
// POST/PATCH are only safe to repeat when the platform can recognise the repeat by its key.
const KEYED_METHODS = [...SAFE_METHODS, 'post', 'patch'];

/** A 409 is retried only as a duplicate of a call still running, to be asked again after Retry-After. */
const shouldRetry = ({ error }: { error: Error }) =>
  isHTTPError(error) &&
  error.response.status === 409 &&
  (error.data as Problem | undefined)?.code !== 'idempotency.inProgress'
    ? false
    : undefined;

/** Per-call options every SDK method accepts. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Reuse a key to make a repeated logical operation idempotent across calls; one is generated otherwise. */
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

/**
 * The request path shared by every resource: validation, auth, retries, timeouts, errors.
 *
 * Everything that is the same for every call (base URL, timeouts, retry policy, default headers, fixed credentials,
 * hooks) is given to ky once, when the client is created; a call passes only what is its own: ky merges every option
 * a call passes with the client's.
 */
export class Transport {
  /** Retries only methods safe to repeat. */
  readonly #http: KyInstance;
  /** Also retries POST and PATCH: for calls that carry an `Idempotency-Key`. */
  readonly #keyed: KyInstance;
  readonly #options: NormalizedOptions;
  readonly #credentials: Credentials;

  constructor(options: NormalizedOptions) {
    this.#options = options;
    const credentials = credentialsOf(options);
    this.#credentials = credentials;
    const { retry, logger } = options;
    const beforeRetry: BeforeRetryHook[] = [];
    // Every attempt asks the token function afresh: a retry may come after the token was refreshed.
    if (!credentials.fixed)
      beforeRetry.push(async ({ request }) => setHeaders(request.headers, await credentials.next()));
    if (logger)
      beforeRetry.push(({ request, retryCount, error }) =>
        logger.warn?.('retrying', {
          url: redactText(request.url),
          retry: retryCount,
          reason: redactText(String((error as Error)?.message ?? error)),
        }),
      );
    const instance = (methods: string[]) =>
      ky.create({
        baseUrl: `${options.baseUrl}/`,
        fetch: options.fetch,
        timeout: options.timeout,
        totalTimeout: options.totalTimeout,
        // JSON unless a call asks otherwise (the event stream); ky's body readers would ask for `text/*`.
        headers: {
          Accept: 'application/json',
          ...options.headers,
          'Accept-Language': options.locale,
          ...credentials.fixed,
        },
        hooks: { beforeRetry },
        retry: {
          limit: retry.limit,
          methods,
          statusCodes: RETRY_STATUSES,
          afterStatusCodes: [409, 429, 503],
          shouldRetry,
          maxRetryAfter: retry.maxRetryAfter,
          backoffLimit: retry.backoffLimit,
          jitter: true,
          retryOnTimeout: true,
        },
      });
    this.#http = instance(SAFE_METHODS);
    this.#keyed = instance(KEYED_METHODS);
  }

  /** The credential headers of the next request (the token function is asked afresh each time). */
  credentials(): CredentialHeaders | Promise<CredentialHeaders> {
    return this.#credentials.next();
  }

  /** A `TimeoutError` in the client's words, naming what took too long. */
  timedOut(what: string, cause?: unknown): TimeoutError {
    return new TimeoutError(`${WORDS[this.#options.locale][0]}: ${what}`, { cause });
  }

  /** The normalised client options, for helpers that speak another protocol (tus uploads). */
  get options(): NormalizedOptions {
    return this.#options;
  }

  #check(route: Route, part: 'params' | 'query' | 'body', value: unknown): void {
    const validation = this.#options.validation;
    if (!validation || value === undefined) return;
    const result = validation.request(route.id, part, value, this.#options.locale);
    if (!result.ok) throw invalid('request', part, result.issues);
  }

  /** Sends one logical call (with its retries) and returns the raw `Response`. */
  send(route: Route, input: CallInput = {}): Promise<Response> {
    return this.#call(route, input, () => this.#request(route, input));
  }

  /**
   * Sends a call and parses its JSON answer (`undefined` for an empty one), validating it when asked. ky reads the
   * body, within the per-attempt timeout: a server that stalls after its headers does not hang the call.
   */
  async json<T>(route: Route, input: CallInput = {}): Promise<T> {
    const text = await this.#call(route, input, () => this.#request(route, input).text());
    let value: unknown = text;
    try {
      value = text ? JSON.parse(text) : undefined;
    } catch (error) {
      // Not JSON: with validation, the check says so in the client's words; without, the parser's error stands.
      if (!this.#options.validation) throw error;
    }
    return this.parse<T>(route.id, value);
  }

  /** Runs a call, turning what ky throws into the SDK's errors. */
  async #call<R>(route: Route, input: CallInput, run: () => Promise<R>): Promise<R> {
    try {
      return await run();
    } catch (error) {
      throw this.#translate(error, route, input.signal);
    }
  }

  /** Starts the ky call: arguments checked, body, credentials and idempotency key in place. */
  #request(route: Route, input: CallInput): ResponsePromise {
    this.#check(route, 'params', input.params);
    this.#check(route, 'query', input.query);
    this.#check(route, 'body', input.body);
    const idempotencyKey = route.idempotent ? (input.idempotencyKey ?? newIdempotencyKey()) : undefined;
    const init: Options = { method: route.method };
    if (input.query) init.searchParams = input.query;
    if (route.requestKind === 'form') init.body = new URLSearchParams(input.body as Record<string, string>);
    else if (!route.requestKind) init.json = input.body;
    if (input.signal) init.signal = input.signal;
    let credentials = this.#credentials.fixed ? undefined : this.#credentials.next();
    if (credentials instanceof Promise) {
      // An async token is awaited by ky, within the call's total timeout, and set over the call's other headers.
      const pending = credentials;
      init.hooks = { beforeRequest: [async ({ request }) => setHeaders(request.headers, await pending)] };
      credentials = undefined;
    }
    // The call's idempotency key and extra headers, then credentials, which always win: fixed ones are among the
    // client's defaults, so they are repeated only over extra headers.
    if (idempotencyKey || input.headers)
      init.headers = {
        ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
        ...input.headers,
        ...(credentials ?? this.#credentials.fixed),
      };
    else if (credentials) init.headers = credentials;
    return (idempotencyKey ? this.#keyed : this.#http)(buildPath(route.path, input.params).slice(1), init);
  }

  /** Calls an endpoint by id and returns the raw `Response`, for bodies that are not JSON (files, PEM). */
  raw(id: RouteId, input?: CallInput): Promise<Response> {
    return this.send({ id, ...routes[id] }, input);
  }

  /** Calls an endpoint by id: the typed entry point every resource method goes through. */
  invoke<Id extends RouteId>(id: Id, input?: CallInput): Promise<ResponseOf<EndpointById<Id>>> {
    return this.json({ id, ...routes[id] }, input);
  }

  /** Checks an answer of an endpoint against its response schema, when validation is on. */
  parse<T>(id: string, value: unknown): T {
    const validation = this.#options.validation;
    if (!validation) return value as T;
    const result = validation.response(id, value, this.#options.locale);
    if (!result.ok) throw invalid('response', 'response', result.issues);
    return result.value as T;
  }

  #translate(error: unknown, route: Route, signal: AbortSignal | undefined): unknown {
    if (signal?.aborted) return signal.reason ?? error;
    if (isHTTPError(error)) {
      const requestId = error.response.headers.get('X-Request-Id') ?? undefined;
      return new ApiError(asProblem(error.data, error.response.status), requestId);
    }
    // Named by the endpoint's path template, which holds no personal data (the address may).
    const which = `${route.method} ${route.path}`;
    if (isTimeoutError(error)) return this.timedOut(which, error);
    // fetch rejects a lost connection with a TypeError, also while the body is read (after ky has let go).
    if (isNetworkError(error) || error instanceof TypeError)
      return new NetworkError(`${WORDS[this.#options.locale][1]}: ${which}`, { cause: error });
    return error;
  }
}

/** A `ValidationError` whose message names the first offending field, in the issues' (the client's) words. */
function invalid(source: 'request' | 'response', part: string, issues: FieldProblem[]): ValidationError {
  // A failed check always has an issue.
  const { path, message } = issues[0] as FieldProblem;
  return new ValidationError(source, issues, `${[part, ...path].join('.')}: ${message}`);
}

/** Anything else the server sends on an error (an HTML proxy page, say) still becomes a well-formed problem. */
function asProblem(data: unknown, status: number): Problem {
  if (typeof data === 'object' && data !== null && typeof (data as Problem).code === 'string')
    return data as Problem;
  return {
    type: 'about:blank',
    title: `HTTP ${status}`,
    status,
    code: status >= 500 ? 'server.error' : 'http.error',
    detail: typeof data === 'string' ? redactText(data.slice(0, 200)) : undefined,
  };
}

function setHeaders(target: Headers, headers: CredentialHeaders): void {
  for (const name in headers) target.set(name, headers[name] as string);
}
