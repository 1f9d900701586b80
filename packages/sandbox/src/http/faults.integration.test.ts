import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { notesModule } from '../../test/notes-module.js';

describe.each(testDatabases())('fault injection and exactly-once retries on $name', (engine) => {
  let sb: RunningSandbox;
  let citizen: string;
  const countNotes = async () =>
    Number(
      (
        await sb.sandbox.db
          .selectFrom('test_notes')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const createNote = (text: string, headers: Record<string, string>) =>
    sb.request('/test/notes', { method: 'POST', json: { text }, token: citizen, headers });

  beforeAll(async () => {
    sb = await startSandbox(engine, { modules: [notesModule] });
    citizen = await sb.token('citizen-an');
  });
  afterAll(() => sb.stop());

  it('latency=N delays the answer by at least N ms', async () => {
    const started = performance.now();
    const response = await sb.request('/health', { headers: { 'x-sandbox-fault': 'latency=200' } });
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
  });

  it('status=503 answers a server.unavailable problem without running the handler', async () => {
    const notes = await countNotes();
    const response = await createNote('never', { 'x-sandbox-fault': 'status=503' });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { code: string }).code).toBe('server.unavailable');
    expect(await countNotes()).toBe(notes);
  });

  it('status=429;retry-after=1 answers rate.limited with Retry-After', async () => {
    const response = await sb.request('/health', {
      headers: { 'x-sandbox-fault': 'status=429;retry-after=1' },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(((await response.json()) as { code: string }).code).toBe('rate.limited');
  });

  it('status=502 keeps its own status', async () => {
    const response = await sb.request('/health', { headers: { 'x-sandbox-fault': 'status=502' } });
    expect(response.status).toBe(502);
    expect(((await response.json()) as { status: number }).status).toBe(502);
  });

  it('drop closes the connection before the handler runs: nothing is written', async () => {
    const notes = await countNotes();
    await expect(createNote('dropped', { 'x-sandbox-fault': 'drop' })).rejects.toThrow(TypeError);
    expect(await countNotes()).toBe(notes);
  });

  it('drop-after-commit commits, then closes: a retry with the same key replays, exactly once', async () => {
    const key = randomUUID();
    const notes = await countNotes();
    const headers = {
      'idempotency-key': key,
      'x-sandbox-fault': 'drop-after-commit',
      'x-sandbox-fault-once': key,
    };
    await expect(createNote('exactly once', headers)).rejects.toThrow(TypeError);
    expect(await countNotes()).toBe(notes + 1);
    const retry = await createNote('exactly once', headers);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await countNotes()).toBe(notes + 1);
  });

  it('without an idempotency key the same drop-after-commit retry writes twice (why keys matter)', async () => {
    const once = randomUUID();
    const notes = await countNotes();
    const headers = { 'x-sandbox-fault': 'drop-after-commit', 'x-sandbox-fault-once': once };
    await expect(createNote('twice', headers)).rejects.toThrow(TypeError);
    expect((await createNote('twice', headers)).status).toBe(201);
    expect(await countNotes()).toBe(notes + 2);
  });

  it('X-Sandbox-Fault-Once faults the first attempt only; times=N the first N; after=N the ones after N', async () => {
    const id = randomUUID();
    const headers = { 'x-sandbox-fault': 'status=503', 'x-sandbox-fault-once': id };
    expect((await sb.request('/health', { headers })).status).toBe(503);
    expect((await sb.request('/health', { headers })).status).toBe(200);
    expect((await sb.request('/health', { headers })).status).toBe(200);

    const twice = { 'x-sandbox-fault': 'status=500;times=2', 'x-sandbox-fault-once': randomUUID() };
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await sb.request('/health', { headers: twice })).status);
    expect(statuses).toEqual([500, 500, 200]);

    const third = { 'x-sandbox-fault': 'status=503;after=2', 'x-sandbox-fault-once': randomUUID() };
    statuses.length = 0;
    for (let i = 0; i < 4; i++) statuses.push((await sb.request('/health', { headers: third })).status);
    expect(statuses).toEqual([200, 200, 503, 200]);
  });

  it('a fault without Fault-Once applies every time', async () => {
    const headers = { 'x-sandbox-fault': 'status=503' };
    expect((await sb.request('/health', { headers })).status).toBe(503);
    expect((await sb.request('/health', { headers })).status).toBe(503);
  });

  it('an invalid fault header is a 400, not a 5xx', async () => {
    for (const value of [
      'status=418',
      'latency=-1',
      'latency=999999',
      'drop;status=503',
      'retry-after=1',
      'what',
      'drop=1',
    ]) {
      const response = await sb.request('/health', { headers: { 'x-sandbox-fault': value } });
      expect(response.status, value).toBe(400);
    }
  });

  it('drop on the in-process fetch rejects like a network error', async () => {
    const request = new Request('http://sandbox.local/health', { headers: { 'x-sandbox-fault': 'drop' } });
    await expect(sb.sandbox.fetch(request)).rejects.toThrow('fetch failed');
  });

  it('turns faults off when asked', async () => {
    const quiet = await startSandbox(engine, { faults: false });
    try {
      expect((await quiet.request('/health', { headers: { 'x-sandbox-fault': 'status=503' } })).status).toBe(
        200,
      );
    } finally {
      await quiet.stop();
    }
  });
});
