'use client';

import { cx } from '../internal/cx.js';
import { dateInputMessages } from '../messages/date-input.js';
import { useT } from '../provider/hooks.js';
import { type DatePart, type DateParts, useDateInput } from './useDateInput.js';

export interface DateInputProps {
  /** Id of the day box (link error-summary entries here); the others get `-month` and `-year`. */
  id: string;
  /** The question, shown as the fieldset's legend. */
  label: string;
  /** Hint under the legend; defaults to 'Ví dụ: 27 3 2007'. Pass `null` for none. */
  hint?: string | null;
  /** Inline error message; the fieldset is described by it and the boxes in `errorFields` are marked invalid. */
  error?: string;
  /** Which boxes the error concerns (default: all three when there is an error). */
  errorFields?: readonly DatePart[];
  /** Form field names: `${name}-day`, `${name}-month`, `${name}-year` (default: the id). */
  name?: string;
  /** `'YYYY-MM-DD'`, or partial text exactly as typed. */
  value?: string;
  defaultValue?: string;
  onChange?: (value: string, parts: DateParts) => void;
  /** `'bday'` for a date of birth: the boxes get `bday-day`, `bday-month`, `bday-year`. */
  autoComplete?: 'bday';
  /** Show the legend as the page heading (one question per page). */
  legendAsHeading?: boolean;
  required?: boolean;
}

const PARTS: readonly { part: DatePart; width: 'sm' | 'md' }[] = [
  { part: 'day', width: 'sm' },
  { part: 'month', width: 'sm' },
  { part: 'year', width: 'md' },
];

/**
 * A date as three boxes, day, month, year (GOV.UK "date input"), Vietnamese order. Numeric keyboards on phones,
 * no picker, no reformatting of what was typed; validation belongs to the form, on submit (`checkDateParts`).
 *
 * @example
 * <DateInput id="birth-date" label="Ngày sinh" autoComplete="bday" error={error} onChange={setBirthDate} />
 */
export function DateInput({
  id,
  label,
  hint,
  error,
  errorFields,
  name,
  value,
  defaultValue,
  onChange,
  autoComplete,
  legendAsHeading = false,
  required,
}: DateInputProps) {
  const t = useT(dateInputMessages);
  const { parts, setPart } = useDateInput({ value, defaultValue, onChange });
  const hintText = hint === undefined ? t('dateInput.hint') : hint;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = cx(hintText && hintId, error && errorId) || undefined;
  const invalid = new Set<DatePart>(error ? (errorFields ?? ['day', 'month', 'year']) : []);
  const fieldName = name ?? id;

  return (
    <div className="motcua-form-group motcua-date-input" data-invalid={error ? 'true' : undefined}>
      <fieldset className="motcua-fieldset" aria-describedby={describedBy}>
        <legend className={cx('motcua-legend', legendAsHeading && 'motcua-date-input__legend--heading')}>
          {legendAsHeading ? <h1 className="motcua-date-input__heading">{label}</h1> : label}
        </legend>
        {hintText ? (
          <div id={hintId} className="motcua-hint">
            {hintText}
          </div>
        ) : null}
        {error ? (
          <p id={errorId} className="motcua-error-message">
            <span className="motcua-visually-hidden">{t('common.errorPrefix')} </span>
            {error}
          </p>
        ) : null}
        <div className="motcua-date-input__items">
          {PARTS.map(({ part, width }) => {
            const inputId = part === 'day' ? id : `${id}-${part}`;
            return (
              <div key={part} className="motcua-date-input__item">
                <label className="motcua-date-input__label" htmlFor={inputId}>
                  {t(`dateInput.${part}`)}
                </label>
                <input
                  id={inputId}
                  name={`${fieldName}-${part}`}
                  className="motcua-input motcua-date-input__input"
                  data-width={width}
                  type="text"
                  inputMode="numeric"
                  autoComplete={autoComplete ? `${autoComplete}-${part}` : 'off'}
                  spellCheck={false}
                  aria-invalid={invalid.has(part) ? true : undefined}
                  aria-required={required || undefined}
                  value={parts[part]}
                  onChange={(event) => setPart(part, event.currentTarget.value)}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
