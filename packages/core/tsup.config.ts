import { defineConfig } from 'tsup';

const entry = {
  index: 'src/index.ts',
  'units/index': 'src/units/index.ts',
  'units/legacy/index': 'src/units/legacy/index.ts',
  'examples/index': 'src/examples/index.ts',
};

export default defineConfig([
  // ESM is emitted module by module, not bundled: with `sideEffects: false` a consumer's bundler drops every
  // module it does not use — zod schemas included — which one flattened file would defeat.
  {
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.d.ts', '!src/**/fixtures.ts'],
    format: ['esm'],
    bundle: false,
    outDir: 'dist',
    dts: { entry },
    clean: true,
    target: 'es2022',
    sourcemap: true,
  },
  // CommonJS consumers do not tree-shake: one file per entry point serves them best.
  {
    entry,
    format: ['cjs'],
    outDir: 'dist',
    dts: true,
    target: 'es2022',
    sourcemap: true,
  },
]);
