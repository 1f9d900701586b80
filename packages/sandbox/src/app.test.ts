import { endpoint } from '@motcua/contract';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createSandbox } from './app.js';
import { route } from './http/route.js';

describe('createSandbox', () => {
  it('serves in-process without a socket', async () => {
    const sandbox = await createSandbox({ logger: false });
    try {
      const response = await sandbox.fetch(new Request('http://sandbox.local/health'));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
      expect(sandbox.dialect).toBe('sqlite');
    } finally {
      await sandbox.close();
    }
  });

  it('listens on several ports and closes them all', async () => {
    const sandbox = await createSandbox({ logger: false });
    const [a, b] = [await sandbox.listen(), await sandbox.listen({ port: 0, host: '127.0.0.1' })];
    expect(a.port).not.toBe(b.port);
    expect((await fetch(`${a.url}/health`)).status).toBe(200);
    expect((await fetch(`${b.url}/health`)).status).toBe(200);
    await sandbox.close();
    await expect(fetch(`${a.url}/health`)).rejects.toThrow();
  });

  it('seeds nothing with seed: false, on start and on reset', async () => {
    const sandbox = await createSandbox({ logger: false, seed: false });
    try {
      expect(await sandbox.db.selectFrom('personas').selectAll().execute()).toEqual([]);
      await sandbox.reset();
      const response = await sandbox.fetch(
        new Request('http://sandbox.local/sandbox/reset', { method: 'POST' }),
      );
      expect(await response.json()).toMatchObject({ reset: true, seeded: false });
    } finally {
      await sandbox.close();
    }
  });

  it('refuses two routes for the same method and path', async () => {
    const clash = endpoint({
      id: 'test.clash',
      method: 'GET',
      path: '/health',
      tag: 'test',
      summary: 'clash',
      response: z.object({}),
      auth: [],
      errors: [],
    });
    await expect(
      createSandbox({ logger: false, modules: [{ name: 'clash', routes: [route(clash, () => ({}))] }] }),
    ).rejects.toThrow(/Two routes serve GET \/health/);
  });

  it('closes the database when a migration fails on start', async () => {
    await expect(
      createSandbox({
        logger: false,
        modules: [
          {
            name: 'broken',
            migrations: [{ name: '0999_broken', up: async () => Promise.reject(new Error('nope')) }],
          },
        ],
      }),
    ).rejects.toThrow(/0999_broken/);
  });

  it('skips response checks when asked (production)', async () => {
    const lying = endpoint({
      id: 'test.lying',
      method: 'GET',
      path: '/test/lying',
      tag: 'test',
      summary: 'answers off-contract',
      response: z.object({ ok: z.literal(true) }),
      auth: [],
      errors: [],
    });
    const modules = [{ name: 'lying', routes: [route(lying, () => ({ ok: 'yes' }) as never)] }];
    const strict = await createSandbox({ logger: false, modules });
    const lax = await createSandbox({ logger: false, modules, validateResponses: false });
    try {
      expect((await strict.fetch(new Request('http://s/test/lying'))).status).toBe(500);
      expect((await lax.fetch(new Request('http://s/test/lying'))).status).toBe(200);
    } finally {
      await strict.close();
      await lax.close();
    }
  });
});
