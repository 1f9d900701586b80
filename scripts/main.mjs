// The main job: the platform sandbox on a seeded, embedded SQLite file, with its URL, OpenAPI and demo personas
// printed by the CLI. PORT and DATABASE_URL override the defaults.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dataDir = join(root, '.data');
mkdirSync(dataDir, { recursive: true });
const database = process.env.DATABASE_URL ?? join(dataDir, 'sandbox.sqlite');
const cli = join(root, 'packages', 'sandbox', 'dist', 'cli.js');
const child = spawn(process.execPath, [cli, '--port', process.env.PORT ?? '8080', '--database', database], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
