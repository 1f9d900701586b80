import { defineProject } from 'vitest/config';

/**
 * The `portal` project: the citizen journey end to end, in real Chromium (Playwright driven from Node) against a
 * real sandbox and the built portal served by `server.ts`, with axe on every page.
 *
 *   pnpm exec vitest run --project portal
 */
export default defineProject({
  test: {
    name: 'portal',
    environment: 'node',
    include: ['server.test.ts', 'e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
