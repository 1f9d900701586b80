import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: what integrators' tests import.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // Each config cleans only its own files: the two builds run at the same time.
    clean: ['index.*'],
    sourcemap: true,
    target: 'es2022',
    // import.meta.url (used to find the contract's OpenAPI file) needs a shim in the CommonJS build.
    shims: true,
  },
  {
    // The `motcua-sandbox` bin: ESM only (package.json "bin" points at dist/cli.js), with its shebang.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    clean: ['cli.*'],
    sourcemap: true,
    target: 'es2022',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
