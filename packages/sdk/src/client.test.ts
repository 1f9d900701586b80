import * as checks from '@motcua/contract/checks';
import { describe, expect, it, vi } from 'vitest';
import { createClient } from './client.js';
import { isApiError, isNetworkError, isTimeoutError, isValidationError } from './errors.js';
import { createValidation } from './validation.js';

/** A fetch stub answering from a script, recording what it was asked. */
function scriptedFetch(answers: (() => Response)[]) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    const next = answers.shift();
    if (!next) throw new Error('unexpected request');
    return next();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
const problem = (status: number, code: string, headers: Record<string, string> = {}) =>
  json({ type: `https://motcua.dev/problems/${code}`, title: code, status, code }, status, {
    'Content-Type': 'application/problem+json',
    ...headers,
  });
const dropped = () => {
  throw new TypeError('fetch failed');
};

const fast = { limit: 3, backoffLimit: 1 };

describe('createClient against a stubbed fetch', () => {
  it('retries an idempotent POST with the same Idempotency-Key on every attempt', async () => {
    const { fetch, requests } = scriptedFetch([
      problem(503, 'server.unavailable'),
      dropped,
      json({ id: 'd1', code: 'X' }),
    ]);
    const client = createClient({ baseUrl: 'http://platform.test', fetch, retry: fast, token: 'tok' });
    await client.dossiers.submit('d1');
    expect(requests).toHaveLength(3);
    const keys = new Set(requests.map((r) => r.headers.get('Idempotency-Key')));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer tok');
    expect(requests[0]?.url).toBe('http://platform.test/dossiers/d1/submit');
  });

  it('never retries a non-idempotent write', async () => {
    const { fetch, requests } = scriptedFetch([problem(503, 'server.unavailable')]);
    const client = createClient({ baseUrl: 'http://platform.test', fetch, retry: fast });
    const error = await client.dossiers.update('d1', { summary: 'x' }).catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(503);
    expect(requests).toHaveLength(1);
  });

  it('honours Retry-After on 429', async () => {
    const { fetch, requests } = scriptedFetch([
      problem(429, 'rate.limited', { 'Retry-After': '1' }),
      json({ items: [] }),
    ]);
    const client = createClient({ baseUrl: 'http://platform.test', fetch, retry: fast });
    const started = Date.now();
    await client.units.provinces();
    expect(requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('turns problems into ApiError with field errors, and dropped connections into NetworkError', async () => {
    const field = { path: ['summary'], code: 'validation.required', message: 'Vui lòng nhập thông tin này' };
    const { fetch } = scriptedFetch([
      json(
        {
          type: 't',
          title: 'Dữ liệu gửi lên không hợp lệ',
          status: 422,
          code: 'request.invalid',
          errors: [field],
        },
        422,
      ),
      dropped,
    ]);
    const client = createClient({ baseUrl: 'http://platform.test', fetch, retry: false });
    const invalid = await client.dossiers.create({} as never).catch((e: unknown) => e);
    expect(isApiError(invalid) && invalid.fieldErrors).toEqual([field]);
    const offline = await client.units.provinces().catch((e: unknown) => e);
    expect(isNetworkError(offline)).toBe(true);
  });

  it('says a timeout and a lost connection in the client locale, naming the endpoint, not the personal address', async () => {
    const stalled = () => new Promise<Response>(() => {});
    const cases = [
      { locale: 'vi', answer: dropped, guard: isNetworkError, words: 'Mất kết nối' },
      { locale: 'en', answer: dropped, guard: isNetworkError, words: 'No connection' },
      { locale: 'vi', answer: stalled, guard: isTimeoutError, words: 'Hết thời gian chờ' },
      { locale: 'en', answer: stalled, guard: isTimeoutError, words: 'Timed out' },
    ] as const;
    for (const { locale, answer, guard, words } of cases) {
      const fetch = (async () => answer()) as unknown as typeof globalThis.fetch;
      const client = createClient({
        baseUrl: 'http://platform.test',
        fetch,
        retry: false,
        timeout: 20,
        locale,
      });
      const error = await client.dossiers.get('0987654321').catch((e: unknown) => e);
      expect(guard(error), `${locale} ${words}`).toBe(true);
      expect((error as Error).message).toBe(`${words}: GET /dossiers/{ref}`);
    }
  });

  it('with validation, refuses bad arguments before any request, in the client locale', async () => {
    const { fetch, requests } = scriptedFetch([]);
    const client = createClient({
      baseUrl: 'http://platform.test',
      fetch,
      validation: createValidation(Object.values(checks)),
      locale: 'en',
    });
    const error = await client.procedures.get('not-a-code').catch((e: unknown) => e);
    expect(isValidationError(error) && error.source).toBe('request');
    expect(isValidationError(error) && error.issues[0]?.path).toEqual(['code']);
    expect(isValidationError(error) && error.message).toMatch(/^params\.code: /);
    expect(requests).toHaveLength(0);
  });

  it('with validation, refuses a malformed response instead of passing undefined along', async () => {
    const { fetch } = scriptedFetch([json({ items: 'nope' })]);
    const client = createClient({
      baseUrl: 'http://platform.test',
      fetch,
      validation: createValidation(Object.values(checks)),
    });
    const error = await client.units.provinces().catch((e: unknown) => e);
    expect(isValidationError(error) && error.source).toBe('response');
    expect(isValidationError(error) && error.message).toBe(
      'response.items: Giá trị không đúng kiểu dữ liệu (cần danh sách)',
    );
  });

  it('asks the token function before every attempt, and credentials win over per-call headers', async () => {
    const { fetch, requests } = scriptedFetch([problem(503, 'server.unavailable'), json({ items: [] })]);
    const tokens = ['first', 'refreshed'];
    const client = createClient({
      baseUrl: 'http://platform.test',
      fetch,
      retry: fast,
      token: async () => tokens.shift(),
      apiKey: 'key-1',
    });
    await client.units.provinces({ headers: { Authorization: 'Bearer spoofed', 'X-Trace': 't1' } });
    expect(requests.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer first', 'Bearer refreshed']);
    expect(requests.map((r) => r.headers.get('X-Api-Key'))).toEqual(['key-1', 'key-1']);
    expect(requests[0]?.headers.get('X-Trace')).toBe('t1');
    expect(requests[0]?.headers.get('Accept-Language')).toBe('vi');
  });

  it('fails a call whose token never comes within its total timeout, sending nothing', async () => {
    const { fetch, requests } = scriptedFetch([]);
    const client = createClient({
      baseUrl: 'http://platform.test',
      fetch,
      totalTimeout: 50,
      token: () => new Promise<string>(() => {}),
    });
    const error = await client.units.provinces().catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
    expect(requests).toHaveLength(0);
  });

  it('logs each retry through the logger, with personal data masked', async () => {
    const { fetch } = scriptedFetch([dropped, json({ id: 'd1' })]);
    const warn = vi.fn();
    const client = createClient({ baseUrl: 'http://platform.test', fetch, retry: fast, logger: { warn } });
    await client.dossiers.get('0987654321');
    expect(warn).toHaveBeenCalledOnce();
    const [message, fields] = warn.mock.calls[0] ?? [];
    expect(message).toBe('retrying');
    expect(fields).toMatchObject({ retry: 1, url: 'http://platform.test/dossiers/*******321' });
  });
});
