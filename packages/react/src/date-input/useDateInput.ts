'use client';

import { useCallback, useState } from 'react';

export type DatePart = 'day' | 'month' | 'year';

/** What is in the three boxes, exactly as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const EMPTY: DateParts = { day: '', month: '', year: '' };

function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DIGITS = /^\d+$/;

/**
 * The value of three boxes: `'YYYY-MM-DD'` when they make a real date, otherwise the partial text as
 * `'year-month-day'` exactly as typed (`'2007--27'`, `'-3-'`), so nothing typed is ever lost; `''` when all are empty.
 *
 * @example
 * dateValueFromParts({ day: '7', month: '3', year: '2007' }) // '2007-03-07'
 * dateValueFromParts({ day: '31', month: '2', year: '' })    // '-2-31'
 */
export function dateValueFromParts(parts: DateParts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return '';
  if (DIGITS.test(day) && DIGITS.test(month) && DIGITS.test(year)) {
    const [y, m, d] = [Number(year), Number(month), Number(day)];
    if (isRealDate(y, m, d)) return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * Splits a value back into boxes: `'2007-03-27'` → day `'27'`, month `'03'`, year `'2007'`; partial values as made by
 * {@link dateValueFromParts}. A value with fewer than three parts (`'2007-03'`) fills from the year.
 */
export function datePartsFromValue(value: string | undefined): DateParts {
  if (!value) return EMPTY;
  const [year = '', month = '', ...rest] = value.split('-');
  return { year, month, day: rest.join('-') };
}

/** The outcome of {@link checkDateParts}: a catalogue key and the boxes to mark invalid. */
export interface DateIssue {
  key: 'validation.required' | 'dateInput.error.incomplete' | 'validation.date';
  fields: DatePart[];
}

/**
 * Checks the boxes on submit: all empty (`validation.required`), some empty (`dateInput.error.incomplete`, the empty
 * ones marked) or not a real date (`validation.date`). Returns null for a real date.
 *
 * @example
 * checkDateParts({ day: '31', month: '2', year: '2024' }) // { key: 'validation.date', fields: ['day', 'month', 'year'] }
 */
export function checkDateParts(parts: DateParts): DateIssue | null {
  const empty = (['day', 'month', 'year'] as const).filter((part) => parts[part].trim() === '');
  if (empty.length === 3) return { key: 'validation.required', fields: ['day', 'month', 'year'] };
  if (empty.length > 0) return { key: 'dateInput.error.incomplete', fields: [...empty] };
  const value = dateValueFromParts(parts);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const bad = (['day', 'month', 'year'] as const).filter((part) => !DIGITS.test(parts[part].trim()));
    return { key: 'validation.date', fields: bad.length > 0 ? [...bad] : ['day', 'month', 'year'] };
  }
  return null;
}

export interface UseDateInputOptions {
  /** Controlled value (`'YYYY-MM-DD'` or partial, see {@link dateValueFromParts}). */
  value?: string;
  defaultValue?: string;
  onChange?: (value: string, parts: DateParts) => void;
}

/**
 * The state of a day/month/year input. Boxes keep exactly what was typed: a controlled `value` that already
 * matches the boxes (`'2007-03-07'` for day `'7'`) does not rewrite them.
 *
 * @example
 * const { parts, setPart, value } = useDateInput({ defaultValue: '2007-03-27' });
 */
export function useDateInput({ value, defaultValue, onChange }: UseDateInputOptions = {}) {
  const [parts, setParts] = useState<DateParts>(() => datePartsFromValue(value ?? defaultValue));
  const [previousValue, setPreviousValue] = useState(value);
  // Adopt a new controlled value only when it says something the boxes do not (a reset, a prefill): the value
  // '2007-03-07' that typing '7' produced must not turn the box into '07'.
  let current = parts;
  if (value !== previousValue) {
    setPreviousValue(value);
    if (value !== undefined && value !== dateValueFromParts(parts)) {
      current = datePartsFromValue(value);
      setParts(current);
    }
  }

  const setPart = useCallback(
    (part: DatePart, raw: string) => {
      const next = { ...current, [part]: raw };
      setParts(next);
      onChange?.(dateValueFromParts(next), next);
    },
    [current, onChange],
  );

  return { parts: current, setPart, value: dateValueFromParts(current) };
}
