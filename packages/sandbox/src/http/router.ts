import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Locale, resolveLocale } from '@motcua/core';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { detail } from './details.js';
import {
  DROPPED_HEADER,
  FAULT_HEADER,
  FAULT_ONCE_HEADER,
  FAULT_STATUSES,
  type FaultMemory,
  parseFault,
} from './faults.js';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER } from './idempotency.js';
import { ContractViolation, type PipelineDeps, runRoute } from './pipeline.js';
import { isProblemError, ProblemError, problemResponse } from './problem.js';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id.js';
import type { RouteDefinition } from './route.js';

/** Hono's environment on Node: the raw request and response, which fault injection needs to drop a connection. */
export interface SandboxEnv {
  Bindings: { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;
  Variables: { requestId: string; locale: Locale; route: string | undefined };
}

/** What the HTTP layer needs: the pipeline's dependencies, plus fault memory (`null` turns injection off). */
export interface HttpDeps extends PipelineDeps {
  readonly faults: FaultMemory | null;
}

/** Headers browsers may send and read across origins: the portal and demos run on other ports. */
const CORS_ALLOW_HEADERS = [
  'Authorization',
  'Content-Type',
  'Accept-Language',
  'X-Api-Key',
  REQUEST_ID_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  'Last-Event-ID',
  FAULT_HEADER,
  FAULT_ONCE_HEADER,
  // tus uploads (https://tus.io/protocols/resumable-upload)
  'Tus-Resumable',
  'Upload-Length',
  'Upload-Metadata',
  'Upload-Offset',
];
const CORS_EXPOSE_HEADERS = [
  REQUEST_ID_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  'Retry-After',
  'Location',
  'WWW-Authenticate',
  'Content-Disposition',
  'ETag',
  'Tus-Resumable',
  'Tus-Version',
  'Tus-Extension',
  'Tus-Max-Size',
  'Upload-Offset',
  'Upload-Length',
  'Upload-Metadata',
  'Upload-Expires',
];

/**
 * Turns a contract path template into Hono's syntax.
 *
 * @example
 * toHonoPath('/units/provinces/{provinceCode}/communes') // '/units/provinces/:provinceCode/communes'
 */
export function toHonoPath(template: string): string {
  return template.replace(/\{(\w+)\}/g, ':$1');
}

/** A matcher for a path template, used to tell 405 (path exists, method does not) from 404. */
function templatePattern(template: string): RegExp {
  const source = template
    .split(/\{\w+\}/)
    .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${source}$`);
}

/**
 * Orders routes so a literal segment wins over a parameter at the same position (`/dossiers/search` before
 * `/dossiers/{code}`) whatever order modules registered them in. Paths compare by their shapes (literal or
 * parameter, segment by segment, then length): a total order, as `sort` needs — comparing only where one
 * path has a parameter is not transitive, and the order then changed with the number of routes.
 */
function bySpecificity(a: RouteDefinition, b: RouteDefinition): number {
  const left = a.spec.path.split('/');
  const right = b.spec.path.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const leftParam = left[i]?.startsWith('{') ?? false;
    const rightParam = right[i]?.startsWith('{') ?? false;
    if (leftParam !== rightParam) return leftParam ? 1 : -1;
  }
  return left.length - right.length;
}

/**
 * Builds the Hono application serving `routes`: request ids and one log line per request, CORS, fault injection,
 * the contract pipeline per route, RFC 9457 problems for every error, 404/405 for unknown addresses.
 *
 * @example
 * const app = createHttpApp([listProvincesRoute], deps);
 * const response = await app.fetch(new Request('http://sandbox/units/provinces'));
 */
export function createHttpApp(routes: readonly RouteDefinition[], deps: HttpDeps): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  const seen = new Set<string>();
  for (const { spec } of routes) {
    const id = `${spec.method} ${spec.path}`;
    if (seen.has(id)) throw new Error(`Two routes serve ${id}`);
    seen.add(id);
  }
  const table = routes.map((def) => ({ def, pattern: templatePattern(def.spec.path) }));

  app.use(async (c, next) => {
    const started = performance.now();
    const requestId = requestIdFrom(c.req.header(REQUEST_ID_HEADER));
    c.set('requestId', requestId);
    c.set('locale', resolveLocale(c.req.header('accept-language')));
    c.set('route', undefined);
    await next();
    try {
      c.res.headers.set(REQUEST_ID_HEADER, requestId);
    } catch {
      // Some responses (e.g. Response.redirect) have immutable headers: copy once.
      c.res = new Response(c.res.body, c.res);
      c.res.headers.set(REQUEST_ID_HEADER, requestId);
    }
    deps.logger.log({
      level: 'info',
      msg: 'request',
      method: c.req.method,
      // The template, never the concrete path: paths can carry citizen IDs and dossier codes.
      route: c.get('route') ?? null,
      status: c.res.status,
      ...(c.res.headers.has(DROPPED_HEADER) ? { dropped: true } : {}),
      ms: Math.round((performance.now() - started) * 10) / 10,
      requestId,
    });
  });

  const corsMiddleware = cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: CORS_ALLOW_HEADERS,
    exposeHeaders: CORS_EXPOSE_HEADERS,
    maxAge: 600,
  });
  // Hono's CORS answers every OPTIONS as a preflight; only one with `Access-Control-Request-Method` is, so that
  // endpoints served on OPTIONS (tus discovery, `OPTIONS /files`) are reached.
  app.use((c, next) =>
    c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') === undefined
      ? next()
      : corsMiddleware(c, next),
  );

  const { faults } = deps;
  if (faults) {
    app.use(async (c, next) => {
      const header = c.req.header(FAULT_HEADER);
      if (header === undefined) return next();
      const fault = parseFault(header);
      if (typeof fault === 'string') {
        throw new ProblemError('request.malformed', { detail: detail('fault.header', { reason: fault }) });
      }
      const onceId = c.req.header(FAULT_ONCE_HEADER);
      if (onceId !== undefined && !faults.take(onceId, fault.times, fault.after)) return next();
      if (fault.latencyMs > 0) await sleep(fault.latencyMs);
      const { action } = fault;
      if (action.kind === 'drop') {
        c.res = dropConnection(c.env);
        return;
      }
      if (action.kind === 'status') {
        throw new ProblemError(FAULT_STATUSES[action.status], {
          status: action.status,
          detail: detail('fault.injected'),
          headers: action.retryAfter === undefined ? {} : { 'Retry-After': String(action.retryAfter) },
        });
      }
      await next();
      if (action.kind === 'drop-after-commit') c.res = dropConnection(c.env);
    });
  }

  // Hono answers HEAD by running the GET route and dropping the body, so a HEAD route (tus `HEAD /files/{id}`) is
  // registered on GET and taken when the request really is a HEAD; other HEADs fall through to the GET route.
  const sorted = [...routes].sort(
    (a, b) => bySpecificity(a, b) || Number(b.spec.method === 'HEAD') - Number(a.spec.method === 'HEAD'),
  );
  for (const def of sorted) {
    const isHead = def.spec.method === 'HEAD';
    app.on(isHead ? 'GET' : def.spec.method, toHonoPath(def.spec.path), async (c, next) => {
      if (isHead && c.req.method !== 'HEAD') return next();
      c.set('route', def.spec.path);
      return runRoute(
        def,
        {
          request: c.req.raw,
          params: c.req.param() as Record<string, string>,
          locale: c.get('locale'),
          requestId: c.get('requestId'),
        },
        deps,
      );
    });
  }

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const matching = table.filter(({ pattern }) => pattern.test(path));
    const allowed = matching.map(({ def }) => def.spec.method);
    if (allowed.length > 0) {
      c.set('route', matching[0]?.def.spec.path);
      const methods = [...new Set(allowed.includes('GET') ? [...allowed, 'HEAD'] : allowed)].join(', ');
      return problemResponse(
        new ProblemError('method.notAllowed', {
          detail: detail('method.notAllowed', { allowed: methods }),
          headers: { Allow: methods },
        }),
        c.get('locale'),
        c.get('requestId'),
      );
    }
    return problemResponse(
      new ProblemError('route.notFound', {
        detail: detail('route.notFound', { method: c.req.method, path: path.slice(0, 200) }),
      }),
      c.get('locale'),
      c.get('requestId'),
    );
  });

  app.onError((error, c) => {
    const locale = c.get('locale') ?? 'vi';
    const requestId = c.get('requestId') ?? requestIdFrom(undefined);
    if (isProblemError(error)) return problemResponse(error, locale, requestId);
    if (!(error instanceof ContractViolation)) {
      deps.logger.log({
        level: 'error',
        msg: 'unhandled error',
        requestId,
        route: c.get('route') ?? null,
        error,
      });
    }
    const reason = error instanceof ContractViolation ? 'server.contract' : 'server.unexpected';
    return problemResponse(new ProblemError('server.error', { detail: detail(reason) }), locale, requestId);
  });

  return app;
}

/**
 * Closes the client's connection without an answer. On Node the socket is destroyed; on the in-process `fetch`
 * path the marked response is turned into a network error by the sandbox's `fetch`.
 */
function dropConnection(env: SandboxEnv['Bindings']): Response {
  env?.incoming?.socket.destroy();
  return new Response(null, { status: 500, headers: { [DROPPED_HEADER]: '1' } });
}
