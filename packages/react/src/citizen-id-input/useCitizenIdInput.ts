'use client';

import { CitizenIdSchema, type Locale, type MessageKey, type MessageOverrides, validate } from '@motcua/core';
import { useCallback, useState } from 'react';
import { citizenIdInputMessages } from '../messages/citizen-id-input.js';
import { translate } from '../messages/translate.js';

/** Drops the spaces, dots and dashes people type to group the digits ("001 087 123 456"). */
export function normalizeCitizenId(raw: string): string {
  return raw.replace(/[\s.\-\u00a0]/g, '');
}

export type CitizenIdCheck =
  | { ok: true; value: string }
  | { ok: false; code: MessageKey | 'citizenIdInput.required'; message: string };

/**
 * Checks a typed citizen ID number with core's `CitizenIdSchema` (so the rules and messages are the platform's),
 * after dropping grouping spaces. An empty box gets the specific "Nhập số định danh cá nhân".
 *
 * @example
 * checkCitizenId('001 087 123 456')     // { ok: true, value: '001087123456' }
 * checkCitizenId('0010871234', 'en')    // { ok: false, code: 'citizenId.length', message: 'A citizen ID number has 12 digits' }
 */
export function checkCitizenId(
  raw: string,
  locale: Locale = 'vi',
  overrides?: MessageOverrides,
): CitizenIdCheck {
  const value = normalizeCitizenId(raw);
  if (value === '')
    return {
      ok: false,
      code: 'citizenIdInput.required',
      message: translate('citizenIdInput.required', {}, locale, overrides, [citizenIdInputMessages]),
    };
  const result = validate(CitizenIdSchema, value, { locale, overrides });
  if (result.ok) return { ok: true, value: result.value };
  const issue = result.issues[0];
  return { ok: false, code: issue?.code ?? 'validation.invalid', message: issue?.message ?? '' };
}

export interface UseCitizenIdInputOptions {
  value?: string;
  defaultValue?: string;
  /** Called on every keystroke with the text as typed and without grouping spaces. */
  onChange?: (raw: string, normalized: string) => void;
}

/**
 * The state of a citizen ID box: the text exactly as typed (never reformatted), its normalised digits, and
 * `check()` to run on submit (not on blur: GOV.UK's rule).
 *
 * @example
 * const { raw, setRaw, check } = useCitizenIdInput();
 * onSubmit = () => { const result = check('vi'); … }
 */
export function useCitizenIdInput({ value, defaultValue = '', onChange }: UseCitizenIdInputOptions = {}) {
  const [own, setOwn] = useState(defaultValue);
  const raw = value ?? own;
  const setRaw = useCallback(
    (next: string) => {
      setOwn(next);
      onChange?.(next, normalizeCitizenId(next));
    },
    [onChange],
  );
  const check = useCallback(
    (locale: Locale = 'vi', overrides?: MessageOverrides) => checkCitizenId(raw, locale, overrides),
    [raw],
  );
  return { raw, normalized: normalizeCitizenId(raw), setRaw, check };
}
