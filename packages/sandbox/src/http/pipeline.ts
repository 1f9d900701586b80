import { createHash } from 'node:crypto';
import type { EndpointSpec } from '@motcua/contract';
import type { Locale } from '@motcua/core';
import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import { type PresentedCredential, presentedCredential, resolveCredentials } from '../auth/credentials.js';
import { principalKey } from '../auth/principal.js';
import { type Dialect, isUniqueViolation } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { appendEvent, type EventBus, type SandboxEvent } from '../events/outbox.js';
import type { Logger } from '../log/logger.js';
import { authorize } from './auth.js';
import { formToObject, readBody } from './body.js';
import {
  findIdempotentResponse,
  type InFlightKeys,
  idempotencyConflict,
  idempotencyInProgress,
  idempotencyKeyOf,
  replayResponse,
  requestHash,
  storeIdempotentResponse,
} from './idempotency.js';
import { type HandlerContext, isReply, type RouteDefinition } from './route.js';
import { declaredHeaders, validateRequest } from './validation.js';

/** What the pipeline needs from the sandbox around it. */
export interface PipelineDeps {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly logger: Logger;
  readonly bus: EventBus;
  readonly inFlight: InFlightKeys;
  readonly bodyLimit: number;
  readonly binaryBodyLimit: number;
  /** Check handlers' answers against `spec.response` (development and tests). */
  readonly validateResponses: boolean;
}

/** The per-request facts the router worked out before the route matched. */
export interface RequestFacts {
  readonly request: Request;
  readonly params: Record<string, string>;
  readonly locale: Locale;
  readonly requestId: string;
}

/**
 * Thrown when a handler's answer breaks the contract: a bug in the sandbox, answered with a 500 and logged with
 * the failing paths (never the values, which may be personal data).
 */
export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
}

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * Serves one request of a route, in this order:
 * 1. transport — body size (413), content type (415), JSON syntax (400);
 * 2. `Idempotency-Key` syntax (400) and the in-process in-flight check (409), before any database work;
 * 3. in ONE transaction: test clock → credentials (401/403) → schema validation (422) → stored outcome of the key
 *    (replay, or 422 conflict) → handler → response check → outcome stored → commit;
 * 4. events published to in-process subscribers, after commit.
 *
 * Credentials are checked before the schemas so a caller without access learns nothing about the input format.
 * Anything thrown rolls the whole transaction back, the key's stored outcome included.
 */
export async function runRoute(
  def: RouteDefinition,
  facts: RequestFacts,
  deps: PipelineDeps,
): Promise<Response> {
  const { spec } = def;
  const { request, locale, requestId } = facts;
  const kind = spec.requestKind ?? 'json';
  const body = spec.body
    ? await readBody(request, kind, kind === 'binary' ? deps.binaryBodyLimit : deps.bodyLimit, {
        keepPartial: def.options?.keepPartialBody === true,
      })
    : { present: false as const };
  const raw = {
    params: facts.params,
    query: formToObject(new URL(request.url).searchParams),
    body: body.present ? body.value : undefined,
    // Protocol headers the endpoint declares (tus `Upload-Length`, `Upload-Metadata`) are part of what it asks
    // for: a reused Idempotency-Key with another length is another request.
    headers: declaredHeaders(spec, request.headers),
  };
  const presented = presentedCredential(request.headers);
  const key = spec.idempotent ? idempotencyKeyOf(request.headers) : undefined;
  const inFlightId = key === undefined ? undefined : `${fingerprint(presented)}\n${key}`;
  if (inFlightId !== undefined && !deps.inFlight.claim(inFlightId)) throw idempotencyInProgress();

  const committed: SandboxEvent[] = [];
  const run = async (db: Kysely<Database>): Promise<Response> => {
    const { clock, credentials } = await resolveCredentials(db, presented);
    const principal = authorize(spec.auth, credentials);
    const input = validateRequest(spec, raw, locale);
    const idempotency =
      key === undefined
        ? undefined
        : { principal: principalKey(principal), key, endpointId: spec.id, hash: requestHash(raw) };
    if (idempotency) {
      const lookup = await findIdempotentResponse(db, { ...idempotency, now: clock.now() });
      if (lookup.found) {
        if (!lookup.matches) throw idempotencyConflict();
        return replayResponse(lookup.response);
      }
    }
    const context: HandlerContext = {
      spec,
      params: input.params,
      query: input.query,
      body: input.body,
      principal,
      db,
      dialect: deps.dialect,
      now: () => clock.now(),
      locale,
      requestId,
      request,
      emit: async (event) => {
        const recorded = await appendEvent(db, event, clock.now());
        committed.push(recorded);
        return recorded;
      },
    } as HandlerContext;
    const { response, bodyText } = await toResponse(await def.handler(context), spec, deps, requestId);
    if (idempotency) {
      await storeIdempotentResponse(db, {
        ...idempotency,
        now: clock.now(),
        response: { status: response.status, headers: Object.fromEntries(response.headers), body: bodyText },
      });
    }
    return response;
  };

  try {
    // An event stream stays open for minutes: it must not hold a transaction (or SQLite's only connection).
    const response =
      spec.responseKind === 'event-stream' ? await run(deps.db) : await deps.db.transaction().execute(run);
    deps.bus.publish(committed);
    return response;
  } catch (error) {
    // Another process committed the same key first: our writes are rolled back; its answer is the one that counts.
    if (key !== undefined && isUniqueViolation(error)) throw idempotencyInProgress();
    throw error;
  } finally {
    if (inFlightId !== undefined) deps.inFlight.release(inFlightId);
  }
}

/** Keys the in-flight check by credential, without a database lookup (and without keeping the secret). */
function fingerprint(presented: PresentedCredential): string {
  if (presented.kind === 'none' || presented.kind === 'malformed') return presented.kind;
  return createHash('sha256').update(`${presented.kind}:${presented.secret}`).digest('hex');
}

async function toResponse(
  result: unknown,
  spec: EndpointSpec,
  deps: PipelineDeps,
  requestId: string,
): Promise<{ response: Response; bodyText: string | null }> {
  if (result instanceof Response) {
    // Only idempotent endpoints need the body kept; reading a stream's clone would wait for it to end.
    const bodyText = spec.idempotent && result.body !== null ? await result.clone().text() : null;
    return { response: result, bodyText };
  }
  const replyValue = isReply(result) ? result : undefined;
  const status = replyValue?.status ?? spec.status ?? 200;
  const value = replyValue ? replyValue.body : result;
  const headers = new Headers(replyValue?.headers);
  if (status === 204 || spec.responseKind === 'empty') {
    return { response: new Response(null, { status, headers }), bodyText: null };
  }
  const bodyText = JSON.stringify(value ?? null);
  if (deps.validateResponses && spec.response) {
    // Checked as the client will see it: after a JSON round trip (dates become strings, undefined vanishes).
    const checked = z.safeParse(spec.response, JSON.parse(bodyText));
    if (!checked.success) {
      deps.logger.log({
        level: 'error',
        msg: 'response breaks the contract',
        requestId,
        endpoint: spec.id,
        issues: checked.error.issues.map((issue) => ({ path: issue.path.map(String), code: issue.code })),
      });
      throw new ContractViolation(`Response of ${spec.id} does not match its schema`);
    }
  }
  if (!headers.has('content-type')) headers.set('Content-Type', JSON_CONTENT_TYPE);
  return { response: new Response(bodyText, { status, headers }), bodyText };
}
