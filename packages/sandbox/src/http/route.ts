import type { EndpointSpec, ResponseOf, Schema } from '@motcua/contract';
import type { Locale } from '@motcua/core';
import type { Kysely } from 'kysely';
import type * as z from 'zod/mini';
import type { AuthenticatedPrincipal } from '../auth/principal.js';
import type { Dialect } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import type { NewEvent, SandboxEvent } from '../events/outbox.js';

type Output<S> = S extends Schema ? z.output<S> : undefined;

/**
 * Who a handler is serving, narrowed by the endpoint's `auth` list: `['officer']` gives an `OfficerPrincipal`;
 * a public endpoint gives whoever sent valid credentials, or `null`.
 */
export type PrincipalOf<E extends EndpointSpec> = E['auth'] extends readonly []
  ? AuthenticatedPrincipal | null
  : Extract<AuthenticatedPrincipal, { kind: E['auth'][number] }>;

/** Everything a handler gets: validated input, the caller, and the request's transaction. */
export interface HandlerContext<E extends EndpointSpec = EndpointSpec> {
  readonly spec: E;
  /** Path parameters, validated (and transformed) by `spec.params`. */
  readonly params: Output<E['params']>;
  /** Query, validated by `spec.query`. */
  readonly query: Output<E['query']>;
  /** Body, validated by `spec.body`. */
  readonly body: Output<E['body']>;
  readonly principal: PrincipalOf<E>;
  /**
   * The request's transaction: everything written through it commits when the handler returns and rolls back
   * when it throws. (Event streams, which stay open, get the database itself.)
   */
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** The test clock's time: real time plus the offset tests advance. Never use `new Date()` in a handler. */
  now(): Date;
  /** The response language, from `Accept-Language` (Vietnamese by default). */
  readonly locale: Locale;
  readonly requestId: string;
  /** Appends an event to the outbox in this transaction; subscribers hear of it after commit. */
  emit(event: NewEvent): Promise<SandboxEvent>;
  /** The raw request, for headers the contract does not model. */
  readonly request: Request;
}

const REPLY = Symbol.for('motcua.sandbox.reply');

/** A handler's answer with a status or headers of its own. */
export interface Reply<Body> {
  readonly [REPLY]: true;
  readonly body: Body;
  readonly status?: number;
  readonly headers?: Record<string, string>;
}

/**
 * Answers with a chosen status or extra headers; the body is still checked against `spec.response`.
 *
 * @example
 * return reply(dossier, { status: 201, headers: { Location: `/dossiers/${dossier.code}` } });
 */
export function reply<Body>(
  body: Body,
  init: { status?: number; headers?: Record<string, string> } = {},
): Reply<Body> {
  return { [REPLY]: true, body, ...init };
}

/** True for a value made by {@link reply}. */
export function isReply(value: unknown): value is Reply<unknown> {
  return typeof value === 'object' && value !== null && (value as { [REPLY]?: boolean })[REPLY] === true;
}

/** What a handler may return: the response body, a {@link reply}, or a raw `Response` (streams, files, redirects). */
export type HandlerResult<E extends EndpointSpec> = ResponseOf<E> | Reply<ResponseOf<E>> | Response;

export type Handler<E extends EndpointSpec> = (
  context: HandlerContext<E>,
) => HandlerResult<E> | Promise<HandlerResult<E>>;

/** How the pipeline treats a route beyond what its spec says. */
export interface RouteOptions {
  /**
   * A binary body cut off by the client still reaches the handler with the bytes received so far (resumable
   * uploads keep them). Default: such a request is dropped as `request.malformed`.
   */
  readonly keepPartialBody?: boolean;
}

/** One endpoint and the code serving it, with the endpoint's types erased so routes can share a list. */
export interface RouteDefinition {
  readonly spec: EndpointSpec;
  readonly handler: (context: HandlerContext) => unknown;
  readonly options?: RouteOptions;
}

/**
 * Serves a contract endpoint. The pipeline registers `spec.method` + `spec.path`, validates params, query and body
 * with the spec's schemas, authenticates per `spec.auth` and handles `Idempotency-Key` before `handler` runs,
 * and checks what it returns against `spec.response` in development and tests.
 *
 * @example
 * export const listProvincesRoute = route(units.listProvinces, () => ({ items: [...provinces] }));
 */
export function route<const E extends EndpointSpec>(
  spec: E,
  handler: Handler<E>,
  options?: RouteOptions,
): RouteDefinition {
  return { spec, handler: handler as unknown as RouteDefinition['handler'], ...(options ? { options } : {}) };
}
