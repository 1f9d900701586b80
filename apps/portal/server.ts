/**
 * Serves the built portal (`dist/`): static files, `index.html` for every page path (the portal routes in the
 * browser), and `/config.json` telling the portal where the platform is. A strict Content-Security-Policy goes
 * with every answer, because a government portal should run under one: scripts and styles from this origin only,
 * calls to this origin and to the platform.
 *
 *   node server.ts --port 5173 --api http://127.0.0.1:8080
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

export interface PortalServerOptions {
  /** The built portal (default: this folder's `dist/`). */
  root?: string;
  /** The platform's base URL, as the browser reaches it: the API and the sign-in issuer. */
  apiUrl: string;
  /** `0` picks a free port. */
  port: number;
  host?: string;
}

export interface PortalServer {
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The policy for the portal's pages: nothing inline, nothing evaluated, the platform the only other origin. */
export function contentSecurityPolicy(apiUrl: string): string {
  const api = new URL(apiUrl).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${api}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

/**
 * Starts the portal's server.
 *
 * @example
 * const portal = await startPortalServer({ apiUrl: 'http://127.0.0.1:8080', port: 5173 });
 * console.log(portal.url); // http://127.0.0.1:5173
 * await portal.close();
 */
export async function startPortalServer(options: PortalServerOptions): Promise<PortalServer> {
  const root = resolve(options.root ?? join(import.meta.dirname, 'dist'));
  const config = JSON.stringify({ apiUrl: options.apiUrl.replace(/\/$/, '') });
  const policy = contentSecurityPolicy(options.apiUrl);
  await stat(join(root, 'index.html')).catch(() => {
    throw new Error(
      `The portal is not built: no ${join(root, 'index.html')} (run pnpm --filter @motcua/portal build)`,
    );
  });

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('Content-Security-Policy', policy);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'same-origin');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://portal').pathname);
    } catch {
      return send(response, 400, 'text/plain; charset=utf-8', 'Bad request');
    }
    if (path === '/config.json') {
      response.setHeader('Cache-Control', 'no-store');
      return send(response, 200, TYPES['.json'] as string, config);
    }
    const file = normalize(join(root, path));
    const inside = file === root || file.startsWith(root + sep);
    const found = inside ? await stat(file).catch(() => undefined) : undefined;
    if (found?.isFile()) {
      // Vite names built assets by content hash: they never change under their name.
      const immutable = path.startsWith('/assets/');
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': found.size,
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (request.method === 'HEAD') return response.end();
      createReadStream(file).pipe(response);
      return;
    }
    // A missing asset (a file type the portal ships) is a 404; any other path is a page of the portal, dots
    // included: dossier and procedure codes have them (`/ho-so/000.00.01.H26-260213-0001`).
    if (!inside || extname(path).toLowerCase() in TYPES)
      return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    response.setHeader('Cache-Control', 'no-cache');
    const index = join(root, 'index.html');
    response.writeHead(200, { 'Content-Type': TYPES['.html'] as string });
    if (request.method === 'HEAD') return response.end();
    createReadStream(index).pipe(response);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Server error');
      else response.destroy();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// `node server.ts [--port 5173] [--api http://127.0.0.1:8080]`
if (import.meta.main) {
  const { values } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, api: { type: 'string' }, host: { type: 'string' } },
  });
  const portal = await startPortalServer({
    port: Number(values.port ?? process.env.PORTAL_PORT ?? 5173),
    apiUrl: values.api ?? process.env.MOTCUA_API_URL ?? 'http://127.0.0.1:8080',
    ...(values.host ? { host: values.host } : {}),
  });
  process.stderr.write(`motcua portal on ${portal.url}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void portal.close());
}
