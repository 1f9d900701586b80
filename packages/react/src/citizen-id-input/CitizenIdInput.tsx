'use client';

import { useEffect, useRef, useState } from 'react';
import { cx } from '../internal/cx.js';
import { citizenIdInputMessages } from '../messages/citizen-id-input.js';
import { useMotcua, useT } from '../provider/hooks.js';
import { type CitizenIdCheck, useCitizenIdInput } from './useCitizenIdInput.js';

export interface CitizenIdInputProps {
  id: string;
  name?: string;
  /** Defaults to 'Số định danh cá nhân (số CCCD)'. */
  label?: string;
  /** Defaults to the catalogue's hint; `null` for none. */
  hint?: string | null;
  /** An error decided by the form (e.g. from the server); shown instead of the widget's own check. */
  error?: string;
  value?: string;
  defaultValue?: string;
  onChange?: (raw: string, normalized: string) => void;
  /**
   * Check the number when the enclosing form is submitted (default true): an invalid number shows its message,
   * stops the submission (`event.defaultPrevented`) and reports through `onCheck`. Never on blur or while typing.
   */
  checkOnSubmit?: boolean;
  onCheck?: (result: CitizenIdCheck) => void;
  required?: boolean;
}

/**
 * A citizen ID (số định danh cá nhân / CCCD) box: 12 digits, numeric keyboard, autocomplete off, grouping spaces
 * tolerated, checked with core's `CitizenIdSchema` when the form is submitted.
 *
 * @example
 * <form onSubmit={(e) => { if (!e.defaultPrevented) send(); }}><CitizenIdInput id="cccd" onChange={(_, id) => setId(id)} /></form>
 */
export function CitizenIdInput({
  id,
  name,
  label,
  hint,
  error,
  value,
  defaultValue,
  onChange,
  checkOnSubmit = true,
  onCheck,
  required,
}: CitizenIdInputProps) {
  const t = useT(citizenIdInputMessages);
  const { locale, messages } = useMotcua();
  const [ownError, setOwnError] = useState<string | undefined>();
  const { raw, setRaw, check } = useCitizenIdInput({ value, defaultValue, onChange });
  const inputRef = useRef<HTMLInputElement>(null);

  // Latest values for the submit listener, which is attached once per form.
  const latest = useRef({ check, onCheck, locale, messages });
  latest.current = { check, onCheck, locale, messages };

  useEffect(() => {
    const form = inputRef.current?.form;
    if (!checkOnSubmit || !form) return;
    const onSubmit = (event: SubmitEvent) => {
      const { check: run, onCheck: report, locale: lang, messages: overrides } = latest.current;
      const result = run(lang, overrides);
      setOwnError(result.ok ? undefined : result.message);
      report?.(result);
      if (!result.ok) event.preventDefault();
    };
    // Capture: runs before React's own submit handler, which can then read event.defaultPrevented.
    form.addEventListener('submit', onSubmit, { capture: true });
    return () => form.removeEventListener('submit', onSubmit, { capture: true });
  }, [checkOnSubmit]);

  const shownError = error ?? ownError;
  const hintText = hint === undefined ? t('citizenIdInput.hint') : hint;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    <div
      className="motcua-form-group motcua-citizen-id-input"
      data-invalid={shownError ? 'true' : undefined}
      data-state={shownError ? 'invalid' : 'idle'}
    >
      <label className="motcua-label" htmlFor={id}>
        {label ?? t('citizenIdInput.label')}
      </label>
      {hintText ? (
        <div id={hintId} className="motcua-hint">
          {hintText}
        </div>
      ) : null}
      {shownError ? (
        <p id={errorId} className="motcua-error-message">
          <span className="motcua-visually-hidden">{t('common.errorPrefix')} </span>
          {shownError}
        </p>
      ) : null}
      <input
        ref={inputRef}
        id={id}
        name={name ?? id}
        className="motcua-input motcua-citizen-id-input__input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        aria-required={required || undefined}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={cx(hintText && hintId, shownError && errorId) || undefined}
        value={raw}
        onChange={(event) => setRaw(event.currentTarget.value)}
      />
    </div>
  );
}
