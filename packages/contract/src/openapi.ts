import * as z from 'zod/mini';
import type { EndpointSpec, ResponseKind, Schema, SuccessStatus } from './endpoint.js';
import { allEndpoints } from './endpoints/index.js';
import { PROBLEMS, type ProblemCode, problemsOf, problemType } from './problems.js';
import { NAMED_SCHEMAS, type SchemaMeta } from './schema-names.js';
import { WEBHOOK_SIGNATURE_HEADER } from './webhooks.js';

/** A JSON Schema or OpenAPI object, as plain JSON. */
type Json = { [key: string]: unknown };

/** An OpenAPI 3.1 document, typed only as far as callers need. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: {
    title: string;
    version: string;
    description: string;
    license: { name: string; identifier: string };
  };
  servers: { url: string; description?: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, Json>>;
  webhooks: Record<string, Json>;
  components: {
    schemas: Record<string, Json>;
    securitySchemes: Record<string, Json>;
    responses: Record<string, Json>;
    examples: Record<string, Json>;
    parameters: Record<string, Json>;
  };
}

export interface OpenApiOptions {
  /** `info.version`: the contract package's version. */
  version?: string;
  /** Where the API is served; the first one also anchors the OpenID Connect discovery URL. */
  servers?: readonly { url: string; description?: string }[];
  /** More schemas to name as components, beyond {@link NAMED_SCHEMAS} (for endpoints added by an extension). */
  schemas?: ReadonlyArray<readonly [Schema, SchemaMeta]>;
}

/** Where `motcua-sandbox` listens by default. */
export const DEFAULT_SANDBOX_URL = 'http://localhost:8080';

const TAGS: Record<string, string> = {
  auth: 'Sign-in (đăng nhập): OpenID Connect authorization code with PKCE through the national e-ID (VNeID).',
  procedures:
    'The procedure catalogue (thủ tục hành chính): components, channels, time limits, fees, e-forms.',
  agencies: 'Agencies (cơ quan) and the event stream of the dossiers each one holds.',
  units:
    'Administrative units (đơn vị hành chính) after the 1 July 2025 reorganisation: 34 provinces, 3,321 communes.',
  dossiers: 'Dossiers (hồ sơ) from the applicant side: draft, documents, submission, follow-up, withdrawal.',
  officer:
    'One-stop desk (bộ phận một cửa) and specialist actions: accept, refuse, assign, request supplements or fees, ' +
    'finish, return results, stop, transfer (liên thông).',
  files: 'Resumable uploads (tus 1.0) and downloads of documents (giấy tờ, tệp đính kèm).',
  payments:
    'Online payment (thanh toán trực tuyến) of fees and charges (lệ phí, phí) through the payment platform.',
  signatures: 'Remote signing (ký số từ xa) of document hashes, CSC-style.',
  'citizen-data':
    "Consent, prefill from the National Population Database and the citizen's data store (kho dữ liệu).",
  feedback: 'Feedback (phản ánh, kiến nghị) and agencies’ answers.',
  webhooks: 'Webhook subscriptions of back-office systems, and their deliveries.',
  sandbox:
    'Sandbox only: personas, test clock, reset, autopilot, and the controls that play outside parties.',
};

const DESCRIPTION = `The API of **motcua**, an emulator of Vietnam's National Public Service Portal (Cổng Dịch vụ công quốc gia)
and the one-stop shop (một cửa, một cửa liên thông) of Decree 118/2025/NĐ-CP. Generated from \`@motcua/contract\`,
the same definitions the sandbox serves and the TypeScript SDK is typed from.

- **Dossier lifecycle** (trạng thái hồ sơ): status codes 1–10 as the national portal synchronises them, plus 0 for
  drafts. Illegal moves answer 409 \`dossier.illegalTransition\`.
- **Errors** are RFC 9457 \`application/problem+json\` with a stable \`code\`; each operation lists its codes in
  \`x-problem-codes\`.
- **Idempotency**: operations marked \`x-idempotent\` accept an \`Idempotency-Key\` header; a replay with the same key
  answers the first result, so clients may retry them safely.
- **Pagination**: list operations (\`x-pagination: cursor\`) take \`cursor\` and \`limit\` and answer
  \`{ items, nextCursor }\`.
- **Sign-in**: citizens and officers present a bearer token (OpenID Connect, national e-ID); back-office systems an
  agency API key in \`X-Api-Key\`. \`x-principals\` says who may call an operation.
- **Events** arrive as server-sent events and as signed webhooks (\`${WEBHOOK_SIGNATURE_HEADER}\`), both carrying
  \`DossierEvent\`.
- Operations marked \`x-sandbox-only\` exist only in the sandbox.`;

type Slot = 'params' | 'query' | 'headers' | 'body' | 'response' | 'responseHeaders';
type Mode = 'input' | 'output';

const SLOTS: readonly Slot[] = ['params', 'query', 'headers', 'body', 'response', 'responseHeaders'];
const MODE: Record<Slot, Mode> = {
  params: 'input',
  query: 'input',
  headers: 'input',
  body: 'input',
  response: 'output',
  responseHeaders: 'output',
};
const SCHEMA_PREFIX = '#/components/schemas/';

/** The schema an endpoint puts in a slot, when that slot is described by JSON Schema at all. */
function slotSchema(spec: EndpointSpec, slot: Slot): Schema | undefined {
  if (slot === 'body' && spec.requestKind === 'binary') return undefined;
  return spec[slot];
}

function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');
}

const SLOT_SUFFIX: Record<Slot, string> = {
  params: 'Params',
  query: 'Query',
  headers: 'Headers',
  body: 'Body',
  response: 'Response',
  responseHeaders: 'ResponseHeaders',
};

/** Every `$ref` to a component inside a JSON value, as component ids. */
function refsOf(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) refsOf(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string' && item.startsWith(SCHEMA_PREFIX))
        found.add(item.slice(SCHEMA_PREFIX.length));
      else refsOf(item, found);
    }
  }
  return found;
}

/** A deep copy with every component `$ref` renamed. */
function renameRefs<T>(value: T, rename: (id: string) => string): T {
  if (Array.isArray(value)) return value.map((item) => renameRefs(item, rename)) as T;
  if (typeof value === 'object' && value !== null) {
    const copy: Json = {};
    for (const [key, item] of Object.entries(value)) {
      copy[key] =
        key === '$ref' && typeof item === 'string' && item.startsWith(SCHEMA_PREFIX)
          ? SCHEMA_PREFIX + rename(item.slice(SCHEMA_PREFIX.length))
          : renameRefs(item, rename);
    }
    return copy as T;
  }
  return value;
}

/** JSON with sorted keys, for comparing two schemas. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, item) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

interface Converted {
  /** JSON Schema per registry id; component refs use plain ids. */
  input: Record<string, Json>;
  output: Record<string, Json>;
}

/**
 * Converts every schema of the registry twice: as a request carries it (`input`: before defaults, coercion and
 * transforms) and as a response carries it (`output`). Responses of ordinary objects stay open
 * (no `additionalProperties: false`), so generated clients keep reading when the platform adds a field.
 */
function convert(registry: z.core.$ZodRegistry<SchemaMeta>): Converted {
  const run = (io: Mode) => {
    const { schemas } = z.toJSONSchema(registry, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
      uri: (id) => `${SCHEMA_PREFIX}${id}`,
      override: ({ zodSchema, jsonSchema }) => {
        const def = zodSchema._zod.def as { type: string; catchall?: unknown };
        if (io === 'output' && def.type === 'object' && def.catchall === undefined)
          delete jsonSchema.additionalProperties;
      },
    });
    const shared = schemas.__shared as Json | undefined;
    if (shared) {
      const names = Object.keys((shared.$defs as Json | undefined) ?? {}).join(', ');
      throw new Error(
        `Schemas shared through $defs (${names}): a recursive schema needs an entry in NAMED_SCHEMAS to be referenced.`,
      );
    }
    const result: Record<string, Json> = {};
    for (const [id, schema] of Object.entries(schemas)) {
      const { $schema: _schema, $id: _id, ...rest } = schema as Json;
      result[id] = rest;
    }
    return result;
  };
  return { input: run('input'), output: run('output') };
}

function isOptional(schema: Schema): boolean {
  return (schema._zod as { optin?: string }).optin === 'optional';
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  302: 'Found (redirect)',
  303: 'See Other (redirect)',
};

/**
 * Builds the OpenAPI 3.1 document of the platform from its endpoints: every operation with its parameters,
 * body, success and problem responses, and every named domain schema as a component.
 *
 * @example
 * const document = buildOpenApiDocument(allEndpoints, { version: '1.2.0' });
 * writeFileSync('openapi.json', JSON.stringify(document, null, 2));
 */
export function buildOpenApiDocument(
  endpoints: readonly EndpointSpec[] = allEndpoints,
  options: OpenApiOptions = {},
): OpenApiDocument {
  const servers = (
    options.servers ?? [{ url: DEFAULT_SANDBOX_URL, description: 'Local sandbox (motcua-sandbox)' }]
  ).map((server) => ({ ...server }));
  const baseUrl = (servers[0]?.url ?? DEFAULT_SANDBOX_URL).replace(/\/+$/, '');

  // One registry per build: the named schemas, then every endpoint schema that has no name yet.
  const registry = z.registry<SchemaMeta>();
  const meta = new Map<string, SchemaMeta>();
  for (const [schema, entry] of [...NAMED_SCHEMAS, ...(options.schemas ?? [])]) {
    registry.add(schema, { id: entry.id });
    meta.set(entry.id, entry);
  }
  const synthetic = new Set<string>();
  const slotIds = new Map<EndpointSpec, Partial<Record<Slot, string>>>();
  for (const spec of endpoints) {
    const ids: Partial<Record<Slot, string>> = {};
    for (const slot of SLOTS) {
      const schema = slotSchema(spec, slot);
      if (!schema) continue;
      let id = registry.has(schema) ? registry.get(schema)?.id : undefined;
      if (!id) {
        id = `${pascal(spec.id)}${SLOT_SUFFIX[slot]}`;
        registry.add(schema, { id });
        synthetic.add(id);
      }
      ids[slot] = id;
    }
    slotIds.set(spec, ids);
  }
  const converted = convert(registry);

  // Which components each side reaches: request schemas in input form, response schemas in output form.
  const reach: Record<Mode, Set<string>> = { input: new Set(), output: new Set() };
  const visit = (mode: Mode, id: string) => {
    if (reach[mode].has(id)) return;
    reach[mode].add(id);
    for (const ref of refsOf(converted[mode][id])) visit(mode, ref);
  };
  const root = (mode: Mode, id: string) => {
    if (synthetic.has(id)) for (const ref of refsOf(converted[mode][id])) visit(mode, ref);
    else visit(mode, id);
  };
  for (const ids of slotIds.values())
    for (const slot of SLOTS) {
      const id = ids[slot];
      if (id) root(MODE[slot], id);
    }
  root('output', 'DossierEvent');
  root('output', 'Problem');

  // A schema whose request form differs from its response form (defaults, coercion, transforms) — or that
  // refers to one that does — gets a second component, `<Name>Input`, for requests.
  const differs = new Set(
    Object.keys(converted.input).filter(
      (id) => canonical(converted.input[id]) !== canonical(converted.output[id]),
    ),
  );
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of Object.keys(converted.input)) {
      if (differs.has(id)) continue;
      if ([...refsOf(converted.input[id])].some((ref) => differs.has(ref))) {
        differs.add(id);
        changed = true;
      }
    }
  }
  const taken = new Set(Object.keys(converted.output));
  const inputNames = new Map<string, string>();
  const inputName = (id: string): string => {
    if (!reach.output.has(id) || !differs.has(id)) return id;
    let name = inputNames.get(id);
    if (!name) {
      name = `${id}Input`;
      for (let n = 2; taken.has(name); n++) name = `${id}Input${n}`;
      taken.add(name);
      inputNames.set(id, name);
    }
    return name;
  };
  const outputName = (id: string) => id;
  const nameIn = (mode: Mode) => (mode === 'input' ? inputName : outputName);

  const components: Record<string, Json> = {};
  const describe = (id: string, json: Json): Json => {
    const entry = meta.get(id);
    return {
      ...json,
      ...(entry?.description ? { description: entry.description } : {}),
      ...(entry?.examples ? { examples: entry.examples } : {}),
    };
  };
  for (const mode of ['output', 'input'] as const)
    for (const id of reach[mode]) {
      const name = nameIn(mode)(id);
      if (!(name in components))
        components[name] = describe(id, renameRefs(converted[mode][id] as Json, nameIn(mode)));
    }

  /** The schema of a slot: a reference when it is a named component, else inline. */
  const schemaOf = (spec: EndpointSpec, slot: Slot): Json => {
    const id = slotIds.get(spec)?.[slot] as string;
    const mode = MODE[slot];
    if (!synthetic.has(id)) return { $ref: SCHEMA_PREFIX + nameIn(mode)(id) };
    return renameRefs(converted[mode][id] as Json, nameIn(mode));
  };

  /** The properties of an object slot (params, query, headers), for parameters and response headers. */
  const propertiesOf = (
    spec: EndpointSpec,
    slot: Slot,
  ): { name: string; required: boolean; schema: Json }[] => {
    const id = slotIds.get(spec)?.[slot];
    if (!id) return [];
    const mode = MODE[slot];
    const json = converted[mode][id] as Json;
    if (json.type !== 'object' || typeof json.properties !== 'object')
      throw new Error(`${spec.id}: ${slot} must be an object schema`);
    const required = new Set((json.required as string[] | undefined) ?? []);
    return Object.entries(json.properties as Record<string, Json>).map(([name, schema]) => ({
      name,
      required: required.has(name),
      schema: renameRefs(schema, nameIn(mode)),
    }));
  };

  const paths: Record<string, Record<string, Json>> = {};
  const problemResponses: Record<string, Json> = {};
  for (const spec of endpoints) {
    const operation = buildOperation(spec, { schemaOf, propertiesOf, problemResponses });
    paths[spec.path] ??= {};
    const item = paths[spec.path] as Record<string, Json>;
    const method = spec.method.toLowerCase();
    if (item[method]) throw new Error(`Two endpoints for ${spec.method} ${spec.path}`);
    item[method] = operation;
  }

  const usedTags = new Set(endpoints.map((spec) => spec.tag));
  const tags = [...usedTags].map((name) => ({ name, description: TAGS[name] ?? name }));

  return {
    openapi: '3.1.0',
    info: {
      title: 'motcua — Vietnam public-service platform API',
      version: options.version ?? '0.0.0',
      description: DESCRIPTION,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers,
    tags,
    paths,
    webhooks: {
      dossierEvent: {
        post: {
          operationId: 'webhooks.deliver',
          summary: 'An event delivered to a subscription',
          description:
            `Signed in \`${WEBHOOK_SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex HMAC-SHA256>\` over \`<t>.\` followed by ` +
            'the raw body bytes, with the subscription secret. Verify the raw bytes, not re-serialised JSON; ' +
            'de-duplicate by the event `id`. Any 2xx answer acknowledges; anything else is retried with backoff.',
          tags: ['webhooks'],
          parameters: [
            {
              name: WEBHOOK_SIGNATURE_HEADER,
              in: 'header',
              required: true,
              schema: { type: 'string' },
              example: 't=1751333400,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd',
            },
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: `${SCHEMA_PREFIX}DossierEvent` } } },
          },
          responses: { '200': { description: 'Acknowledged (any 2xx status)' } },
        },
      },
    },
    components: {
      schemas: Object.fromEntries(
        Object.entries(components).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      ),
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An access token from `/auth/token` (citizens and officers), or in the sandbox from ' +
            '`/sandbox/personas/{id}/token`.',
        },
        openIdConnect: {
          type: 'openIdConnect',
          openIdConnectUrl: `${baseUrl}/.well-known/openid-configuration`,
          description: 'The national e-ID single sign-on: authorization code with PKCE (S256).',
        },
        agencyKey: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Api-Key',
          description: "An agency's back-office system key (in the sandbox, from `/sandbox/agency-keys`).",
        },
      },
      responses: Object.fromEntries(
        Object.entries(problemResponses).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      ),
      examples: Object.fromEntries(
        (Object.keys(PROBLEMS) as ProblemCode[]).map((code) => [
          code,
          {
            summary: PROBLEMS[code].en,
            value: { type: problemType(code), title: PROBLEMS[code].vi, status: PROBLEMS[code].status, code },
          },
        ]),
      ),
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Makes a retry safe: a request repeating a key answers the first result; the same key with a ' +
            'different request answers 422 `idempotency.conflict`. Use a fresh UUID per logical operation.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
      },
    },
  };
}

interface OperationContext {
  /** Problem responses by name, filled as operations need them. */
  problemResponses: Record<string, Json>;
  schemaOf: (spec: EndpointSpec, slot: Slot) => Json;
  propertiesOf: (spec: EndpointSpec, slot: Slot) => { name: string; required: boolean; schema: Json }[];
}

function buildOperation(spec: EndpointSpec, context: OperationContext): Json {
  const { schemaOf, propertiesOf } = context;
  const parameters: Json[] = [
    ...propertiesOf(spec, 'params').map(({ name, schema }) => ({ name, in: 'path', required: true, schema })),
    ...propertiesOf(spec, 'query').map(({ name, required, schema }) => ({
      name,
      in: 'query',
      required,
      schema,
    })),
    ...propertiesOf(spec, 'headers').map(({ name, required, schema }) => ({
      name,
      in: 'header',
      required,
      schema,
    })),
  ];
  if (spec.idempotent) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });

  const operation: Json = {
    operationId: spec.id,
    summary: spec.summary,
    ...(spec.description || spec.sandboxOnly
      ? {
          description: [spec.sandboxOnly ? 'Sandbox only.' : '', spec.description ?? '']
            .filter(Boolean)
            .join(' '),
        }
      : {}),
    tags: [spec.tag],
    ...(parameters.length > 0 ? { parameters } : {}),
  };

  if (spec.body) {
    const kind = spec.requestKind ?? 'json';
    const mediaType =
      kind === 'json'
        ? 'application/json'
        : kind === 'form'
          ? 'application/x-www-form-urlencoded'
          : (spec.requestMediaType ?? 'application/octet-stream');
    const schema = kind === 'binary' ? { type: 'string', format: 'binary' } : schemaOf(spec, 'body');
    operation.requestBody = { required: !isOptional(spec.body), content: { [mediaType]: { schema } } };
  }

  const responses: Json = {};
  const status = spec.status ?? 200;
  responses[String(status)] = successResponse(
    spec,
    status,
    spec.responseKind ?? (spec.response ? 'json' : 'empty'),
    context,
  );
  for (const alternative of spec.alternatives ?? [])
    responses[String(alternative.status)] = {
      ...successResponse(spec, alternative.status, alternative.responseKind, context),
      description: alternative.description,
    };

  const codes = problemsOf(spec);
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of codes) {
    const problemStatus: number = PROBLEMS[code].status;
    byStatus.set(problemStatus, [...(byStatus.get(problemStatus) ?? []), code]);
  }
  for (const [problemStatus, group] of [...byStatus].sort(([a], [b]) => a - b)) {
    // Shared by every operation answering the same codes with this status, to keep the document small.
    const name = group.join('_');
    context.problemResponses[name] ??= {
      description: group.map((code) => `\`${code}\`: ${PROBLEMS[code].en}`).join('; '),
      'x-problem-codes': group,
      content: {
        'application/problem+json': {
          schema: { $ref: `${SCHEMA_PREFIX}Problem` },
          examples: Object.fromEntries(
            group.map((code) => [code, { $ref: `#/components/examples/${code}` }]),
          ),
        },
      },
    };
    responses[String(problemStatus)] = { $ref: `#/components/responses/${name}` };
  }
  operation.responses = responses;

  if (spec.auth.length > 0) {
    const security: Json[] = [];
    if (spec.auth.includes('citizen') || spec.auth.includes('officer'))
      security.push({ bearer: [] }, { openIdConnect: ['openid'] });
    if (spec.auth.includes('agencyKey')) security.push({ agencyKey: [] });
    operation.security = security;
  }
  operation['x-principals'] = [...spec.auth];
  operation['x-problem-codes'] = codes;
  if (spec.idempotent) operation['x-idempotent'] = true;
  if (spec.pagination) operation['x-pagination'] = spec.pagination;
  if (spec.sandboxOnly) operation['x-sandbox-only'] = true;
  return operation;
}

function successResponse(
  spec: EndpointSpec,
  status: SuccessStatus,
  kind: ResponseKind,
  context: OperationContext,
): Json {
  const response: Json = { description: STATUS_TEXT[status] ?? 'Success' };
  const headers: Json = {};
  for (const { name, required, schema } of context.propertiesOf(spec, 'responseHeaders'))
    headers[name] = { required, schema };
  if (kind === 'redirect')
    headers.Location = { required: true, schema: { type: 'string', format: 'uri-reference' } };
  if (Object.keys(headers).length > 0) response.headers = headers;

  const text = { type: 'string' };
  switch (kind) {
    case 'json':
      if (spec.response)
        response.content = { 'application/json': { schema: context.schemaOf(spec, 'response') } };
      break;
    case 'event-stream':
      response.content = {
        'text/event-stream': {
          schema: {
            type: 'string',
            description:
              'Server-sent events; each `data:` line is one JSON message of the schema in `x-sse-data`.',
          },
          ...(spec.response ? { 'x-sse-data': context.schemaOf(spec, 'response') } : {}),
        },
      };
      break;
    case 'binary':
      response.content = {
        [spec.responseMediaType ?? 'application/octet-stream']: {
          schema: { type: 'string', format: 'binary' },
        },
      };
      break;
    case 'text':
      response.content = { [spec.responseMediaType ?? 'text/plain']: { schema: text } };
      break;
    case 'html':
      response.content = { 'text/html': { schema: text } };
      break;
    case 'redirect':
    case 'empty':
      break;
  }
  return response;
}
