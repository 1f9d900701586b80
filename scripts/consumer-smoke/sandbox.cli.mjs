// The `motcua-sandbox` bin (what `npx motcua-sandbox` runs) from the installed tarball: starts in seconds with seeds, prints its URL, serves the
// OpenAPI document and the personas, and stops cleanly on SIGTERM.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const started = Date.now();
// The bin itself rather than `npx`, so SIGTERM reaches the sandbox and not only a wrapper process.
const bin = join(process.cwd(), 'node_modules', '.bin', 'motcua-sandbox');
const child = spawn(bin, ['--port', '0', '--database', ':memory:'], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
let banner = '';
const url = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`no banner after 30 s:\n${banner}`)), 30_000);
  child.stderr.on('data', (chunk) => {
    banner += chunk;
    const match = banner.match(/listening on (http:\/\/[\d.:]+)/);
    if (match && banner.includes('citizen-an')) {
      clearTimeout(timer);
      resolve(match[1]);
    }
  });
  child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${banner}`)));
});
try {
  assert.match(banner, /OpenAPI\s+http:\/\/.*\/openapi\.json/);
  const openapi = await (await fetch(`${url}/openapi.json`)).json();
  assert.equal(openapi.openapi, '3.1.0');
  const personas = await (await fetch(`${url}/sandbox/personas`)).json();
  assert.ok(personas.items.length > 10);
  console.log(`cli  motcua-sandbox ready in ${Date.now() - started} ms at ${url}`);
} finally {
  child.kill('SIGTERM');
}
const code = await new Promise((resolve) =>
  child.once('exit', (exitCode, signal) => resolve(exitCode ?? signal)),
);
assert.ok(code === 0 || code === 'SIGTERM', `stopped with ${code}`);
