export {
  addWorkingDays,
  countWorkingDays,
  isWorkingDay,
  localDate,
  RECEIPT_CUTOFF_MINUTES,
  receiptDay,
  TIME_ZONE_OFFSET_MS,
} from './calendar.js';
export { FIXED_SOLAR_HOLIDAYS, HOLIDAY_CALENDAR, type HolidayRange, type HolidayYear } from './holidays.js';
