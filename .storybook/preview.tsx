import type { Decorator, Preview } from '@storybook/react-vite';
import { type ReactNode, useEffect } from 'react';
import '../packages/react/src/zod-config';
import '../packages/react/src/styles.css';
import './preview.css';
import type { Locale, MessageOverrides } from '@motcua/core';
import { MotcuaProvider, type MotcuaProviderProps } from '../packages/react/src/provider/MotcuaProvider';
import { createFixtureClient } from '../packages/react/src/test/fixtures';

/** Per-story settings: `parameters: { motcua: { client, messages } }`. */
export interface MotcuaParameters {
  client?: MotcuaProviderProps['client'];
  messages?: MessageOverrides;
}

const defaultClient = createFixtureClient();

function Document({ locale, theme, children }: { locale: Locale; theme: string; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dataset.theme = theme;
  }, [locale, theme]);
  return children;
}

/** Wraps every story in MotcuaProvider with the toolbar's language and theme and a fixture client. */
const withMotcua: Decorator = (Story, context) => {
  const locale = (context.globals.locale ?? 'vi') as Locale;
  const theme = (context.globals.theme ?? 'light') as 'light' | 'dark';
  const motcua = (context.parameters.motcua ?? {}) as MotcuaParameters;
  return (
    <Document locale={locale} theme={theme}>
      <MotcuaProvider
        locale={locale}
        theme={theme}
        client={motcua.client ?? defaultClient}
        messages={motcua.messages}
      >
        <Story />
      </MotcuaProvider>
    </Document>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withMotcua],
  globalTypes: {
    locale: {
      description: 'Ngôn ngữ giao diện / Interface language',
      toolbar: {
        title: 'Ngôn ngữ',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt', right: 'vi' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Giao diện sáng / tối — Light or dark theme',
      toolbar: {
        title: 'Giao diện',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Sáng / Light', icon: 'sun' },
          { value: 'dark', title: 'Tối / Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi', theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { matchers: { date: /(At|Date)$/i } },
    a11y: {
      // Any violation fails the story's test (in the Vitest addon and `pnpm test:unit`).
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    },
  },
};

export default preview;
