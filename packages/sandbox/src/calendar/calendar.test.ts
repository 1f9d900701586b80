import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, isWorkingDay, localDate, receiptDay } from './calendar.js';
import { HOLIDAY_CALENDAR } from './holidays.js';

/** An instant given in Hà Nội wall-clock time. */
const hanoi = (local: string) => new Date(`${local}+07:00`);
const day = (iso: string) => hanoi(`${iso}T10:00:00`);

describe('isWorkingDay', () => {
  it.each([
    ['2026-02-13', true, 'Friday before Tết'],
    ['2026-02-14', false, 'Tết break (Saturday)'],
    ['2026-02-16', false, 'Tết break (29 Tết)'],
    ['2026-02-17', false, 'mùng 1 Tết Bính Ngọ'],
    ['2026-02-20', false, 'Tết break (mùng 4)'],
    ['2026-02-23', true, 'first working day after Tết'],
    ['2026-01-01', false, 'New Year'],
    ['2026-01-02', false, 'swapped to Saturday 10 January'],
    ['2026-01-10', true, 'Saturday worked in exchange'],
    ['2026-01-17', false, 'ordinary Saturday'],
    ['2026-01-18', false, 'Sunday'],
    ['2026-04-27', false, 'Hùng Kings (Sunday 26/4) compensated'],
    ['2026-04-30', false, 'Victory Day'],
    ['2026-05-01', false, 'Labour Day'],
    ['2026-08-31', false, 'National Day break'],
    ['2026-09-01', false, 'National Day (second day)'],
    ['2026-09-02', false, 'National Day'],
    ['2026-09-03', true, 'after National Day'],
    ['2025-01-27', false, 'Tết Ất Tỵ break'],
    ['2025-04-07', false, 'Hùng Kings 2025'],
    ['2025-04-26', true, 'Saturday worked for 2 May 2025'],
    ['2025-05-02', false, 'swapped day 2025'],
    ['2025-09-01', false, 'National Day 2025 (second day)'],
    ['2027-02-06', false, 'mùng 1 Tết Đinh Mùi (estimated)'],
    ['2027-02-12', true, 'after Tết 2027 (estimated)'],
    ['2028-01-26', false, 'mùng 1 Tết Mậu Thân (estimated)'],
    ['2030-01-01', false, 'New Year outside the table'],
    ['2030-01-02', true, 'ordinary Wednesday outside the table'],
  ])('%s → %s (%s)', (iso, expected) => {
    expect(isWorkingDay(day(iso))).toBe(expected);
  });

  it('reckons the day in Hà Nội time, not UTC', () => {
    const fridayNightUtc = new Date('2026-01-16T17:30:00Z'); // Saturday 00:30 in Hà Nội
    expect(localDate(fridayNightUtc)).toBe('2026-01-17');
    expect(isWorkingDay(fridayNightUtc)).toBe(false);
  });

  it('outside the table, is exactly Monday to Friday minus the fixed solar holidays', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2029, 0, 1), max: Date.UTC(2035, 11, 31) }), (ms) => {
        const date = new Date(ms);
        const local = new Date(ms + 7 * 3600_000);
        const weekday = local.getUTCDay();
        const monthDay = localDate(date).slice(5);
        const expected =
          weekday >= 1 && weekday <= 5 && !['01-01', '04-30', '05-01', '09-02'].includes(monthDay);
        expect(isWorkingDay(date)).toBe(expected);
      }),
    );
  });
});

describe('holiday data', () => {
  const weekdaysIn = (from: string, to: string) => {
    let count = 0;
    for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
      const weekday = new Date(t).getUTCDay();
      if (weekday !== 0 && weekday !== 6) count++;
    }
    return count;
  };

  it('covers 2025–2028 with ordered ranges and real Saturdays', () => {
    expect(Object.keys(HOLIDAY_CALENDAR)).toEqual(['2025', '2026', '2027', '2028']);
    for (const year of Object.values(HOLIDAY_CALENDAR)) {
      for (const range of year.breaks) expect(range.from <= range.to, range.name).toBe(true);
      for (const saturday of year.workingSaturdays)
        expect(new Date(`${saturday}T00:00:00Z`).getUTCDay()).toBe(6);
    }
  });

  it('gives Tết its five statutory weekdays off every year (swaps aside)', () => {
    for (const [year, calendar] of Object.entries(HOLIDAY_CALENDAR)) {
      const tet = calendar.breaks.find((range) => range.name.startsWith('Tết Nguyên đán'));
      expect(tet, year).toBeDefined();
      if (tet) expect(weekdaysIn(tet.from, tet.to), year).toBe(5);
    }
  });
});

describe('receiptDay', () => {
  it('keeps a working-hours receipt on its day, moves an after-hours or holiday one', () => {
    expect(localDate(receiptDay(hanoi('2026-02-13T16:59:59')))).toBe('2026-02-13');
    expect(localDate(receiptDay(hanoi('2026-02-13T17:00:00')))).toBe('2026-02-13');
    expect(localDate(receiptDay(hanoi('2026-02-13T17:00:01')))).toBe('2026-02-23');
    expect(localDate(receiptDay(hanoi('2026-02-15T09:00:00')))).toBe('2026-02-23');
    expect(localDate(receiptDay(hanoi('2026-01-09T18:00:00')))).toBe('2026-01-10');
  });
});

describe('addWorkingDays', () => {
  it('a dossier received the Friday before Tết (13 Feb 2026, 10:00) with 3 working days is due Wednesday 25 Feb, 17:00', () => {
    expect(addWorkingDays(hanoi('2026-02-13T10:00:00'), 3)).toEqual(hanoi('2026-02-25T17:00:00'));
  });

  it('the same dossier received at 17:30 counts from the first day after Tết: due Thursday 26 Feb', () => {
    expect(addWorkingDays(hanoi('2026-02-13T17:30:00'), 3)).toEqual(hanoi('2026-02-26T17:00:00'));
  });

  it('does not count the day of receipt (Civil Code art. 147)', () => {
    expect(addWorkingDays(hanoi('2026-03-02T08:00:00'), 1)).toEqual(hanoi('2026-03-03T17:00:00'));
    expect(addWorkingDays(hanoi('2026-03-02T08:00:00'), 0)).toEqual(hanoi('2026-03-02T17:00:00'));
  });

  it('skips weekends, counts make-up Saturdays and swapped days correctly', () => {
    // Wed 31 Dec 2025 → 1 Jan (holiday), 2 Jan (swapped), 3–4 weekend → Mon 5 Jan is day 1.
    expect(addWorkingDays(hanoi('2025-12-31T09:00:00'), 1)).toEqual(hanoi('2026-01-05T17:00:00'));
    // Fri 9 Jan 2026 → Saturday 10 Jan is a working day.
    expect(addWorkingDays(hanoi('2026-01-09T09:00:00'), 1)).toEqual(hanoi('2026-01-10T17:00:00'));
    // 15 working days from Mon 20 April 2026 skip 25–27/4 (Hùng Kings, compensated) and 30/4–3/5: Thu 14 May.
    expect(addWorkingDays(hanoi('2026-04-20T09:00:00'), 15)).toEqual(hanoi('2026-05-14T17:00:00'));
  });

  it('refuses negative or fractional periods', () => {
    expect(() => addWorkingDays(new Date(), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 1.5)).toThrow(RangeError);
  });

  it('always lands on a working day, exactly n working days after the receipt day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 10, 30) }),
        fc.integer({ min: 0, max: 40 }),
        (ms, days) => {
          const start = new Date(ms);
          const due = addWorkingDays(start, days);
          expect(isWorkingDay(due)).toBe(true);
          expect(countWorkingDays(receiptDay(start), due)).toBe(days);
          expect(due.getTime()).toBeLessThan(addWorkingDays(start, days + 1).getTime());
        },
      ),
    );
  });
});

describe('countWorkingDays', () => {
  it('counts the working days after the first date up to the second', () => {
    expect(countWorkingDays(day('2026-02-13'), day('2026-02-24'))).toBe(2);
    expect(countWorkingDays(day('2026-02-24'), day('2026-02-13'))).toBe(0);
  });
});
