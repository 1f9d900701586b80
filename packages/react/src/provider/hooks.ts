'use client';

import type { Locale, LocalizedCatalogue, MessageParams } from '@motcua/core';
import type { MotcuaClient } from '@motcua/sdk';
import { useCallback, useContext, useMemo } from 'react';
import { commonMessages } from '../messages/common.js';
import { type Translate, translate, type WidgetCatalogue } from '../messages/translate.js';
import { MotcuaContext, type MotcuaContextValue } from './context.js';

/**
 * Everything the nearest provider holds (or the defaults: Vietnamese, system theme, no client).
 *
 * @example
 * const { locale, client } = useMotcua();
 */
export function useMotcua(): MotcuaContextValue {
  return useContext(MotcuaContext);
}

/** The interface language. @example const locale = useLocale(); // 'vi' */
export function useLocale(): Locale {
  return useContext(MotcuaContext).locale;
}

/**
 * The platform client: the one given as a prop first, else the provider's. Throws a clear error when neither
 * exists, because a widget that must fetch cannot do anything sensible without one.
 *
 * @example
 * const client = useMotcuaClient(props.client);
 */
export function useMotcuaClient(override?: MotcuaClient): MotcuaClient {
  const { client } = useContext(MotcuaContext);
  const resolved = override ?? client;
  if (!resolved)
    throw new Error(
      '@motcua/react: this widget needs a client. Pass `client` to <MotcuaProvider> or to the widget.',
    );
  return resolved;
}

/**
 * A widget's strings in the current language with the provider's overrides applied, as raw templates.
 *
 * @example
 * const messages = useMessages(errorSummaryMessages); messages['errorSummary.title']
 */
export function useMessages<Key extends string>(catalogue: WidgetCatalogue<Key>): Record<Key, string> {
  const { locale, messages } = useContext(MotcuaContext);
  return useMemo(() => {
    const own = { ...(catalogue[locale] as Record<Key, string>) };
    const overrides = messages?.[locale];
    if (overrides) for (const key of Object.keys(own) as Key[]) own[key] = overrides[key] ?? own[key];
    return own;
  }, [catalogue, locale, messages]);
}

/**
 * The message formatter for a widget: its own catalogue first, then the shared words (`common.*`), then the core
 * catalogue it names, if any (`statusMessages` for status labels, `validationMessages` for generic validation
 * words), with the provider's overrides winning over all of them. Pass module-level constants (not inline objects)
 * so the function stays stable between renders.
 *
 * @example
 * const t = useT(errorSummaryMessages);
 * t('errorSummary.title'); t('common.retry');
 * const tracker = useT(statusTrackerMessages, statusMessages);
 * tracker('status.5');
 */
export function useT<Key extends string = never>(
  catalogue?: WidgetCatalogue<Key>,
  core?: LocalizedCatalogue,
): Translate<Key> {
  const { locale, messages } = useContext(MotcuaContext);
  const catalogues = useMemo(
    () => [catalogue, commonMessages, core].filter((each) => each !== undefined),
    [catalogue, core],
  ) as readonly WidgetCatalogue[];
  return useCallback(
    (key: string, params?: MessageParams) => translate(key, params, locale, messages, catalogues),
    [locale, messages, catalogues],
  );
}
