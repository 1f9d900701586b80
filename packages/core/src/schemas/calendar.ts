/**
 * Calendar and clock helpers, free of zod so that a bundle formatting a date does not ship a validator.
 * Vietnam keeps one time zone, UTC+7, with no daylight saving since 1975: offsets are computed, never looked
 * up in the host's time-zone database (which browsers and small runtimes may lack).
 */

/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving since 1975), so an offset is exact. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * True when `YYYY-MM-DD` names a day on the calendar.
 *
 * @example
 * isCalendarDate('2025-02-29') // false
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  // Arithmetic rather than Date: Date.UTC maps years 0–99 to 1900–1999.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Formats an instant as the national portal's sync timestamp `yyyyMMddHHmmss`, in Vietnam time.
 * Throws a `RangeError` for an invalid `Date`, as `Date.prototype.toISOString` does.
 *
 * @example
 * toPlatformTimestamp(new Date('2025-07-01T01:30:00Z')) // '20250701083000'
 */
export function toPlatformTimestamp(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid time value');
  const local = new Date(time + VIETNAM_OFFSET_MS);
  const year = local.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError('Year outside 0000–9999');
  return (
    pad(year, 4) +
    pad(local.getUTCMonth() + 1) +
    pad(local.getUTCDate()) +
    pad(local.getUTCHours()) +
    pad(local.getUTCMinutes()) +
    pad(local.getUTCSeconds())
  );
}

/**
 * Reads the national portal's `yyyyMMddHHmmss` (Vietnam time) into an instant; `null` when the text is not
 * such a timestamp or names a moment that does not exist (month 13, 30 February, 24:00…).
 *
 * @example
 * fromPlatformTimestamp('20250701083000')?.toISOString() // '2025-07-01T01:30:00.000Z'
 * fromPlatformTimestamp('20250230083000')                // null
 */
export function fromPlatformTimestamp(value: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isCalendarDate(`${match[1]}-${match[2]}-${match[3]}`)) return null;
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const utc = new Date(0);
  // setUTCFullYear, not Date.UTC, because Date.UTC maps years 0–99 to 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hours, minutes, seconds, 0);
  return new Date(utc.getTime() - VIETNAM_OFFSET_MS);
}

/**
 * Today's date in Vietnam (`YYYY-MM-DD`), whatever the host's time zone: a form opened at 06:30 in Hà Nội
 * is already "today" there while a UTC server still says yesterday.
 *
 * @example
 * vietnamDate(new Date('2025-06-30T18:00:00Z')) // '2025-07-01'
 */
export function vietnamDate(now: Date = new Date()): string {
  const stamp = toPlatformTimestamp(now);
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`;
}
