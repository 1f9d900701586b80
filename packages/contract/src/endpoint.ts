import type * as z from 'zod/mini';
import type { ProblemCode } from './problems.js';

/** Any zod schema (classic or mini). */
export type Schema = z.core.$ZodType;

/** `HEAD` and `OPTIONS` appear only where a protocol needs them (tus resumable uploads). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

/**
 * Who may call an endpoint. Citizens and officers present a bearer token (from the e-ID sign-in or a sandbox
 * persona); back-office systems present an agency API key. An empty list means public.
 */
export type Principal = 'citizen' | 'officer' | 'agencyKey';

/**
 * How the response body travels. Most endpoints answer JSON; `event-stream` is server-sent events whose
 * `data:` lines are JSON; `text` is a textual download such as a PEM certificate.
 */
export type ResponseKind = 'json' | 'event-stream' | 'binary' | 'text' | 'html' | 'redirect' | 'empty';

/** How the request body travels. */
export type RequestKind = 'json' | 'form' | 'binary';

/** A success status an endpoint may answer with. */
export type SuccessStatus = 200 | 201 | 202 | 204 | 302 | 303;

/** A second way an endpoint may succeed, e.g. the redirect an authorize page answers when it can skip the page. */
export interface AlternativeResponse {
  readonly status: SuccessStatus;
  readonly responseKind: ResponseKind;
  readonly description: string;
}

/**
 * One platform endpoint, described once. The sandbox serves it, the SDK calls it and the OpenAPI
 * document is generated from it, so they cannot disagree.
 */
export interface EndpointSpec {
  /** Stable identifier `resource.action`, also the OpenAPI `operationId`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** OpenAPI-style path template, e.g. `/dossiers/{ref}/submit`. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  /** OpenAPI tag (resource group). */
  readonly tag: string;
  /** Path parameters: an object schema whose keys match the `{names}` in `path`. */
  readonly params?: Schema;
  /** Query string: an object schema of strings, numbers or booleans (coerced from the query's text). */
  readonly query?: Schema;
  /**
   * Request headers a protocol needs (tus `Upload-Offset`, SSE `Last-Event-ID`…): an object schema keyed by
   * the header's canonical name. Servers look the names up case-insensitively. `Authorization`, `X-Api-Key` and
   * `Idempotency-Key` are implied by `auth` and `idempotent`, never listed here.
   */
  readonly headers?: Schema;
  /** Request body; wrap it in `z.optional` when a request may carry none. */
  readonly body?: Schema;
  /** `json` unless said otherwise; ignored without a `body`. */
  readonly requestKind?: RequestKind;
  /** Media type of a `binary` request body, `application/octet-stream` unless said otherwise. */
  readonly requestMediaType?: string;
  /** Response body on success; absent for `204`, redirects and downloads. */
  readonly response?: Schema;
  readonly responseKind?: ResponseKind;
  /** Media type of a `binary` or `text` response, when it is always the same one. */
  readonly responseMediaType?: string;
  /** Response headers a client reads (tus `Location`, `Upload-Offset`…): an object schema keyed by header name. */
  readonly responseHeaders?: Schema;
  /** Success status, `200` unless said otherwise. */
  readonly status?: SuccessStatus;
  /** Further successful answers besides `status`. */
  readonly alternatives?: readonly AlternativeResponse[];
  readonly auth: readonly Principal[];
  /** Problem codes this endpoint can answer with, beyond the ones every endpoint can. */
  readonly errors: readonly ProblemCode[];
  /** Cursor pagination: `query` has `cursor`/`limit`, the response is a {@link Page}. */
  readonly pagination?: 'cursor';
  /** Accepts `Idempotency-Key`: a replay returns the first result, so clients may retry it safely. */
  readonly idempotent?: boolean;
  /** Exists only in the sandbox (test controls), never on the real platform. */
  readonly sandboxOnly?: boolean;
}

/**
 * Declares an endpoint, keeping its literal types so clients and servers can infer from it.
 *
 * @example
 * export const getProcedure = endpoint({
 *   id: 'procedures.get', method: 'GET', path: '/procedures/{code}', tag: 'procedures',
 *   summary: 'Get one procedure', params: z.object({ code: ProcedureCodeSchema }),
 *   response: ProcedureSchema, auth: [], errors: ['resource.notFound'],
 * });
 */
// Free of side effects: Rollup and Rolldown (Vite) then drop the endpoints a bundle never reads (esbuild does not
// follow this annotation across modules yet).
/* @__NO_SIDE_EFFECTS__ */
export function endpoint<const E extends EndpointSpec>(spec: E): E {
  return Object.freeze(spec);
}

type Input<S> = S extends Schema ? z.input<S> : undefined;
type Output<S> = S extends Schema ? z.output<S> : undefined;

/** What a caller sends as path parameters. */
export type ParamsOf<E extends EndpointSpec> = Input<E['params']>;
/** What a caller sends as query. */
export type QueryOf<E extends EndpointSpec> = Input<E['query']>;
/** What a caller sends as protocol headers. */
export type HeadersOf<E extends EndpointSpec> = Input<E['headers']>;
/** What a caller sends as body. */
export type BodyOf<E extends EndpointSpec> = Input<E['body']>;
/** What the platform answers. */
export type ResponseOf<E extends EndpointSpec> = Output<E['response']>;
/** The response headers the platform sets. */
export type ResponseHeadersOf<E extends EndpointSpec> = Output<E['responseHeaders']>;

/**
 * Fills a path template: `/dossiers/{ref}` + `{ ref: 'X' }` → `/dossiers/X`, encoding each value.
 *
 * @example
 * buildPath('/dossiers/{ref}/submit', { ref: '000.00.14.H56-250701-0001' })
 */
export function buildPath(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(String(value));
  });
}

/**
 * The names of a path template's parameters, in order.
 *
 * @example
 * pathParamNames('/dossiers/{ref}/documents/{componentCode}') // ['ref', 'componentCode']
 */
export function pathParamNames(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
}
