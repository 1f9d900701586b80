import type { Locale, MessageOverrides } from '@motcua/core';
import type { MotcuaClient } from '@motcua/sdk';
import { type RenderOptions, type RenderResult, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Theme } from '../provider/context.js';
import { MotcuaProvider } from '../provider/MotcuaProvider.js';

export interface ProviderOptions {
  locale?: Locale;
  theme?: Theme;
  client?: MotcuaClient;
  messages?: MessageOverrides;
}

/**
 * Testing Library's `render` inside a {@link MotcuaProvider} (Vietnamese, light theme unless told otherwise).
 * `rerender` keeps the provider.
 *
 * @example
 * const { getByRole } = renderWithProvider(<DateInput … />, { locale: 'en' });
 */
export function renderWithProvider(
  ui: ReactElement,
  { locale = 'vi', theme = 'light', client, messages, ...options }: ProviderOptions & RenderOptions = {},
): RenderResult {
  const wrap = (node: ReactElement) => (
    <MotcuaProvider locale={locale} theme={theme} client={client} messages={messages}>
      {node}
    </MotcuaProvider>
  );
  const result = render(wrap(ui), options);
  return { ...result, rerender: (next) => result.rerender(wrap(next as ReactElement)) };
}
