import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { type EndpointSpec, pathParamNames, type Schema } from '../endpoint.js';
import { PROBLEMS } from '../problems.js';
import { allEndpoints, dossiers, resources } from './index.js';

type ObjectDef = { type: string; shape?: Record<string, Schema>; catchall?: Schema; innerType?: Schema };

/** The object schema inside optional wrappers, or undefined. */
function objectOf(schema: Schema | undefined): ObjectDef | undefined {
  let def = schema?._zod.def as ObjectDef | undefined;
  while (def && def.type === 'optional' && def.innerType) def = def.innerType._zod.def as ObjectDef;
  return def?.type === 'object' ? def : undefined;
}

const byId = (spec: EndpointSpec) => spec.id;

describe('the endpoint list', () => {
  it('collects every endpoint of every resource once', () => {
    const declared = Object.values(resources).flatMap((resource) =>
      Object.values(resource).filter(
        (value): value is EndpointSpec => typeof value === 'object' && 'method' in value,
      ),
    );
    expect(allEndpoints).toHaveLength(declared.length);
    expect(allEndpoints).toContain(dossiers.submit);
    expect(allEndpoints.length).toBeGreaterThan(60);
  });

  it('has unique ids of the form resource.action', () => {
    const ids = allEndpoints.map(byId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
  });

  it('has unique method + path, even with parameters renamed', () => {
    const keys = allEndpoints.map((spec) => `${spec.method} ${spec.path.replace(/\{\w+\}/g, '{}')}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(allEndpoints.map((spec) => [spec.id, spec] as const))(
    '%s: path parameters match `params`',
    (_, spec) => {
      const names = pathParamNames(spec.path).sort();
      const params = objectOf(spec.params);
      if (names.length === 0) {
        expect(spec.params).toBeUndefined();
        return;
      }
      expect(params, 'params must be an object schema').toBeDefined();
      expect(Object.keys(params?.shape ?? {}).sort()).toEqual(names);
    },
  );

  it.each(allEndpoints.map((spec) => [spec.id, spec] as const))(
    '%s: schemas convert to JSON Schema',
    (_, spec) => {
      const slots = [
        ['params', 'input'],
        ['query', 'input'],
        ['headers', 'input'],
        ['body', 'input'],
        ['response', 'output'],
        ['responseHeaders', 'output'],
      ] as const;
      for (const [slot, io] of slots) {
        const schema = spec[slot];
        if (!schema || (slot === 'body' && spec.requestKind === 'binary')) continue;
        const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
        expect(json, `${slot} converts`).toBeTypeOf('object');
      }
    },
  );

  it('declares only known problem codes, without repeating the common ones', () => {
    for (const spec of allEndpoints) {
      for (const code of spec.errors) expect(PROBLEMS).toHaveProperty([code]);
      expect(new Set(spec.errors).size, spec.id).toBe(spec.errors.length);
    }
  });

  it('makes every creating POST idempotent', () => {
    for (const spec of allEndpoints.filter((e) => e.method === 'POST' && e.status === 201))
      expect(spec.idempotent, spec.id).toBe(true);
  });

  it('refuses unknown fields in every JSON body (OAuth forms excepted, as RFC 6749 requires)', () => {
    for (const spec of allEndpoints) {
      if (!spec.body || spec.requestKind === 'binary' || spec.requestKind === 'form') continue;
      if (spec.sandboxOnly && spec.id === 'payments.gatewayCallback') continue; // the gateway's format, not ours
      const body = objectOf(spec.body);
      if (!body) continue; // unions and refined inputs come strict from core
      expect(body.catchall?._zod.def.type, spec.id).toBe('never');
    }
  });

  it('refuses unknown query parameters, except in the OpenID Connect authorize request', () => {
    for (const spec of allEndpoints) {
      if (!spec.query || spec.id === 'auth.authorize') continue;
      expect(objectOf(spec.query)?.catchall?._zod.def.type, spec.id).toBe('never');
    }
  });

  it('gives cursor-paginated endpoints `cursor`/`limit` and a page answer', () => {
    const paginated = allEndpoints.filter((spec) => spec.pagination === 'cursor');
    expect(paginated.map(byId)).toEqual(expect.arrayContaining(['dossiers.list', 'procedures.search']));
    for (const spec of paginated) {
      expect(Object.keys(objectOf(spec.query)?.shape ?? {}), spec.id).toEqual(
        expect.arrayContaining(['cursor', 'limit']),
      );
      expect(Object.keys(objectOf(spec.response)?.shape ?? {}).sort(), spec.id).toEqual([
        'items',
        'nextCursor',
      ]);
    }
  });

  it('marks every /sandbox/ path sandbox-only', () => {
    for (const spec of allEndpoints.filter((e) => e.path.startsWith('/sandbox/')))
      expect(spec.sandboxOnly, spec.id).toBe(true);
  });

  it('streams events as server-sent events of DossierEvent', () => {
    const streams = allEndpoints.filter((spec) => spec.responseKind === 'event-stream');
    expect(streams.map(byId).sort()).toEqual(['agencies.events', 'dossiers.events']);
    for (const spec of streams)
      expect(Object.keys(objectOf(spec.headers)?.shape ?? {})).toContain('Last-Event-ID');
  });
});
