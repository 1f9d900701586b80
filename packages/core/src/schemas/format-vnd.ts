import { DEFAULT_LOCALE, type Locale } from '../messages/locale.js';

// Zod-free, so that a page showing a fee does not ship a validator.

const formatters: Partial<Record<Locale, Intl.NumberFormat>> = {};

/**
 * Formats đồng for display: `1.000.000 ₫` in Vietnamese (with a no-break space, so the amount and the sign
 * never wrap apart), `₫1,000,000` in English.
 *
 * @example
 * formatVnd(1_000_000, 'vi') // '1.000.000 ₫' (U+00A0 before ₫)
 */
export function formatVnd(amount: number, locale: Locale = DEFAULT_LOCALE): string {
  formatters[locale] ??= new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  });
  return formatters[locale].format(amount);
}
