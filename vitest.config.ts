import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // packages/* are the packages' own projects (node for most, Chromium for react); the storybook project runs
    // every story of packages/react as a browser test with its axe check; react-sandbox runs the widgets against
    // a real sandbox; sdk-browser runs the SDK in Chromium against a real sandbox; portal drives the reference
    // portal end to end in Chromium against a real sandbox.
    projects: [
      'packages/*',
      '.storybook/vitest.config.ts',
      'packages/react/bench/vitest.sandbox.config.ts',
      'packages/sdk/vitest.browser.config.ts',
      'apps/portal',
    ],
  },
});
