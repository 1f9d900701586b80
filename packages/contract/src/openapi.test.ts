import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { allEndpoints } from './endpoints/index.js';
import { buildOpenApiDocument } from './openapi.js';

const document = buildOpenApiDocument(allEndpoints, { version: '1.2.3' });
// biome-ignore lint/suspicious/noExplicitAny: assertions walk untyped OpenAPI JSON
type Json = Record<string, any>;
const operation = (path: string, method: string): Json => document.paths[path]?.[method] as Json;
/** A response of an operation, following a `$ref` to a shared response. */
const response = (op: Json, status: string): Json => {
  const found = op.responses[status] as Json;
  return found.$ref
    ? (document.components.responses[String(found.$ref).split('/').pop() as string] as Json)
    : found;
};

describe('buildOpenApiDocument', () => {
  it('produces a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(
      structuredClone(document) as unknown as Parameters<Validator['validate']>[0],
    );
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it('describes every endpoint once, by operationId', () => {
    const ids = Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    expect(ids.sort()).toEqual(allEndpoints.map((spec) => spec.id).sort());
    expect(document.info.version).toBe('1.2.3');
    expect(document.servers[0]?.url).toBe('http://localhost:8080');
  });

  it('resolves every reference to a component', () => {
    const text = JSON.stringify(document);
    for (const [, kind, name] of text.matchAll(/"\$ref":"#\/components\/(\w+)\/([^"]+)"/g))
      expect(document.components[kind as 'schemas'], `${kind}/${name}`).toHaveProperty([name as string]);
  });

  it('names domain schemas as components', () => {
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'Dossier',
        'Procedure',
        'FormSpec',
        'FieldSpec',
        'Condition',
        'DossierEvent',
        'Problem',
      ]),
    );
    expect(operation('/dossiers/{ref}', 'get').responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Dossier',
    });
  });

  it('gives idempotent operations an Idempotency-Key and their problem codes', () => {
    const submit = operation('/dossiers/{ref}/submit', 'post');
    expect(submit['x-idempotent']).toBe(true);
    expect(submit.parameters).toContainEqual({ $ref: '#/components/parameters/IdempotencyKey' });
    expect(document.components.parameters.IdempotencyKey?.name).toBe('Idempotency-Key');
    expect(response(submit, '409')['x-problem-codes']).toContain('dossier.illegalTransition');
    expect(response(submit, '409').content['application/problem+json'].schema).toEqual({
      $ref: '#/components/schemas/Problem',
    });
    expect(submit['x-problem-codes']).toEqual(expect.arrayContaining(['dossier.incomplete', 'server.error']));
    expect(operation('/dossiers/{ref}', 'get').parameters).not.toContainEqual({
      $ref: '#/components/parameters/IdempotencyKey',
    });
  });

  it('serves event streams as text/event-stream carrying DossierEvent', () => {
    const events = operation('/dossiers/{ref}/events', 'get');
    const content = events.responses['200'].content;
    expect(Object.keys(content)).toEqual(['text/event-stream']);
    expect(content['text/event-stream']['x-sse-data']).toEqual({ $ref: '#/components/schemas/DossierEvent' });
    expect(events.parameters).toContainEqual(
      expect.objectContaining({ name: 'Last-Event-ID', in: 'header' }),
    );
    expect(document.webhooks.dossierEvent?.post).toBeDefined();
  });

  it('documents the tus upload headers', () => {
    const create = operation('/files', 'post');
    expect(create.parameters).toContainEqual(
      expect.objectContaining({ name: 'Upload-Length', in: 'header', required: true }),
    );
    expect(create.responses['201'].headers.Location.required).toBe(true);
    const append = operation('/files/{id}', 'patch');
    expect(Object.keys(append.requestBody.content)).toEqual(['application/offset+octet-stream']);
    expect(append.parameters).toContainEqual(
      expect.objectContaining({ name: 'Upload-Offset', in: 'header' }),
    );
    expect(response(append, '409')['x-problem-codes']).toContain('file.offsetMismatch');
    expect(operation('/files/{id}', 'head').responses['200'].headers['Upload-Offset']).toBeDefined();
    expect(operation('/files', 'options').responses['204'].headers['Tus-Version']).toBeDefined();
  });

  it('takes query parameters from the query schema and form bodies as forms', () => {
    const list = operation('/dossiers', 'get');
    expect(list.parameters.map((p: Json) => p.name)).toEqual(
      expect.arrayContaining([
        'cursor',
        'limit',
        'status',
        'procedureCode',
        'submittedFrom',
        'submittedTo',
        'q',
      ]),
    );
    expect(list['x-pagination']).toBe('cursor');
    expect(Object.keys(operation('/auth/token', 'post').requestBody.content)).toEqual([
      'application/x-www-form-urlencoded',
    ]);
    expect(operation('/auth/authorize', 'get').responses['302']).toBeDefined();
  });

  it('sets security by principal and flags sandbox-only operations', () => {
    expect(operation('/webhooks', 'post').security).toEqual([{ agencyKey: [] }]);
    expect(operation('/dossiers', 'post').security).toEqual([{ bearer: [] }, { openIdConnect: ['openid'] }]);
    expect(operation('/procedures', 'get').security).toBeUndefined();
    expect(operation('/sandbox/clock/advance', 'post')['x-sandbox-only']).toBe(true);
    expect(document.components.securitySchemes.openIdConnect?.openIdConnectUrl).toBe(
      'http://localhost:8080/.well-known/openid-configuration',
    );
  });

  it('keeps response objects open and request objects strict', () => {
    expect(document.components.schemas.Dossier).not.toHaveProperty('additionalProperties');
    expect(document.components.schemas.DossierDraftInput).toHaveProperty('additionalProperties', false);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildOpenApiDocument(allEndpoints, { version: '1.2.3' }))).toBe(
      JSON.stringify(document),
    );
  });
});

describe('request and response forms of one schema', () => {
  it('adds a `<Name>Input` component when defaults make the request form differ', async () => {
    const z = await import('zod/mini');
    const { endpoint } = await import('./endpoint.js');
    const Thing = z.object({ size: z._default(z.int(), 1), label: z.string() });
    const Holder = z.object({ thing: Thing });
    const put = endpoint({
      id: 'things.put',
      method: 'PUT',
      path: '/things',
      tag: 'things',
      summary: 'Put a thing',
      body: Holder,
      response: Holder,
      auth: [],
      errors: [],
    });
    const doc = buildOpenApiDocument([put], {
      schemas: [
        [Thing, { id: 'Thing' }],
        [Holder, { id: 'Holder' }],
      ],
    });
    const schemas = doc.components.schemas as Json;
    expect(schemas.Thing.required).toEqual(['size', 'label']);
    expect(schemas.ThingInput.required).toEqual(['label']);
    expect(schemas.HolderInput.properties.thing).toEqual({ $ref: '#/components/schemas/ThingInput' });
    expect(schemas.Holder.properties.thing).toEqual({ $ref: '#/components/schemas/Thing' });
    const op = doc.paths['/things']?.put as Json;
    expect(op.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/HolderInput',
    });
    expect(op.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Holder',
    });
    expect(schemas).not.toHaveProperty('Dossier');
  });
});
