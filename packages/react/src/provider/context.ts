'use client';

import type { Locale, MessageOverrides } from '@motcua/core';
import type { MotcuaClient } from '@motcua/sdk';
import { createContext } from 'react';

/** Light, dark, or whatever the operating system says. */
export type Theme = 'light' | 'dark' | 'system';

/** What every widget can read from the nearest {@link MotcuaProvider}. */
export interface MotcuaContextValue {
  /** The platform client; widgets that fetch also accept one as a prop. */
  client: MotcuaClient | undefined;
  locale: Locale;
  theme: Theme;
  /** A locality's own wording for any catalogue key, per locale. */
  messages: MessageOverrides | undefined;
  /** True inside a provider; widgets rendered without one fall back to Vietnamese and the light/system theme. */
  provided: boolean;
}

export const DEFAULT_CONTEXT: MotcuaContextValue = {
  client: undefined,
  locale: 'vi',
  theme: 'system',
  messages: undefined,
  provided: false,
};

export const MotcuaContext = createContext<MotcuaContextValue>(DEFAULT_CONTEXT);
MotcuaContext.displayName = 'MotcuaContext';
