import { FIXED_SOLAR_HOLIDAYS, HOLIDAY_CALENDAR } from './holidays.js';

/**
 * Working days of Vietnamese public agencies, reckoned in Asia/Ho_Chi_Minh (UTC+7 all year: Vietnam keeps no
 * daylight saving time, so a fixed offset is exact).
 *
 * How a processing time in working days becomes an appointment date (ngày hẹn trả):
 * 1. Receipt: a dossier received on a working day up to 17:00 counts as received that day; one received after
 *    17:00, or on a weekend or holiday, counts as received on the next working day (17:00 is the end of the
 *    working day and the cut-off the sandbox applies; it is one constant, {@link RECEIPT_CUTOFF_MINUTES}).
 * 2. Counting: as the Civil Code (2015, art. 147) counts periods in days, the day of receipt is not counted;
 *    the period runs from the next working day. A 3-working-day procedure received Monday morning is due Thursday.
 * 3. Due time: the end of the last working day, 17:00 local time.
 */
export const TIME_ZONE_OFFSET_MS = 7 * 60 * 60 * 1000;
/** End of the working day and receipt cut-off: 17:00, in minutes after local midnight. */
export const RECEIPT_CUTOFF_MINUTES = 17 * 60;

const DAY_MS = 24 * 60 * 60 * 1000;

const daysOff = new Set<string>();
const workingSaturdays = new Set<string>();
for (const year of Object.values(HOLIDAY_CALENDAR)) {
  for (const range of year.breaks) {
    for (let day = dayNumberOf(range.from); day <= dayNumberOf(range.to); day++) daysOff.add(isoOf(day));
  }
  for (const saturday of year.workingSaturdays) workingSaturdays.add(saturday);
}

/** Days since 1970-01-01 of a local (UTC+7) calendar date written `YYYY-MM-DD`. */
function dayNumberOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The local (UTC+7) day number of an instant. */
function localDay(date: Date): number {
  return Math.floor((date.getTime() + TIME_ZONE_OFFSET_MS) / DAY_MS);
}

function isWorkingDayNumber(day: number): boolean {
  const iso = isoOf(day);
  if (workingSaturdays.has(iso)) return true;
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  if (weekday === 0 || weekday === 6) return false;
  const year = Number(iso.slice(0, 4));
  if (HOLIDAY_CALENDAR[year]) return !daysOff.has(iso);
  return !FIXED_SOLAR_HOLIDAYS.includes(iso.slice(5));
}

/**
 * The local date (Asia/Ho_Chi_Minh) of an instant, as `YYYY-MM-DD`.
 *
 * @example
 * localDate(new Date('2026-02-13T18:00:00Z')) // '2026-02-14' (01:00 in Hà Nội)
 */
export function localDate(date: Date): string {
  return isoOf(localDay(date));
}

/**
 * Whether public agencies work on the local date of `date`: not a weekend (unless a make-up Saturday), not a
 * holiday or holiday-break day.
 *
 * @example
 * isWorkingDay(new Date('2026-02-13T03:00:00Z')) // true  (Friday before Tết)
 * isWorkingDay(new Date('2026-02-16T03:00:00Z')) // false (Tết)
 * isWorkingDay(new Date('2026-01-10T03:00:00Z')) // true  (Saturday worked for 2 January)
 */
export function isWorkingDay(date: Date): boolean {
  return isWorkingDayNumber(localDay(date));
}

/**
 * The local day a receipt at `receivedAt` counts from (rule 1 above): the same day when it is a working day and
 * the time is not after 17:00, otherwise the next working day. Returned as local midnight (an instant).
 *
 * @example
 * receiptDay(new Date('2026-02-13T10:30:00Z')) // 2026-02-23 00:00 local (17:30 Friday before Tết → after Tết)
 */
export function receiptDay(receivedAt: Date): Date {
  let day = localDay(receivedAt);
  const minutes = Math.floor((receivedAt.getTime() + TIME_ZONE_OFFSET_MS - day * DAY_MS) / 60_000);
  const afterHours =
    minutes > RECEIPT_CUTOFF_MINUTES || (minutes === RECEIPT_CUTOFF_MINUTES && hasSeconds(receivedAt));
  if (!isWorkingDayNumber(day) || afterHours) {
    do day++;
    while (!isWorkingDayNumber(day));
  }
  return new Date(day * DAY_MS - TIME_ZONE_OFFSET_MS);
}

function hasSeconds(date: Date): boolean {
  return date.getTime() % 60_000 !== 0;
}

/**
 * The appointment deadline of a procedure taking `days` working days, for a dossier received at `start`:
 * 17:00 local time on the `days`-th working day after the receipt day (see the rules above). `0` days gives
 * the end of the receipt day itself.
 *
 * @example
 * // received Friday 13 Feb 2026, 10:00 in Hà Nội, the last working day before Tết; 3 working days
 * addWorkingDays(new Date('2026-02-13T03:00:00Z'), 3) // 2026-02-25T10:00:00Z (Wednesday 25 Feb, 17:00 local)
 */
export function addWorkingDays(start: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`Working days must be a whole number ≥ 0, got ${days}`);
  let day = localDay(receiptDay(start));
  for (let counted = 0; counted < days; ) {
    day++;
    if (isWorkingDayNumber(day)) counted++;
  }
  return new Date(day * DAY_MS - TIME_ZONE_OFFSET_MS + RECEIPT_CUTOFF_MINUTES * 60_000);
}

/**
 * Working days strictly after `from`'s local date up to and including `to`'s: how many working days a dossier
 * took (zero when `to` is not later).
 *
 * @example
 * countWorkingDays(new Date('2026-02-13T03:00:00Z'), new Date('2026-02-24T03:00:00Z')) // 2 (23 and 24 Feb)
 */
export function countWorkingDays(from: Date, to: Date): number {
  let count = 0;
  for (let day = localDay(from) + 1; day <= localDay(to); day++) if (isWorkingDayNumber(day)) count++;
  return count;
}
