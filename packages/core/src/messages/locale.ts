/** The interface languages: Vietnamese first, English second. */
export type Locale = 'vi' | 'en';

export const DEFAULT_LOCALE: Locale = 'vi';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

/**
 * Picks the best supported locale from a BCP 47 tag or an `Accept-Language` header value.
 * Anything not recognisably English falls back to Vietnamese.
 *
 * @example
 * resolveLocale('en-US,en;q=0.9') // 'en'
 * resolveLocale(undefined)        // 'vi'
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  if (!tag) return DEFAULT_LOCALE;
  const ranked = tag
    .split(',')
    .map((part) => {
      const [range = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: range.split('-')[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) {
    if (lang === 'vi' || lang === 'en') return lang;
  }
  return DEFAULT_LOCALE;
}
