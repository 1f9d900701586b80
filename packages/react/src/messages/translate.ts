import {
  formatFrom,
  interpolate,
  type Locale,
  type LocalizedCatalogue,
  type MessageKey,
  type MessageOverrides,
  type MessageParams,
  statusMessages,
  validationMessages,
} from '@motcua/core';

/** A widget's catalogue: the same keys in Vietnamese and English (built with core's `defineMessages`). */
export type WidgetCatalogue<Key extends string = string> = LocalizedCatalogue<Key>;

/** The keys of a widget catalogue. */
export type CatalogueKey<C> = C extends LocalizedCatalogue<infer Key> ? Key : never;

/**
 * Formats a message: a widget catalogue key (`'errorSummary.title'`) or a key of core's status and generic
 * validation catalogues (`'status.5'`, `'validation.required'`). Overrides win over both. (Messages of identifier
 * and e-form rules arrive already worded, from core's `validate`.)
 */
export type Translate<Key extends string = string> = (
  key: Key | MessageKey | (string & {}),
  params?: MessageParams,
) => string;

/**
 * Looks a key up in the overrides, then in the given widget catalogues, then in core's status or validation catalogue; an unknown key
 * comes back as itself so a missing string is visible, never blank. Pure: usable on the server.
 *
 * @example
 * translate('errorSummary.title', {}, 'en', undefined, [errorSummaryMessages]) // 'There is a problem'
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
  // Only these two core catalogues: the merged one would put every message of the domain in every widget's bundle.
  const core =
    key.startsWith('status.') || key.startsWith('actor.') || key.startsWith('transition.')
      ? statusMessages
      : validationMessages;
  return formatFrom(core, key, params, locale, overrides);
}
