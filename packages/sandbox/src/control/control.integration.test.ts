import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { notesModule } from '../../test/notes-module.js';
import { DEMO_OFFICER_ID, PERSONAS } from '../seed/index.js';
import { seedApiKeys } from '../seed-data/index.js';

const DAY = 24 * 60 * 60 * 1000;

describe.each(testDatabases())('sandbox controls on $name', (engine) => {
  let sb: RunningSandbox;
  const advance = (body: unknown) => sb.request('/sandbox/clock/advance', { method: 'POST', json: body });

  beforeAll(async () => {
    sb = await startSandbox(engine, { modules: [notesModule] });
  });
  afterAll(() => sb.stop());

  it('reports health and the database engine', async () => {
    expect(await (await sb.request('/health')).json()).toMatchObject({ status: 'ok', database: engine.name });
  });

  it('serves the contract’s OpenAPI document, addressed to this sandbox', async () => {
    const document = (await (await sb.request('/openapi.json')).json()) as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<string, Record<string, { operationId: string }>>;
      components: { securitySchemes: Record<string, { openIdConnectUrl?: string }> };
      'x-motcua-placeholder'?: boolean;
    };
    expect(document.openapi).toMatch(/^3\.1/);
    expect(document['x-motcua-placeholder']).toBeUndefined();
    expect(document.paths['/units/provinces']?.get?.operationId).toBe('units.listProvinces');
    expect(document.paths['/sandbox/agency-keys']?.post?.operationId).toBe('sandbox.createAgencyKey');
    expect(document.servers).toEqual([{ url: sb.url, description: 'This sandbox' }]);
    expect(document.components.securitySchemes.openIdConnect?.openIdConnectUrl).toBe(
      `${sb.url}/.well-known/openid-configuration`,
    );
  });

  it('lists the seeded personas, deterministically, with their descriptions', async () => {
    const { items } = (await (await sb.request('/sandbox/personas')).json()) as {
      items: { id: string; principal: string; description?: string; agencyCode?: string }[];
    };
    expect(items.map((persona) => persona.id)).toEqual(PERSONAS.map((persona) => persona.id).sort());
    expect(items.find((persona) => persona.id === 'business-an-phat')?.principal).toBe('citizen');
    expect(items.find((persona) => persona.id === 'officer-ha-noi-justice')).toMatchObject({
      principal: 'officer',
      agencyCode: '000.00.02.H26',
    });
    expect(items.find((persona) => persona.id === 'citizen-lien')?.description).toMatch(/Level-1/);
    expect(items.every((persona) => (persona.description ?? '').length > 0)).toBe(true);
  });

  it('issues persona tokens shaped like an OAuth token response', async () => {
    const response = await sb.request('/sandbox/personas/citizen-binh/token', { method: 'POST' });
    expect(response.status).toBe(200);
    const token = (await response.json()) as { accessToken: string; tokenType: string; expiresIn: number };
    expect(token).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });
    expect(token.accessToken).toMatch(/^mct_[\w-]{43}$/);
    const stored = await sb.sandbox.db.selectFrom('tokens').select('token_hash').execute();
    expect(stored.some((row) => row.token_hash === token.accessToken)).toBe(false);
  });

  it('answers 404 for an unknown persona and 422 for a malformed id', async () => {
    expect((await sb.request('/sandbox/personas/nobody/token', { method: 'POST' })).status).toBe(404);
    expect((await sb.request('/sandbox/personas/NOT%20OK/token', { method: 'POST' })).status).toBe(422);
  });

  it('issues agency API keys that authenticate as the agency, and stores only their hash', async () => {
    const response = await sb.request('/sandbox/agency-keys', {
      method: 'POST',
      json: { agencyCode: '001.00.00.H26', label: '  Phần mềm một cửa phường Ba Đình  ' },
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as {
      keyId: string;
      key: string;
      label: string;
      agency: { code: string; name: string };
    };
    expect(created).toMatchObject({
      label: 'Phần mềm một cửa phường Ba Đình',
      agency: { code: '001.00.00.H26', name: 'Ủy ban nhân dân phường Ba Đình' },
    });
    expect(created.key).toMatch(/^sk_sandbox_[\w-]{32}$/);
    const ping = await sb.request('/test/agency/ping', { headers: { 'x-api-key': created.key } });
    expect(await ping.json()).toEqual({ agencyCode: '001.00.00.H26' });
    const me = await sb.request('/auth/me', { headers: { 'x-api-key': created.key } });
    expect(await me.json()).toEqual({
      kind: 'agencyKey',
      keyId: created.keyId,
      label: created.label,
      agencyCode: '001.00.00.H26',
    });
    const rows = await sb.sandbox.db
      .selectFrom('api_keys')
      .selectAll()
      .where('id', '=', created.keyId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.key_hash).not.toBe(created.key);
  });

  it('refuses agency keys for unknown agencies or without a label', async () => {
    const unknown = await sb.request('/sandbox/agency-keys', {
      method: 'POST',
      json: { agencyCode: '999.00.00.H99', label: 'x' },
    });
    expect(unknown.status).toBe(404);
    const blank = await sb.request('/sandbox/agency-keys', {
      method: 'POST',
      json: { agencyCode: '001.00.00.H26', label: '   ' },
    });
    expect(blank.status).toBe(422);
  });

  it('accepts every seeded agency API key (seed-data’s 36)', async () => {
    const ping = await sb.request('/test/agency/ping', { headers: { 'x-api-key': 'sk_sandbox_h56_health' } });
    expect(await ping.json()).toEqual({ agencyCode: '000.00.06.H56' });
    const ids = (await sb.sandbox.db.selectFrom('api_keys').select('id').execute()).map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining(seedApiKeys.map((key) => key.id)));
    expect(seedApiKeys).toHaveLength(36);
  });

  it('reads and advances the test clock', async () => {
    const before = (await (await sb.request('/sandbox/clock')).json()) as {
      now: string;
      offsetMs: number;
      timeZone: string;
    };
    expect(before.timeZone).toBe('Asia/Ho_Chi_Minh');
    const after = (await (await advance({ days: 1, hours: 2, minutes: 3 })).json()) as {
      now: string;
      offsetMs: number;
    };
    expect(after.offsetMs - before.offsetMs).toBe(DAY + 2 * 3600_000 + 3 * 60_000);
    expect(Date.parse(after.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(
      after.offsetMs - before.offsetMs,
    );
    expect((await sb.sandbox.now()).getTime()).toBeGreaterThanOrEqual(Date.parse(after.now));
  });

  it('refuses clock steps that are empty, negative, fractional or unknown', async () => {
    for (const body of [{}, { days: -1 }, { hours: 1.5 }, { weeks: 1 }, { days: '1' }]) {
      const response = await advance(body);
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
  });

  it('expires tokens on the test clock', async () => {
    const token = await sb.token(DEMO_OFFICER_ID);
    expect((await sb.request('/test/officers/me', { token })).status).toBe(200);
    await advance({ hours: 1, minutes: 1 });
    const expired = await sb.request('/test/officers/me', { token });
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as { code: string }).code).toBe('auth.invalidToken');
  });

  it('keeps idempotency keys for 24 hours of test-clock time, per persona rather than per token', async () => {
    const key = randomUUID();
    // Tokens live an hour, so each step signs in again: the key belongs to the persona, not to one token.
    const send = async () =>
      sb.request('/test/notes', {
        method: 'POST',
        json: { text: 'kept' },
        token: await sb.token('citizen-an'),
        headers: { 'idempotency-key': key },
      });
    expect((await send()).status).toBe(201);
    await advance({ hours: 23 });
    const within = await send();
    expect(within.status).toBe(201);
    expect(within.headers.get('idempotent-replayed')).toBe('true');
    await advance({ hours: 1 });
    const after = await send();
    expect(after.status).toBe(201);
    expect(after.headers.get('idempotent-replayed')).toBeNull();
  });

  it('resets to the seeded state: rows, events, clock and tokens gone, personas back', async () => {
    const token = await sb.token('citizen-an');
    await sb.request('/test/notes', { method: 'POST', json: { text: 'before reset' }, token });
    await advance({ days: 2 });
    const response = await sb.request('/sandbox/reset', { method: 'POST' });
    expect(await response.json()).toMatchObject({ reset: true, seeded: true });
    const db = sb.sandbox.db;
    expect(await db.selectFrom('test_notes').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('events').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('tokens').selectAll().execute()).toEqual([]);
    expect((await (await sb.request('/sandbox/clock')).json()) as { offsetMs: number }).toMatchObject({
      offsetMs: 0,
    });
    expect((await db.selectFrom('personas').select('id').execute()).length).toBe(PERSONAS.length);
    expect((await sb.request('/test/officers/me', { token })).status).toBe(401);
    // Identity counters restart: the outbox numbers events from 1 again.
    const again = await sb.token('citizen-an');
    await sb.request('/test/notes', { method: 'POST', json: { text: 'after reset' }, token: again });
    expect((await db.selectFrom('events').select('id').execute()).map((row) => row.id)).toEqual([1]);
  });

  it('resets through the API object too', async () => {
    await advance({ days: 1 });
    await sb.sandbox.reset();
    expect((await (await sb.request('/sandbox/clock')).json()) as { offsetMs: number }).toMatchObject({
      offsetMs: 0,
    });
  });
});
