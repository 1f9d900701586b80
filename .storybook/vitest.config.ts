import path from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

/**
 * The `storybook` project: every story of packages/react rendered as a test in headless Chromium, with the a11y
 * addon's axe check (`parameters.a11y.test: 'error'`) failing on violations. The root vitest.config.ts lists this
 * file in `projects`, so `pnpm test:unit` runs it; alone: `pnpm exec vitest run --project storybook`.
 */
export default defineProject({
  root: path.resolve(import.meta.dirname, '..'),
  plugins: [storybookTest({ configDir: import.meta.dirname, storybookScript: 'pnpm storybook --no-open' })],
  test: {
    name: 'storybook',
    testTimeout: 20_000,
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
});
