import type { EndpointById, EndpointId, Problem, ResponseOf, RouteInfo } from '@motcua/contract';
import { buildPath, routes } from '@motcua/contract/routes';
import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
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

// 409 only as `idempotency.inProgress`: a duplicate of a call still running, to be asked again after Retry-After.
const RETRY_STATUSES = [408, 409, 429, 500, 502, 503, 504];

/** Per-call options every SDK method accepts. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Reuse a key to make a repeated logical operation idempotent across calls; one is generated otherwise. */
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

/** The request path shared by every resource: validation, auth, retries, timeouts, errors. */
export class Transport {
  readonly #http: KyInstance;
  readonly #options: NormalizedOptions;

  constructor(options: NormalizedOptions) {
    this.#options = options;
    this.#http = ky.create({
      baseUrl: `${options.baseUrl}/`,
      fetch: options.fetch,
      timeout: options.timeout,
      totalTimeout: options.totalTimeout,
      throwHttpErrors: true,
      hooks: {
        beforeRequest: [({ request }) => this.#authorize(request)],
        beforeRetry: [
          ({ request, retryCount, error }) =>
            options.logger?.warn?.('retrying', {
              url: redactText(request.url),
              retry: retryCount,
              reason: redactText(String((error as Error)?.message ?? error)),
            }),
        ],
      },
    });
  }

  async #authorize(request: Request): Promise<void> {
    for (const [name, value] of Object.entries(await this.credentials())) request.headers.set(name, value);
  }

  /** The credential headers of the next request (the token function is asked afresh each time). */
  async credentials(): Promise<Record<string, string>> {
    const { token, apiKey } = this.#options;
    const bearer = typeof token === 'function' ? await token() : token;
    return {
      ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
      ...(apiKey ? { 'X-Api-Key': apiKey } : {}),
    };
  }

  /** The normalised client options, for helpers that speak another protocol (tus uploads). */
  get options(): NormalizedOptions {
    return this.#options;
  }

  #check(route: Route, part: 'params' | 'query' | 'body', value: unknown): void {
    const validation = this.#options.validation;
    if (!validation || value === undefined) return;
    const result = validation.request(route.id, part, value, this.#options.locale);
    if (!result.ok) {
      const first = result.issues[0];
      const where = first?.path.length ? `${part}.${first.path.join('.')}` : part;
      throw new ValidationError('request', result.issues, `${where}: ${first?.message ?? 'invalid'}`);
    }
  }

  /** Sends one logical call (with its retries) and returns the raw `Response`. */
  async send(route: Route, input: CallInput = {}): Promise<Response> {
    this.#check(route, 'params', input.params);
    this.#check(route, 'query', input.query);
    this.#check(route, 'body', input.body);
    const { retry, locale, headers } = this.#options;
    const idempotencyKey = route.idempotent ? (input.idempotencyKey ?? newIdempotencyKey()) : undefined;
    const method = route.method.toLowerCase();
    // POST/PATCH are only safe to repeat when the platform can recognise the repeat by its key.
    const methods = idempotencyKey ? ['get', 'put', 'delete', method] : ['get', 'put', 'delete', 'head'];
    try {
      return await this.#http(buildPath(route.path, input.params).slice(1), {
        method,
        searchParams: input.query,
        json: route.requestKind === 'json' ? input.body : undefined,
        body:
          route.requestKind === 'form'
            ? new URLSearchParams(input.body as Record<string, string>)
            : undefined,
        signal: input.signal,
        headers: {
          ...headers,
          'Accept-Language': locale,
          ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
          ...input.headers,
        },
        retry: {
          limit: retry.limit,
          methods,
          statusCodes: RETRY_STATUSES,
          afterStatusCodes: [409, 429, 503],
          shouldRetry: ({ error }) =>
            isHTTPError(error) &&
            error.response.status === 409 &&
            (error.data as Problem | undefined)?.code !== 'idempotency.inProgress'
              ? false
              : undefined,
          maxRetryAfter: retry.maxRetryAfter,
          backoffLimit: retry.backoffLimit,
          jitter: true,
          retryOnTimeout: true,
        },
      });
    } catch (error) {
      throw await this.#translate(error, input.signal);
    }
  }

  /** Calls an endpoint by id and returns the raw `Response`, for bodies that are not JSON (files, PEM). */
  raw(id: EndpointId, input?: CallInput): Promise<Response> {
    return this.send({ id, ...routes[id] }, input);
  }

  /** Calls an endpoint by id: the typed entry point every resource method goes through. */
  invoke<Id extends EndpointId>(id: Id, input?: CallInput): Promise<ResponseOf<EndpointById<Id>>> {
    return this.json({ id, ...routes[id] }, input);
  }

  /** Sends a call and parses its JSON answer (or `undefined` for an empty one), validating it when asked. */
  async json<T>(route: Route, input?: CallInput): Promise<T> {
    const response = await this.send(route, input);
    const text = response.status === 204 ? '' : await response.text();
    return this.parse<T>(route.id, text ? JSON.parse(text) : undefined);
  }

  /** Checks an answer of an endpoint against its response schema, when validation is on. */
  parse<T>(id: string, value: unknown): T {
    const validation = this.#options.validation;
    if (!validation) return value as T;
    const result = validation.response(id, value, this.#options.locale);
    if (!result.ok) throw new ValidationError('response', result.issues, `Unexpected response from ${id}`);
    return result.value as T;
  }

  async #translate(error: unknown, signal: AbortSignal | undefined): Promise<unknown> {
    if (signal?.aborted) return signal.reason ?? error;
    if (isHTTPError(error)) {
      const requestId = error.response.headers.get('X-Request-Id') ?? undefined;
      return new ApiError(asProblem(error.data, error.response.status), requestId);
    }
    if (isTimeoutError(error)) return new TimeoutError(redactText(error.message), { cause: error });
    if (isNetworkError(error)) return new NetworkError(redactText(error.message), { cause: error });
    return error;
  }
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
