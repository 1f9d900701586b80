import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { notesModule } from '../../test/notes-module.js';
import { DEMO_AGENCY_API_KEY, DEMO_AGENCY_CODE, DEMO_OFFICER_ID } from '../seed/index.js';

interface ProblemJson {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: { path: (string | number)[]; code: string; message: string }[];
  requestId?: string;
}

const problemOf = async (response: Response) => {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as ProblemJson;
};

describe.each(testDatabases())('request pipeline on $name', (engine) => {
  let sb: RunningSandbox;
  let citizen: string;
  let otherCitizen: string;
  let officer: string;
  const countNotes = async () =>
    Number(
      (
        await sb.sandbox.db
          .selectFrom('test_notes')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const countEvents = async () =>
    Number(
      (
        await sb.sandbox.db
          .selectFrom('events')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const createNote = (json: unknown, headers: Record<string, string> = {}, token = citizen) =>
    sb.request('/test/notes', { method: 'POST', json, token, headers });

  beforeAll(async () => {
    sb = await startSandbox(engine, { modules: [notesModule], bodyLimit: 64 * 1024 });
    citizen = await sb.token('citizen-an');
    otherCitizen = await sb.token('citizen-binh');
    officer = await sb.token(DEMO_OFFICER_ID);
  });
  afterAll(() => sb.stop());

  describe('responses', () => {
    it('sets X-Request-Id on every response, and keeps a safe one sent by the client', async () => {
      for (const response of [
        await sb.request('/health'),
        await sb.request('/no/such/route'),
        await sb.request('/test/notes', { method: 'POST' }),
      ]) {
        expect(response.headers.get('x-request-id')).toMatch(/^req_[a-z]{20}$/);
      }
      const echoed = await sb.request('/health', { headers: { 'x-request-id': 'trace-42.a' } });
      expect(echoed.headers.get('x-request-id')).toBe('trace-42.a');
      const refused = await sb.request('/health', { headers: { 'x-request-id': 'bad id <script>' } });
      expect(refused.headers.get('x-request-id')).toMatch(/^req_/);
    });

    it('answers unknown routes with a 404 route.notFound problem, localised', async () => {
      const response = await sb.request('/no/such/endpoint', { headers: { 'accept-language': 'en' } });
      expect(response.status).toBe(404);
      const problem = await problemOf(response);
      expect(problem).toMatchObject({
        type: 'https://motcua.dev/problems/route.notFound',
        title: 'No such endpoint',
        status: 404,
        code: 'route.notFound',
        requestId: response.headers.get('x-request-id'),
      });
    });

    it('answers a wrong method with 405 and Allow', async () => {
      const response = await sb.request('/units/provinces', { method: 'DELETE' });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
      expect((await problemOf(response)).code).toBe('method.notAllowed');
    });

    it('serves HEAD for GET routes and answers CORS preflights', async () => {
      const head = await sb.request('/health', { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
      const preflight = await sb.request('/test/notes', {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:5173',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, idempotency-key, x-sandbox-fault',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/);
    });

    it('prefers literal path segments over parameters, whatever the registration order', async () => {
      const response = await sb.request('/test/notes/latest');
      expect(response.status).toBe(200);
    });
  });

  describe('validation', () => {
    it('reports field problems in Vietnamese by default', async () => {
      const response = await createNote({ text: '' });
      expect(response.status).toBe(422);
      const problem = await problemOf(response);
      expect(problem.code).toBe('request.invalid');
      expect(problem.title).toBe('Dữ liệu gửi lên không hợp lệ');
      expect(problem.errors).toEqual([
        { path: ['text'], code: 'validation.required', message: 'Vui lòng nhập thông tin này' },
      ]);
    });

    it('reports them in English when asked, with unknown fields refused by strict schemas', async () => {
      const response = await createNote(
        { text: 'x'.repeat(201), extra: true },
        { 'accept-language': 'en-GB,en;q=0.9' },
      );
      expect(response.status).toBe(422);
      const problem = await problemOf(response);
      expect(problem.title).toBe('Invalid request data');
      expect(response.headers.get('content-language')).toBe('en');
      expect(problem.errors).toEqual([
        { path: ['text'], code: 'validation.string.tooLong', message: 'Must be 200 characters or fewer' },
        { path: [], code: 'validation.unknownKeys', message: 'Fields not allowed: extra' },
      ]);
    });

    it('prefixes path and query problems so they never collide with body fields', async () => {
      const params = await problemOf(await sb.request('/test/notes/abc'));
      expect(params.errors?.[0]?.path).toEqual(['$params', 'id']);
      const query = await problemOf(await sb.request('/test/notes?limit=0&limit=2'));
      expect(query.errors?.[0]?.path).toEqual(['$query', 'limit']);
    });

    it('answers malformed JSON with 400 request.malformed', async () => {
      const response = await sb.request('/test/notes', {
        method: 'POST',
        token: citizen,
        headers: { 'content-type': 'application/json' },
        body: '{"text": "unterminated',
      });
      expect(response.status).toBe(400);
      expect((await problemOf(response)).code).toBe('request.malformed');
    });

    it('answers a body that is not UTF-8 with 400', async () => {
      const response = await sb.request('/test/notes', {
        method: 'POST',
        token: citizen,
        headers: { 'content-type': 'application/json' },
        body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      });
      expect(response.status).toBe(400);
    });

    it('answers a wrong content type with 415', async () => {
      const response = await sb.request('/test/notes', {
        method: 'POST',
        token: citizen,
        headers: { 'content-type': 'text/plain' },
        body: '{"text":"hi"}',
      });
      expect(response.status).toBe(415);
      expect((await problemOf(response)).code).toBe('request.unsupportedMediaType');
    });

    it('treats a missing body as absent, so the schema says what is required', async () => {
      const response = await sb.request('/test/notes', { method: 'POST', token: citizen });
      expect(response.status).toBe(422);
      expect((await problemOf(response)).errors?.[0]?.code).toBe('validation.required');
    });

    it('refuses an oversized body by its Content-Length with 413', async () => {
      const response = await createNote({ text: 'x'.repeat(100 * 1024) });
      expect(response.status).toBe(413);
      expect((await problemOf(response)).code).toBe('request.tooLarge');
    });

    it('refuses an oversized streamed body (no Content-Length) by counting bytes', async () => {
      const chunk = new TextEncoder().encode(`{"text":"${'x'.repeat(16 * 1024)}`);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 8) controller.enqueue(chunk);
          else controller.close();
        },
      });
      const response = await fetch(`${sb.url}/test/notes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen}` },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
    });
  });

  describe('authentication', () => {
    it('answers 401 auth.required without credentials, with WWW-Authenticate', async () => {
      const response = await sb.request('/test/notes', { method: 'POST', json: { text: 'hi' } });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await problemOf(response)).code).toBe('auth.required');
    });

    it('answers 401 auth.invalidToken for unknown or malformed credentials', async () => {
      for (const authorization of ['Bearer mct_nope', 'Basic dXNlcjpwYXNz', 'Bearer']) {
        const response = await sb.request('/test/notes', {
          method: 'POST',
          json: { text: 'hi' },
          headers: { authorization },
        });
        expect(response.status).toBe(401);
        expect((await problemOf(response)).code).toBe('auth.invalidToken');
      }
    });

    it('checks credentials before the input, so outsiders learn nothing about the schema', async () => {
      const response = await sb.request('/test/notes', { method: 'POST', json: { nonsense: 1 } });
      expect(response.status).toBe(401);
    });

    it('answers 403 auth.forbidden for the wrong kind of principal', async () => {
      const response = await sb.request('/test/officers/me', { token: citizen });
      expect(response.status).toBe(403);
      expect((await problemOf(response)).code).toBe('auth.forbidden');
      const ok = await sb.request('/test/officers/me', { token: officer });
      expect(await ok.json()).toEqual({ agencyCode: DEMO_AGENCY_CODE, role: 'deskOfficer' });
    });

    it('accepts the agency API key for agencyKey endpoints only', async () => {
      const headers = { 'x-api-key': DEMO_AGENCY_API_KEY.key };
      expect(await (await sb.request('/test/agency/ping', { headers })).json()).toEqual({
        agencyCode: DEMO_AGENCY_CODE,
      });
      expect((await sb.request('/test/agency/ping', { token: officer })).status).toBe(403);
      expect((await sb.request('/test/agency/ping', { headers: { 'x-api-key': 'sk_wrong' } })).status).toBe(
        401,
      );
    });

    it('lets public endpoints know a signed-in caller and ignore a stale token', async () => {
      expect(await (await sb.request('/test/public/me', { token: citizen })).json()).toEqual({
        principal: 'citizen-an',
      });
      expect(await (await sb.request('/test/public/me', { token: 'mct_stale' })).json()).toEqual({
        principal: null,
      });
    });
  });

  describe('transactions', () => {
    it('commits a handler’s writes and its events together', async () => {
      const [notes, events] = [await countNotes(), await countEvents()];
      const response = await createNote({ text: 'xin chào' });
      expect(response.status).toBe(201);
      expect(response.headers.get('location')).toMatch(/^\/test\/notes\/\d+$/);
      expect(await countNotes()).toBe(notes + 1);
      expect(await countEvents()).toBe(events + 1);
    });

    it('rolls everything back when a handler throws a problem', async () => {
      const [notes, events] = [await countNotes(), await countEvents()];
      const response = await createNote({ text: 'will fail', fail: 'problem' });
      expect(response.status).toBe(409);
      expect((await problemOf(response)).code).toBe('dossier.notEditable');
      expect(await countNotes()).toBe(notes);
      expect(await countEvents()).toBe(events);
    });

    it('rolls back and answers 500 server.error when a handler crashes', async () => {
      const notes = await countNotes();
      const response = await createNote({ text: 'will crash', fail: 'crash' });
      expect(response.status).toBe(500);
      const problem = await problemOf(response);
      expect(problem.code).toBe('server.error');
      expect(JSON.stringify(problem)).not.toContain('001087123456');
      expect(await countNotes()).toBe(notes);
    });

    it('rolls back and answers 500 when a handler breaks the response contract', async () => {
      const notes = await countNotes();
      const response = await createNote({ text: 'bad answer', fail: 'contract' });
      expect(response.status).toBe(500);
      expect(await countNotes()).toBe(notes);
    });

    it('publishes events to subscribers only after commit', async () => {
      const seen: string[] = [];
      const stop = sb.sandbox.events.subscribe((events) => seen.push(...events.map((event) => event.type)));
      await createNote({ text: 'fails', fail: 'problem' });
      expect(seen).toEqual([]);
      await createNote({ text: 'works' });
      expect(seen).toEqual(['note.created']);
      stop();
    });
  });

  describe('idempotency', () => {
    it('replays the stored response for the same key, principal and body', async () => {
      const key = randomUUID();
      const first = await createNote({ text: 'once' }, { 'idempotency-key': key });
      const notes = await countNotes();
      const second = await createNote({ text: 'once' }, { 'idempotency-key': key });
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      expect(second.headers.get('location')).toBe(first.headers.get('location'));
      expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
      expect(await second.json()).toEqual(await first.json());
      expect(await countNotes()).toBe(notes);
    });

    it('ignores key order and formatting when comparing bodies', async () => {
      const key = randomUUID();
      await createNote({ text: 'a', delayMs: 0 }, { 'idempotency-key': key });
      const replay = await sb.request('/test/notes', {
        method: 'POST',
        token: citizen,
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: '{ "delayMs": 0,\n "text": "a" }',
      });
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
    });

    it('answers 422 idempotency.conflict when the key is reused with another body', async () => {
      const key = randomUUID();
      await createNote({ text: 'first' }, { 'idempotency-key': key });
      const response = await createNote({ text: 'second' }, { 'idempotency-key': key });
      expect(response.status).toBe(422);
      expect((await problemOf(response)).code).toBe('idempotency.conflict');
    });

    it('scopes keys per principal', async () => {
      const key = randomUUID();
      const mine = await createNote({ text: 'same' }, { 'idempotency-key': key });
      const theirs = await createNote({ text: 'same' }, { 'idempotency-key': key }, otherCitizen);
      expect(theirs.headers.get('idempotent-replayed')).toBeNull();
      expect(((await theirs.json()) as { id: number }).id).not.toBe(
        ((await mine.json()) as { id: number }).id,
      );
    });

    it('answers 409 idempotency.inProgress to a concurrent duplicate', async () => {
      const key = randomUUID();
      const slow = createNote({ text: 'slow', delayMs: 400 }, { 'idempotency-key': key });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const duplicate = await createNote({ text: 'slow', delayMs: 400 }, { 'idempotency-key': key });
      expect(duplicate.status).toBe(409);
      expect(duplicate.headers.get('retry-after')).toBe('1');
      expect((await problemOf(duplicate)).code).toBe('idempotency.inProgress');
      expect((await slow).status).toBe(201);
      const replay = await createNote({ text: 'slow', delayMs: 400 }, { 'idempotency-key': key });
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
    });

    it('does not store failures: the key stays free when the handler fails', async () => {
      const key = randomUUID();
      const failed = await createNote({ text: 'x', fail: 'problem' }, { 'idempotency-key': key });
      expect(failed.status).toBe(409);
      const retried = await createNote({ text: 'x' }, { 'idempotency-key': key });
      expect(retried.status).toBe(201);
      expect(retried.headers.get('idempotent-replayed')).toBeNull();
    });

    it('refuses a malformed key with 400', async () => {
      for (const key of ['x'.repeat(256), 'tab\there', 'khóa']) {
        const response = await createNote({ text: 'k' }, { 'idempotency-key': key });
        expect(response.status).toBe(400);
      }
    });
  });

  describe('pagination', () => {
    it('walks every note with opaque cursors and PAGE_LIMIT bounds', async () => {
      for (let i = 0; i < 5; i++) await createNote({ text: `page ${i}` });
      const total = await countNotes();
      const ids: number[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
        const page = (await (await sb.request(`/test/notes${query}`)).json()) as {
          items: { id: number }[];
          nextCursor: string | null;
        };
        expect(page.items.length).toBeLessThanOrEqual(2);
        ids.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(ids.length).toBe(total);
      expect([...ids].sort((a, b) => a - b)).toEqual(ids);
      expect((await sb.request('/test/notes?limit=101')).status).toBe(422);
    });

    it('answers a forged cursor with 422, never 500', async () => {
      for (const cursor of ['garbage', 'eyJ2Ijo5fQ', Buffer.from('{"v":1,"k":[{}]}').toString('base64url')]) {
        const response = await sb.request(`/test/notes?cursor=${cursor}`);
        expect(response.status).toBe(422);
        expect((await problemOf(response)).errors?.[0]?.path).toEqual(['$query', 'cursor']);
      }
    });
  });
});
