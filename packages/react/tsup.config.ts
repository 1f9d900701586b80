import { defineConfig } from 'tsup';

const ignored = [
  '!src/**/*.test.ts',
  '!src/**/*.test.tsx',
  '!src/**/*.stories.tsx',
  '!src/test/**',
  '!src/**/fixtures.ts',
  '!src/**/*.d.ts',
];

export default defineConfig([
  // ESM is emitted module by module, not bundled, for two reasons: a consumer's bundler drops every widget it does
  // not use (`sideEffects` lists only CSS and the zod switch), and esbuild keeps a module's `'use client'`
  // directive when it does not bundle, so only the modules that need it are client modules in React Server
  // Components (messages and pure helpers stay importable from the server).
  {
    entry: ['src/**/*.ts', 'src/**/*.tsx', ...ignored],
    format: ['esm'],
    bundle: false,
    outDir: 'dist',
    dts: { entry: { index: 'src/index.ts' } },
    clean: true,
    target: 'es2022',
    sourcemap: true,
    esbuildOptions(options) {
      options.jsx = 'automatic';
    },
  },
  // CommonJS consumers do not tree-shake: one file, whose directive must be written back as a banner because
  // bundling strips it (esbuild warns "Module level directives cause errors when bundled").
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    outDir: 'dist',
    dts: true,
    target: 'es2022',
    sourcemap: true,
    external: ['react', 'react-dom', 'react/jsx-runtime', /^@motcua\//, /^@radix-ui\//, 'zod'],
    banner: { js: "'use client';" },
    esbuildOptions(options) {
      options.jsx = 'automatic';
      options.logOverride = { 'module-level-directive': 'silent' };
    },
  },
]);
