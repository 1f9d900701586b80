import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as checks from '@motcua/contract/checks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { isNetworkError, isTimeoutError, isValidationError } from './errors.js';
import { createValidation } from './validation.js';

// A server whose answers go wrong after their headers: what a proxy or a crashing backend does.
let server: Server;
let baseUrl: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    // `/units/provinces/<code>/communes`: the province code says what goes wrong.
    const kind = request.url?.split('/')[3];
    if (kind === '97')
      return response.writeHead(200, { 'Content-Type': 'text/html' }).end('<h1>Bảo trì</h1>');
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.write('{"items":[');
    if (kind === '99') setTimeout(() => response.socket?.destroy(), 20);
    // Province 98 never finishes its answer.
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('an answer that goes wrong after its headers', () => {
  it('stalls: the call ends with a TimeoutError at its total timeout', async () => {
    const client = createClient({ baseUrl, retry: false, totalTimeout: 300 });
    const error = await client.units.communes('98').catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
  });

  it('is cut off: a NetworkError', async () => {
    const client = createClient({ baseUrl, retry: false, locale: 'en' });
    const error = await client.units.communes('99').catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    expect((error as Error).message).toBe('No connection: GET /units/provinces/{provinceCode}/communes');
  });

  it('is not JSON: with validation, a ValidationError in the client words', async () => {
    const client = createClient({ baseUrl, validation: createValidation(Object.values(checks)) });
    const error = await client.units.communes('97').catch((e: unknown) => e);
    expect(isValidationError(error) && error.message).toBe(
      'response: Giá trị không đúng kiểu dữ liệu (cần đối tượng)',
    );
  });
});
