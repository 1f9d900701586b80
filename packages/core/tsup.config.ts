import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'units/index': 'src/units/index.ts',
    'units/legacy/index': 'src/units/legacy/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // Entry points share no code chunks with each other: the main entry must not pull unit data.
  splitting: false,
  treeshake: true,
});
