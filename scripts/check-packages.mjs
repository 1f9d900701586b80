// Checks every publishable package the way users receive it: from its packed tarball.
//   pack → publint → attw → install all tarballs into a project outside the workspace → import (ESM) and require (CJS).
// With --pack-only it stops after packing (the release dry-run).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const packOnly = process.argv.includes('--pack-only');
// Optional folder names to check only some packages: `node scripts/check-packages.mjs core sdk`.
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const outDir = join(root, '.tmp', 'packs');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const run = (cmd, args, cwd = root) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
const bin = (name) => join(root, 'node_modules', '.bin', name);

const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({
    dir: join(root, 'packages', dir),
    manifest: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')),
  }))
  .filter(
    ({ dir, manifest }) =>
      !manifest.private && (only.length === 0 || only.some((name) => dir.endsWith(`/${name}`))),
  );

const tarballs = [];
for (const { dir, manifest } of packages) {
  // pnpm pack rewrites workspace: ranges to real versions, as publishing would.
  const out = run('pnpm', ['pack', '--pack-destination', outDir], dir).trim().split('\n').pop();
  const tarball = resolve(dir, out);
  tarballs.push({ name: manifest.name, tarball, manifest });
  console.log(`packed ${manifest.name} → ${tarball.replace(`${root}/`, '')}`);
}
if (packOnly) process.exit(0);

for (const { name, tarball } of tarballs) {
  console.log(`\n— publint ${name}`);
  process.stdout.write(run(bin('publint'), ['run', tarball, '--strict']));
  console.log(`— attw ${name}`);
  process.stdout.write(run(bin('attw'), [tarball, '--format', 'table-flipped', '--profile', 'node16']));
}

// A consumer project outside the workspace, so nothing resolves through workspace links.
const consumer = mkdtempSync(join(tmpdir(), 'motcua-consumer-'));
try {
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', ...tarballs.map((t) => t.tarball)], consumer);
  for (const { name, manifest } of tarballs) {
    const subpaths = Object.keys(manifest.exports ?? { '.': null }).filter(
      (s) => !s.endsWith('.json') && !s.endsWith('.css'),
    );
    for (const subpath of subpaths) {
      const specifier = subpath === '.' ? name : `${name}/${subpath.slice(2)}`;
      const esm = `const m = await import(${JSON.stringify(specifier)}); if (!Object.keys(m).length) throw new Error('no exports'); console.log('esm ', ${JSON.stringify(specifier)}, Object.keys(m).length, 'exports')`;
      const cjs = `const m = require(${JSON.stringify(specifier)}); if (!Object.keys(m).length) throw new Error('no exports'); console.log('cjs ', ${JSON.stringify(specifier)}, Object.keys(m).length, 'exports')`;
      process.stdout.write(run(process.execPath, ['--input-type=module', '-e', esm], consumer));
      process.stdout.write(run(process.execPath, ['-e', cjs], consumer));
    }
  }
  const smoke = join(root, 'scripts', 'consumer-smoke');
  const installed = new Set(tarballs.map((t) => t.name.split('/')[1]));
  for (const file of readdirSync(smoke).filter((f) => installed.has(f.split('.')[0]))) {
    writeFileSync(join(consumer, file), readFileSync(join(smoke, file)));
    process.stdout.write(run(process.execPath, [file], consumer));
  }
} finally {
  rmSync(consumer, { recursive: true, force: true });
}
console.log('\npackages: all checks passed');
