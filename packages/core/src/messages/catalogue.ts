import type { Locale } from './locale.js';

/** Values interpolated into a message template's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

/** One message per locale. Templates use `{name}` placeholders so catalogues stay plain, overridable JSON. */
export type LocalizedCatalogue<Key extends string = string> = Readonly<
  Record<Locale, Readonly<Record<Key, string>>>
>;

/**
 * Declares a module's messages, checking that every locale has exactly the same keys.
 *
 * @example
 * const messages = defineMessages({ vi: { hello: 'Xin chào {name}' }, en: { hello: 'Hello {name}' } });
 */
export function defineMessages<const Key extends string>(
  catalogue: { vi: Record<Key, string> } & { en: NoInfer<Record<Key, string>> },
): LocalizedCatalogue<Key> {
  return catalogue;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` placeholders; unknown placeholders are left visible rather than silently dropped. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Per-locale replacements for any catalogue entries (a locality's own wording). */
export type MessageOverrides = Partial<Record<Locale, Partial<Record<string, string>>>>;

/**
 * Formats a message from one module's catalogue. Domain helpers (status labels, say) use this rather than the
 * merged catalogue, so importing them does not pull every message of the domain into a bundle.
 *
 * @example
 * formatFrom(statusMessages, 'status.2', {}, 'en') // 'Accepted'
 */
export function formatFrom(
  catalogue: LocalizedCatalogue,
  key: string,
  params: MessageParams | undefined,
  locale: Locale,
  overrides?: MessageOverrides,
): string {
  return interpolate(overrides?.[locale]?.[key] ?? catalogue[locale][key] ?? key, params);
}
