// The main job: the platform sandbox on a seeded, embedded SQLite file (its CLI prints the URL, OpenAPI and demo
// personas) and the reference portal, built by `pnpm run main`, served beside it and pointed at it.
//   PORT (default 8080)          the sandbox
//   PORTAL_PORT (default 5173)   the portal
//   DATABASE_URL                 postgres://… instead of .data/sandbox.sqlite
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startPortalServer } from '../apps/portal/server.ts';

const root = resolve(import.meta.dirname, '..');
const dataDir = join(root, '.data');
mkdirSync(dataDir, { recursive: true });
const database = process.env.DATABASE_URL ?? join(dataDir, 'sandbox.sqlite');
const sandboxPort = process.env.PORT ?? '8080';
const portalPort = Number(process.env.PORTAL_PORT ?? 5173);
// The address the browser uses for the platform: the sign-in issuer the portal expects is exactly this URL.
const apiUrl = `http://127.0.0.1:${sandboxPort}`;

const cli = join(root, 'packages', 'sandbox', 'dist', 'cli.js');
const sandbox = spawn(process.execPath, [cli, '--port', sandboxPort, '--database', database], {
  stdio: 'inherit',
});
const portal = await startPortalServer({ apiUrl, port: portalPort });
// Said last, under the sandbox's banner, once the platform answers.
for (let attempt = 0; attempt < 100; attempt++) {
  if (
    await fetch(`${apiUrl}/health`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  await new Promise((done) => setTimeout(done, 100));
}
process.stderr.write(
  `\nmotcua reference portal on ${portal.url}  (sign in with any citizen persona; platform ${apiUrl})\n\n`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!stopping) void portal.close();
    stopping = true;
    sandbox.kill(signal);
  });
}
sandbox.on('exit', async (code) => {
  await portal.close();
  process.exit(code ?? 0);
});
