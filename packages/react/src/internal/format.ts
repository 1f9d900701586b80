import type { Locale } from '@motcua/core';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date (and optionally time) in Vietnam's time zone, in the interface language: `01/07/2025` / `1 Jul 2025`.
 * Dossier dates are instants; showing them in the viewer's zone would move a 16:00 appointment to another day abroad.
 */
export function formatDate(iso: string, locale: Locale, withTime = false): string {
  const key = `${locale}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: locale === 'vi' ? '2-digit' : 'numeric',
      month: locale === 'vi' ? '2-digit' : 'short',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
    });
    dateFormats.set(key, format);
  }
  return format.format(new Date(iso));
}

/** Bytes for people: `2,5 MB` / `2.5 MB`. */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
  return `${number} ${units[unit]}`;
}
