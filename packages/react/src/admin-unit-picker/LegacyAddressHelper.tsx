'use client';

import type { AdministrativeUnit } from '@motcua/core';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { cx } from '../internal/cx.js';
import { useLocale, useT } from '../provider/hooks.js';
import { type LegacyModule, type UnitsModule, unitName } from './load-units.js';
import { adminUnitPickerMessages } from './messages.js';
import { useLegacyAddress } from './useLegacyAddress.js';

export interface LegacyAddressHelperProps {
  /** Base id of the helper's elements. */
  id?: string;
  /** Called with the current unit the citizen chose. */
  onPick: (unit: AdministrativeUnit) => void;
  /** Focus the old-address box when the helper appears (default false). */
  autoFocus?: boolean;
  loadLegacy?: () => Promise<LegacyModule>;
  loadUnits?: () => Promise<UnitsModule>;
}

/**
 * "Địa chỉ cũ": turns an address written before the 1 July 2025 reorganisation into today's unit(s), explaining
 * whether the old unit went whole or was split, and letting the citizen choose when there are several. The
 * legacy mapping (~290 KB) is imported on the first lookup only.
 *
 * @example
 * <LegacyAddressHelper onPick={(unit) => picker.pick(unit)} />
 */
export function LegacyAddressHelper({
  id,
  onPick,
  autoFocus = false,
  loadLegacy,
  loadUnits,
}: LegacyAddressHelperProps) {
  const t = useT(adminUnitPickerMessages);
  const locale = useLocale();
  const generated = useId();
  const base = id ?? `motcua-legacy-${generated.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const { text, setText, lookup, result } = useLegacyAddress({ loadLegacy, loadUnits });
  const [chosen, setChosen] = useState('');
  const [chooseError, setChooseError] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  // A new lookup starts a new choice.
  useEffect(() => {
    void result.choices;
    setChosen(result.choices.length === 1 ? (result.choices[0]?.code ?? '') : '');
    setChooseError(false);
  }, [result.choices]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Inside a form, Enter would submit it: here it means "look this up".
    if (event.key === 'Enter') {
      event.preventDefault();
      void lookup();
    }
  };

  const use = () => {
    const choice = result.choices.find((candidate) => candidate.code === chosen);
    if (!choice) {
      setChooseError(true);
      document.getElementById(`${base}-choice-0`)?.focus();
      return;
    }
    onPick(choice.unit);
  };

  const statusText =
    result.status === 'loading'
      ? t('adminUnitPicker.legacy.loading')
      : result.status === 'none'
        ? t('adminUnitPicker.legacy.none')
        : result.status === 'error'
          ? t('common.loadFailed')
          : result.status === 'found'
            ? t('adminUnitPicker.legacy.count', { count: result.choices.length })
            : '';

  const oldName = (choice: { old: { fullName: string }; oldProvince?: { fullName: string } | undefined }) =>
    choice.oldProvince
      ? t('adminUnitPicker.legacy.oldUnit', {
          old: choice.old.fullName,
          province: choice.oldProvince.fullName,
        })
      : choice.old.fullName;

  return (
    <div className="motcua-legacy-address" data-state={result.status}>
      <label className="motcua-label" htmlFor={`${base}-input`}>
        {t('adminUnitPicker.legacy.label')}
      </label>
      <div id={`${base}-hint`} className="motcua-hint">
        {t('adminUnitPicker.legacy.hint')}
      </div>
      <div className="motcua-legacy-address__row">
        <input
          ref={inputRef}
          id={`${base}-input`}
          className="motcua-input motcua-legacy-address__input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${base}-hint`}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="motcua-button motcua-legacy-address__find"
          data-variant="secondary"
          onClick={() => void lookup()}
        >
          {t('adminUnitPicker.legacy.find')}
        </button>
      </div>
      <p
        className={cx('motcua-legacy-address__status', statusText === '' && 'motcua-visually-hidden')}
        role="status"
      >
        {statusText}
      </p>
      {result.status === 'error' ? (
        <button type="button" className="motcua-link-button" onClick={() => void lookup()}>
          {t('common.retry')}
        </button>
      ) : null}
      {result.status === 'found' ? (
        <div className="motcua-legacy-address__results">
          {result.matches.length > 1 ? (
            <p className="motcua-legacy-address__explain">
              {t('adminUnitPicker.legacy.ambiguous', { count: result.matches.length })}
            </p>
          ) : null}
          {result.matches.slice(0, 3).map((match) => {
            const first = match.targets[0];
            return (
              <p key={match.old.code} className="motcua-legacy-address__explain">
                {match.targets.length === 1 && first
                  ? t('adminUnitPicker.legacy.full', {
                      old: oldName(match),
                      unit: unitName(first.unit, locale),
                    })
                  : t('adminUnitPicker.legacy.partial', { old: oldName(match), count: match.targets.length })}
              </p>
            );
          })}
          {result.choices.length === 1 ? null : (
            <div
              className="motcua-form-group motcua-legacy-address__choices"
              data-invalid={chooseError ? 'true' : undefined}
            >
              <fieldset
                className="motcua-fieldset"
                aria-describedby={chooseError ? `${base}-choice-error` : undefined}
              >
                <legend className="motcua-legend">{t('adminUnitPicker.legacy.choose')}</legend>
                {chooseError ? (
                  <p id={`${base}-choice-error`} className="motcua-error-message">
                    <span className="motcua-visually-hidden">{t('common.errorPrefix')} </span>
                    {t('adminUnitPicker.legacy.chooseRequired')}
                  </p>
                ) : null}
                {result.choices.map((choice, index) => (
                  <div key={choice.code} className="motcua-legacy-address__choice">
                    <input
                      id={`${base}-choice-${index}`}
                      className="motcua-legacy-address__radio"
                      type="radio"
                      name={`${base}-choice`}
                      value={choice.code}
                      checked={chosen === choice.code}
                      onChange={() => {
                        setChosen(choice.code);
                        setChooseError(false);
                      }}
                    />
                    <label
                      htmlFor={`${base}-choice-${index}`}
                      className="motcua-legacy-address__choice-label"
                    >
                      {t('adminUnitPicker.legacy.target', {
                        unit: unitName(choice.unit, locale),
                        province: unitName(choice.province, locale),
                        merge:
                          choice.merge === 'full'
                            ? t('adminUnitPicker.legacy.mergeFull')
                            : t('adminUnitPicker.legacy.mergePartial'),
                      })}
                      <span className="motcua-legacy-address__from">{oldName(choice)}</span>
                    </label>
                  </div>
                ))}
              </fieldset>
            </div>
          )}
          <button type="button" className="motcua-button" onClick={use}>
            {t('adminUnitPicker.legacy.use')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
