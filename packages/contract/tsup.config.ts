import { defineConfig } from 'tsup';

export default defineConfig({
  // `routes` is the schema-free route table: its own entry so a browser bundle importing it carries no zod.
  entry: { index: 'src/index.ts', routes: 'src/routes.generated.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  splitting: false,
});
