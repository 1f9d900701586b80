import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

/**
 * The `sdk-browser` project: `test/*.browser.test.ts` in real headless Chromium against a real sandbox, which
 * `test/browser-global-setup.ts` starts in Node and hands over with `provide('sandboxUrl')`. The page's origin
 * (Vitest's server) differs from the sandbox's, so every request is a cross-origin one, as from a portal.
 *
 *   pnpm exec vitest run --project sdk-browser
 */
export default defineProject({
  test: {
    name: 'sdk-browser',
    include: ['test/**/*.browser.test.ts'],
    globalSetup: ['test/browser-global-setup.ts'],
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: chromiumLaunchOptions,
      }),
      instances: [{ browser: 'chromium' }],
      screenshotFailures: false,
    },
  },
  // Loaded up front: a dependency discovered mid-run makes Vite reload the page.
  optimizeDeps: { include: ['ky', 'tus-js-client', '@motcua/contract/routes'] },
});
