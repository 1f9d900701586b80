/**
 * Days the public sector does not work, 2025–2028, as data: Vietnam's holiday calendar cannot be computed from
 * rules alone. Tết and Hùng Kings' day follow the lunar calendar (reckoned in UTC+7, which is not always the
 * Chinese calendar's UTC+8 date: ICU's `chinese` calendar puts Tết 2027 on 7 Feb, the Vietnamese calendar on
 * 6 Feb), and every year the government picks which days around Tết are off and swaps working days with
 * Saturdays to make long breaks.
 *
 * Statutory base (Labour Code 45/2019/QH14, art. 112): New Year 1 day (1/1); Tết 5 days; Hùng Kings' day 1 day
 * (10/3 lunar); Victory Day 30/4; Labour Day 1/5; National Day 2 days (2/9 and the day before or after). A holiday
 * falling on a weekly rest day is compensated on the next working day.
 *
 * Each range lists every day of one announced break (weekends included, for readability). `status` says how sure
 * we are: `official` years follow the government's announcements; `estimated` years apply art. 112 to the lunar
 * dates and must be replaced when the announcement comes (one place: this file).
 */

/** One break: all days from `from` to `to` inclusive (ISO dates, local to Asia/Ho_Chi_Minh). */
export interface HolidayRange {
  readonly from: string;
  readonly to: string;
  readonly name: string;
}

/** The calendar of one year. */
export interface HolidayYear {
  readonly status: 'official' | 'estimated';
  readonly sources: readonly string[];
  readonly breaks: readonly HolidayRange[];
  /** Saturdays worked in exchange for a weekday off ("làm bù"). */
  readonly workingSaturdays: readonly string[];
}

export const HOLIDAY_CALENDAR: Readonly<Record<number, HolidayYear>> = {
  2025: {
    status: 'official',
    sources: [
      'Thông báo 6150/TB-BLĐTBXH (2024) implementing Công văn 8726/VPCP-KGVX: Tết, 30/4–1/5 and 2/9 breaks of 2025',
    ],
    breaks: [
      { from: '2025-01-01', to: '2025-01-01', name: 'Tết Dương lịch' },
      { from: '2025-01-25', to: '2025-02-02', name: 'Tết Nguyên đán Ất Tỵ (mùng 1 = 29/1)' },
      { from: '2025-04-07', to: '2025-04-07', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      // 2/5 (Friday) swapped with Saturday 26/4.
      { from: '2025-04-30', to: '2025-05-04', name: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5' },
      { from: '2025-08-30', to: '2025-09-02', name: 'Quốc khánh 2/9 (and 1/9)' },
    ],
    workingSaturdays: ['2025-04-26'],
  },
  2026: {
    status: 'official',
    sources: [
      'Công văn 12729/VPCP-KGVX (25/12/2025): New Year 1–4/1/2026, Friday 2/1 swapped with Saturday 10/1',
      "Prime Minister's decision on the Bính Ngọ Tết break, 14–22/2/2026 (announced October 2025)",
      'National Day break 29/8–2/9/2026 announced with the Tết break',
    ],
    breaks: [
      { from: '2026-01-01', to: '2026-01-04', name: 'Tết Dương lịch' },
      { from: '2026-02-14', to: '2026-02-22', name: 'Tết Nguyên đán Bính Ngọ (mùng 1 = 17/2)' },
      // 10/3 lunar is Sunday 26/4: compensated on Monday 27/4 (art. 112(3)).
      { from: '2026-04-25', to: '2026-04-27', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch, nghỉ bù)' },
      { from: '2026-04-30', to: '2026-05-03', name: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5' },
      // Monday 31/8 is a swapped working day; the Saturday worked in exchange was not found (open).
      { from: '2026-08-29', to: '2026-09-02', name: 'Quốc khánh 2/9 (and 1/9)' },
      // Open: 24/11 (Ngày Văn hóa Việt Nam) is to become a paid holiday once the Labour Code is amended
      // (Nghị quyết 30/NQ-CP, 2026); not yet law when this table was written, so not listed.
    ],
    workingSaturdays: ['2026-01-10'],
  },
  2027: {
    status: 'estimated',
    sources: ['Labour Code 2019 art. 112 applied to the lunar calendar (UTC+7); no announcement found yet'],
    breaks: [
      { from: '2027-01-01', to: '2027-01-03', name: 'Tết Dương lịch' },
      // Mùng 1 is Saturday 6/2: eve (5/2) + mùng 1–4, the weekend days compensated on 10–11/2.
      { from: '2027-02-05', to: '2027-02-11', name: 'Tết Nguyên đán Đinh Mùi (mùng 1 = 6/2)' },
      { from: '2027-04-16', to: '2027-04-18', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      // 1/5 is a Saturday: compensated on Monday 3/5.
      { from: '2027-04-30', to: '2027-05-03', name: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5' },
      { from: '2027-09-02', to: '2027-09-05', name: 'Quốc khánh 2/9 (and 3/9)' },
    ],
    workingSaturdays: [],
  },
  2028: {
    status: 'estimated',
    sources: ['Labour Code 2019 art. 112 applied to the lunar calendar (UTC+7); no announcement found yet'],
    breaks: [
      // 1/1 is a Saturday: compensated on Monday 3/1.
      { from: '2028-01-01', to: '2028-01-03', name: 'Tết Dương lịch' },
      // Mùng 1 is Wednesday 26/1: eve (25/1) + mùng 1–4, Saturday 29/1 compensated on Monday 31/1.
      { from: '2028-01-25', to: '2028-01-31', name: 'Tết Nguyên đán Mậu Thân (mùng 1 = 26/1)' },
      { from: '2028-04-04', to: '2028-04-04', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      // 30/4 is a Sunday: compensated on Tuesday 2/5 (Monday 1/5 is itself a holiday).
      { from: '2028-04-29', to: '2028-05-02', name: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5' },
      // 2/9 is a Saturday: 1/9 is the second day, Saturday compensated on Monday 4/9.
      { from: '2028-09-01', to: '2028-09-04', name: 'Quốc khánh 2/9 (and 1/9)' },
    ],
    workingSaturdays: [],
  },
};

/**
 * Outside the table only the fixed solar-calendar holidays are known (lunar ones need the table): a sandbox whose
 * clock runs past 2028 keeps working, with a slightly optimistic calendar.
 */
export const FIXED_SOLAR_HOLIDAYS: readonly string[] = ['01-01', '04-30', '05-01', '09-02'];
