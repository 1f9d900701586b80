'use client';

import type { Locale, MessageOverrides } from '@motcua/core';
import type { MotcuaClient } from '@motcua/sdk';
import { type ReactNode, useMemo } from 'react';
import { MotcuaContext, type MotcuaContextValue, type Theme } from './context.js';

export interface MotcuaProviderProps {
  /** The platform client (`createClient` from `@motcua/sdk`), for widgets that fetch, upload, pay or watch. */
  client?: MotcuaClient;
  /** Interface language; Vietnamese by default. */
  locale?: Locale;
  /** `system` (default) follows `prefers-color-scheme`. */
  theme?: Theme;
  /** Replacements for any catalogue key, e.g. `{ vi: { 'errorSummary.title': 'Vui lòng kiểm tra lại' } }`. Memoise it. */
  messages?: MessageOverrides;
  children?: ReactNode;
}

/**
 * Gives every widget below it the platform client, the language and the theme. It renders one `<div>` carrying
 * `lang` (so screen readers pronounce Vietnamese as Vietnamese) and `data-theme` (which the tokens read).
 * Safe to render on the server: nothing here touches `window`.
 *
 * @example
 * <MotcuaProvider client={createClient({ baseUrl })} locale="vi" theme="system">
 *   <StatusTracker dossierCode="000.00.14.H56-250701-0001" />
 * </MotcuaProvider>
 */
export function MotcuaProvider({
  client,
  locale = 'vi',
  theme = 'system',
  messages,
  children,
}: MotcuaProviderProps) {
  const value = useMemo<MotcuaContextValue>(
    () => ({ client, locale, theme, messages, provided: true }),
    [client, locale, theme, messages],
  );
  return (
    <MotcuaContext.Provider value={value}>
      <div className="motcua-root" lang={locale} data-theme={theme}>
        {children}
      </div>
    </MotcuaContext.Provider>
  );
}
