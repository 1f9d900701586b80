import { defineConfig } from 'tsup';

const entry = { index: 'src/index.ts', routes: 'src/routes-entry.ts', checks: 'src/checks-entry.ts' };

export default defineConfig([
  // ESM module by module (not one bundle), so a bundler keeps only the endpoints — and schemas — a page uses.
  {
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.d.ts', '!src/checks/render.ts'],
    format: ['esm'],
    bundle: false,
    dts: { entry },
    clean: true,
    sourcemap: true,
    target: 'es2022',
  },
  // CommonJS consumers do not tree-shake: one file per entry point.
  { entry, format: ['cjs'], dts: true, sourcemap: true, target: 'es2022' },
]);
