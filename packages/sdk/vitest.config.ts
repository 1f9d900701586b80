import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'sdk',
    // Unit tests beside the code; integration tests (`*.integration.test.ts`, in test/) against a real sandbox;
    // `*.browser.test.ts` belong to the Chromium project (vitest.browser.config.ts).
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/**/*.browser.test.ts'],
    environment: 'node',
    // Each integration file starts its own sandbox; some wait on real reconnects and signer delays.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
