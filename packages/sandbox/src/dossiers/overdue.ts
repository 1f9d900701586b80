/**
 * Quá hạn: whether a dossier missed its appointment, on the test clock and the working-day calendar. A
 * dossier is late when its result was finished after the appointment, or is still owed (accepted,
 * processing, fees requested) and the clock has passed it. While a supplement is requested the clock is
 * stopped, and refused, withdrawn or stopped dossiers owe no result: neither is late.
 */
import { type DossierStatusCode, DossierStatus as S } from '@motcua/core';
import { countWorkingDays } from '../calendar/index.js';

/** Statuses in which the agency still owes the result against the appointment. */
const OWED: ReadonlySet<DossierStatusCode> = new Set([S.Accepted, S.Processing, S.FeesRequested]);

/** What the lateness is computed from. */
export interface TimelinessRow {
  readonly status: number;
  readonly appointment_at: string | null;
  readonly finished_at: string | null;
}

/**
 * `overdue` and `overdueDays` (working days after the appointment's day up to now, or to the finishing day).
 *
 * @example
 * overdueOf({ status: 4, appointment_at: '2026-03-02T10:00:00.000Z', finished_at: null }, now)
 * // { overdue: true, overdueDays: 2 } on Wednesday 4 March
 */
export function overdueOf(row: TimelinessRow, now: Date): { overdue: boolean; overdueDays: number } {
  if (row.appointment_at === null) return { overdue: false, overdueDays: 0 };
  const end =
    row.finished_at !== null
      ? new Date(row.finished_at)
      : OWED.has(row.status as DossierStatusCode)
        ? now
        : undefined;
  const appointment = new Date(row.appointment_at);
  if (end === undefined || end <= appointment) return { overdue: false, overdueDays: 0 };
  return { overdue: true, overdueDays: countWorkingDays(appointment, end) };
}
