import { defineConfig } from 'tsup';

export default defineConfig({
  // Separate entries keep schemas (validation) and the OpenID client (auth) out of the default import.
  entry: { index: 'src/index.ts', validation: 'src/validation.ts', auth: 'src/auth.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  splitting: true,
});
