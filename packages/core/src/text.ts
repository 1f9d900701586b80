/**
 * Text handling shared by every validator and search: Vietnamese text arrives in NFC or NFD
 * depending on the keyboard (Unikey, macOS, mobile IMEs), so we normalise before comparing.
 */

/** NFC-normalises, trims and collapses runs of whitespace. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ');
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds text for diacritic- and case-insensitive matching: `"Hà Nội"`, `"HA NOI"` and `"ha noi"` all fold
 * to `"ha noi"`. `đ`/`Đ` become `d` (they are letters of their own, not `d` plus a mark, so NFD alone misses them).
 *
 * @example
 * foldText('  Đà  Nẵng ') // 'da nang'
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

let collator: Intl.Collator | undefined;

/**
 * Compares two strings in Vietnamese alphabetical order (a ă â b c d đ e ê …), for `Array.prototype.sort`.
 *
 * @example
 * ['Đà Nẵng', 'Bắc Ninh', 'An Giang'].sort(compareVietnamese) // ['An Giang', 'Bắc Ninh', 'Đà Nẵng']
 */
export function compareVietnamese(a: string, b: string): number {
  collator ??= new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b);
}
