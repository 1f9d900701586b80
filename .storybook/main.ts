import type { StorybookConfig } from '@storybook/react-vite';

/**
 * The designers' Storybook for @motcua/react. Every story is also a browser test (Vitest addon; see
 * vitest.config.ts here) that fails on any WCAG 2.x A/AA axe violation (preview.tsx `parameters.a11y`).
 */
const config: StorybookConfig = {
  stories: ['../packages/react/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest', '@storybook/addon-docs'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Tài liệu' },
};

export default config;
