import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabaseInstance, testDatabases } from '../../test/databases.js';
import { notesModule } from '../../test/notes-module.js';
import { createSandbox, type Sandbox } from '../index.js';

const PATHS = [
  '/health',
  '/units/provinces',
  '/units/provinces/{x}/communes',
  '/units/search',
  '/sandbox/clock',
  '/sandbox/clock/advance',
  '/sandbox/personas',
  '/sandbox/personas/{x}/token',
  '/test/notes',
  '/test/notes/{x}',
  '/test/officers/me',
  '/{x}',
];

const segment = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('01', '99', 'citizen-an', '%', '%E0%A4%A', '..', '%00', 'latest', '1e309', '-1'),
);
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', 'null', '[]', '{}', '{"text":1}', '{"days":1e400}'),
);
const json = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc
    .record(
      { text: fc.string(), days: fc.integer(), hours: fc.double(), delayMs: fc.integer() },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
  text,
);
const headerValue = fc.string({ maxLength: 30 }).map((value) => value.replace(/[^\x20-\x7e]/g, ''));

const requestArbitrary = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
  path: fc
    .tuple(fc.constantFrom(...PATHS), segment)
    .map(([path, value]) => path.replace('{x}', encodeURIComponent(value))),
  query: fc.dictionary(fc.constantFrom('q', 'limit', 'cursor', 'level', 'provinceCode', 'x'), text, {
    maxKeys: 3,
  }),
  body: fc.option(json),
  contentType: fc.option(
    fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/merge-patch+json',
    ),
  ),
  authorization: fc.option(fc.oneof(headerValue, fc.constant('Bearer '), fc.constant('Bearer mct_x'))),
  apiKey: fc.option(headerValue),
  language: fc.option(headerValue),
  idempotencyKey: fc.option(headerValue),
  fault: fc.option(fc.oneof(headerValue, fc.constantFrom('latency=0', 'status=418', 'times=2', 'drop;;'))),
});

describe.each(testDatabases())('no input produces a 5xx on $name', (engine) => {
  let database: TestDatabaseInstance;
  let sandbox: Sandbox;

  beforeAll(async () => {
    database = await engine.create();
    sandbox = await createSandbox({ database: database.url, logger: false, modules: [notesModule] });
  });
  afterAll(async () => {
    await sandbox.close();
    await database.drop();
  });

  it('answers arbitrary requests with < 500 (a problem document for errors)', async () => {
    await fc.assert(
      fc.asyncProperty(requestArbitrary, async (input) => {
        const url = new URL(`http://sandbox.local${input.path}`);
        for (const [key, value] of Object.entries(input.query)) url.searchParams.append(key, value);
        const headers = new Headers();
        if (input.contentType) headers.set('content-type', input.contentType);
        if (input.authorization) headers.set('authorization', input.authorization);
        if (input.apiKey) headers.set('x-api-key', input.apiKey);
        if (input.language) headers.set('accept-language', input.language);
        if (input.idempotencyKey) headers.set('idempotency-key', input.idempotencyKey);
        // Drops, latencies and injected 5xx are exercised elsewhere; everything else must be refused or applied cleanly.
        if (input.fault !== null && !/drop|latency=[1-9]|status=5/i.test(input.fault))
          headers.set('x-sandbox-fault', input.fault);
        const hasBody = input.body !== null && !['GET', 'HEAD'].includes(input.method);
        const response = await sandbox.fetch(
          new Request(url, { method: input.method, headers, body: hasBody ? input.body : undefined }),
        );
        expect(response.status, `${input.method} ${url.pathname}${url.search}`).toBeLessThan(500);
        if (response.status >= 400 && input.method !== 'HEAD') {
          expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
