import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalServer, startPortalServer } from './server.ts';

let root: string;
let portal: PortalServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'motcua-portal-server-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>portal</title>');
  await writeFile(join(root, 'assets', 'index-abc123.js'), 'export {};');
  await writeFile(join(tmpdir(), 'motcua-portal-secret.txt'), 'outside the root');
  portal = await startPortalServer({ root, apiUrl: 'http://127.0.0.1:8080/', port: 0 });
});

afterAll(async () => {
  await portal.close();
  await rm(root, { recursive: true, force: true });
  await rm(join(tmpdir(), 'motcua-portal-secret.txt'), { force: true });
});

const get = (path: string, init?: RequestInit) => fetch(`${portal.url}${path}`, init);

describe('the portal server', () => {
  it('tells the portal where the platform is, never cached', async () => {
    const response = await get('/config.json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ apiUrl: 'http://127.0.0.1:8080' });
  });

  it('answers every page path with index.html, dossier and procedure codes with their dots included', async () => {
    for (const path of [
      '/',
      '/ho-so/000.00.01.H26-260213-0001?paymentId=pay_1',
      '/thu-tuc/1.004194',
      '/auth/callback',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>portal</title>');
    }
  });

  it('serves hashed assets as immutable and a missing asset as 404, not as the page', async () => {
    const asset = await get('/assets/index-abc123.js');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await get('/assets/index-gone.js')).status).toBe(404);
  });

  it('sends a strict Content-Security-Policy that lets the portal reach the platform only', async () => {
    const policy = (await get('/')).headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:8080");
    expect(policy).not.toContain('unsafe');
  });

  it('never serves a file outside its root, and only reads', async () => {
    const escaped = await get('/..%2fmotcua-portal-secret.txt');
    expect(escaped.status).toBe(404);
    expect(await escaped.text()).not.toContain('outside the root');
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });
});
