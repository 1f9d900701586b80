import path from 'node:path';
import { defineProject } from 'vitest/config';
import base from '../vitest.config.ts';

/**
 * The `react-sandbox` project: the widgets' `*.sandbox.test.tsx` in Chromium against a real sandbox that
 * `sandbox-global-setup.ts` starts in Node. The plain `react` project runs the same files and skips them (no URL).
 *
 *   pnpm exec vitest run --config packages/react/bench/vitest.sandbox.config.ts
 */
export default defineProject({
  ...base,
  root: path.resolve(import.meta.dirname, '..'),
  // Everything these tests import up front: a dependency discovered mid-run makes Vite reload the page.
  optimizeDeps: {
    include: [
      ...(base.optimizeDeps?.include ?? []),
      '@radix-ui/react-dialog',
      '@motcua/sdk',
      '@motcua/core',
      '@testing-library/react',
    ],
  },
  test: {
    ...base.test,
    name: 'react-sandbox',
    include: ['src/**/*.sandbox.test.tsx'],
    globalSetup: [path.resolve(import.meta.dirname, 'sandbox-global-setup.ts')],
    testTimeout: 30_000,
  },
});
