import {
  interpolate,
  type Locale,
  type LocalizedCatalogue,
  type MessageKey,
  type MessageOverrides,
  type MessageParams,
} from '@motcua/core';

/** A widget's catalogue: the same keys in Vietnamese and English (built with core's `defineMessages`). */
export type WidgetCatalogue<Key extends string = string> = LocalizedCatalogue<Key>;

/** The keys of a widget catalogue. */
export type CatalogueKey<C> = C extends LocalizedCatalogue<infer Key> ? Key : never;

/**
 * Formats a message: a key of the catalogues in use (a widget's own, `common.*`, and any core catalogue the widget
 * passed, such as `statusMessages` for `'status.5'`). Overrides win over all of them. (Messages of identifier and
 * e-form rules arrive already worded, from core's `validate`.)
 */
export type Translate<Key extends string = string> = (
  key: Key | MessageKey | (string & {}),
  params?: MessageParams,
) => string;

/**
 * Looks a key up in the overrides, then in the given catalogues in order; an unknown key comes back as itself so a
 * missing string is visible, never blank. Core's catalogues are searched only when passed: a widget that shows no
 * status or validation words does not ship them. Pure: usable on the server.
 *
 * @example
 * translate('errorSummary.title', {}, 'en', undefined, [errorSummaryMessages]) // 'There is a problem'
 * translate('status.5', {}, 'en', undefined, [statusMessages]) // 'More documents requested'
 */
export function translate(
  key: string,
  params: MessageParams | undefined,
  locale: Locale,
  overrides: MessageOverrides | undefined,
  catalogues: readonly WidgetCatalogue[],
): string {
  const override = overrides?.[locale]?.[key];
  if (override !== undefined) return interpolate(override, params);
  for (const catalogue of catalogues) {
    const template = (catalogue[locale] as Record<string, string | undefined>)[key];
    if (template !== undefined) return interpolate(template, params);
  }
  return interpolate(key, params);
}
