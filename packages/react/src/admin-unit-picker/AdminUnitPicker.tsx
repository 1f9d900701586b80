'use client';

import type { AdministrativeUnit } from '@motcua/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { cx } from '../internal/cx.js';
import { useLocale, useT } from '../provider/hooks.js';
import { LegacyAddressHelper } from './LegacyAddressHelper.js';
import { type LegacyModule, type UnitsModule, unitName } from './load-units.js';
import { adminUnitPickerMessages } from './messages.js';
import { type AdminUnitValue, useAdminUnitPicker } from './useAdminUnitPicker.js';

export interface AdminUnitPickerProps {
  /** Base id: the selects are `${id}-provinceCode` and `${id}-communeCode` (link error summaries there). */
  id: string;
  /** The question, as the fieldset's legend ("Nơi sinh"). */
  label: string;
  hint?: string;
  /** Controlled codes; blank strings for "not chosen". */
  value?: AdminUnitValue;
  defaultValue?: AdminUnitValue;
  onChange?: (
    value: AdminUnitValue,
    units: { province?: AdministrativeUnit; commune?: AdministrativeUnit },
  ) => void;
  /** `province` asks for the province only (default `commune`). */
  granularity?: 'province' | 'commune';
  /** Inline error for the whole address, decided by the form on submit. */
  error?: string;
  /** Which select the error is about (default: the province, or both when none is chosen). */
  errorParts?: readonly string[];
  required?: boolean;
  /** Offer the old-address helper (default true). */
  legacyHelper?: boolean;
  /** Lock the choice (a prefilled address that may not be changed). */
  readOnly?: boolean;
  /** More inputs of the same address (a street line), inside the same fieldset. */
  children?: ReactNode;
  /** A line under the hint (where a prefilled value came from). */
  note?: ReactNode;
  /** Replace the lazy loaders (loading and error stories, tests). */
  loadUnits?: () => Promise<UnitsModule>;
  loadLegacy?: () => Promise<LegacyModule>;
}

/** Above this many communes, a diacritic-insensitive filter box helps find one in the list. */
const FILTER_THRESHOLD = 12;

/**
 * Province, then commune, for the two-tier local government in force since 1 July 2025: native selects (they work
 * with every keyboard, screen reader and phone), a diacritic-insensitive filter for long commune lists ("ba dinh"
 * finds "Phường Ba Đình"), and an old-address helper for people who only know their pre-2025 address. The unit data
 * loads on first render of a picker, never with the package.
 *
 * @example
 * <AdminUnitPicker id="birth-place" label="Nơi sinh" value={place} onChange={setPlace} />
 */
export function AdminUnitPicker({
  id,
  label,
  hint,
  value,
  defaultValue,
  onChange,
  granularity = 'commune',
  error,
  errorParts,
  required,
  legacyHelper = true,
  readOnly = false,
  children,
  note,
  loadUnits,
  loadLegacy,
}: AdminUnitPickerProps) {
  const t = useT(adminUnitPickerMessages);
  const locale = useLocale();
  const picker = useAdminUnitPicker({ value, defaultValue, onChange, loadUnits });
  const [helperOpen, setHelperOpen] = useState(false);
  const [filterMessage, setFilterMessage] = useState('');
  const provinceRef = useRef<HTMLSelectElement>(null);
  const communeRef = useRef<HTMLSelectElement>(null);
  const focusAfterPick = useRef<'province' | 'commune' | null>(null);

  const provinceId = `${id}-provinceCode`;
  const communeId = `${id}-communeCode`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  const invalid = new Set(
    error ? (errorParts ?? [picker.value.provinceCode ? 'communeCode' : 'provinceCode']) : [],
  );
  const ready = picker.status === 'ready';
  const withCommune = granularity !== 'province';

  // The filter's result count, spoken once typing pauses (not on every keystroke).
  useEffect(() => {
    if (picker.filter.trim() === '') {
      setFilterMessage('');
      return;
    }
    const count = picker.communes.length;
    const timer = setTimeout(
      () =>
        setFilterMessage(
          count === 0 ? t('adminUnitPicker.filterNone') : t('adminUnitPicker.filterCount', { count }),
        ),
      600,
    );
    return () => clearTimeout(timer);
  }, [picker.communes.length, picker.filter, t]);

  // After the helper picked a unit: show the result by focusing the select it filled.
  useEffect(() => {
    const target = focusAfterPick.current;
    if (!target) return;
    focusAfterPick.current = null;
    (target === 'commune' ? communeRef.current : provinceRef.current)?.focus();
  });

  const describedBy = cx(hint && hintId, error && errorId) || undefined;

  return (
    <div
      className="motcua-form-group motcua-admin-unit-picker"
      data-invalid={error ? 'true' : undefined}
      data-state={picker.status}
    >
      <fieldset className="motcua-fieldset" aria-describedby={describedBy}>
        <legend className="motcua-legend">{label}</legend>
        {hint ? (
          <div id={hintId} className="motcua-hint">
            {hint}
          </div>
        ) : null}
        {note}
        {error ? (
          <p id={errorId} className="motcua-error-message">
            <span className="motcua-visually-hidden">{t('common.errorPrefix')} </span>
            {error}
          </p>
        ) : null}
        <p
          id={statusId}
          className={cx('motcua-admin-unit-picker__status', ready && 'motcua-visually-hidden')}
          role="status"
        >
          {picker.status === 'loading' ? t('adminUnitPicker.loading') : ''}
          {picker.status === 'error' ? t('adminUnitPicker.loadFailed') : ''}
        </p>
        {picker.status === 'error' ? (
          <button type="button" className="motcua-button" data-variant="secondary" onClick={picker.retry}>
            {t('common.retry')}
          </button>
        ) : null}
        <div className="motcua-admin-unit-picker__item">
          <label className="motcua-label motcua-admin-unit-picker__label" htmlFor={provinceId}>
            {t('adminUnitPicker.province')}
          </label>
          <select
            ref={provinceRef}
            id={provinceId}
            className="motcua-input motcua-admin-unit-picker__select"
            value={picker.value.provinceCode}
            disabled={!ready || readOnly}
            aria-required={required || undefined}
            aria-invalid={invalid.has('provinceCode') ? true : undefined}
            aria-describedby={ready ? undefined : statusId}
            onChange={(event) => picker.setProvince(event.currentTarget.value)}
          >
            <option value="">{t('adminUnitPicker.chooseProvince')}</option>
            {picker.provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {unitName(province, locale)}
              </option>
            ))}
          </select>
        </div>
        {withCommune ? (
          <div className="motcua-admin-unit-picker__item">
            {picker.communeCount > FILTER_THRESHOLD && !readOnly ? (
              <div className="motcua-admin-unit-picker__filter">
                <label className="motcua-admin-unit-picker__filter-label" htmlFor={`${id}-filter`}>
                  {t('adminUnitPicker.filter')}
                </label>
                <div id={`${id}-filter-hint`} className="motcua-hint">
                  {t('adminUnitPicker.filterHint')}
                </div>
                <input
                  id={`${id}-filter`}
                  className="motcua-input motcua-admin-unit-picker__filter-input"
                  type="search"
                  autoComplete="off"
                  spellCheck={false}
                  aria-describedby={`${id}-filter-hint`}
                  aria-controls={communeId}
                  value={picker.filter}
                  onChange={(event) => picker.setFilter(event.currentTarget.value)}
                  onKeyDown={(event) => {
                    // Enter inside a form would submit it; here it moves on to the list.
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      communeRef.current?.focus();
                    }
                  }}
                />
                <p className="motcua-visually-hidden" role="status">
                  {filterMessage}
                </p>
              </div>
            ) : null}
            <label className="motcua-label motcua-admin-unit-picker__label" htmlFor={communeId}>
              {t('adminUnitPicker.commune')}
            </label>
            <select
              ref={communeRef}
              id={communeId}
              className="motcua-input motcua-admin-unit-picker__select"
              value={picker.value.communeCode}
              disabled={!ready || !picker.value.provinceCode || readOnly}
              aria-required={required || undefined}
              aria-invalid={invalid.has('communeCode') ? true : undefined}
              onChange={(event) => picker.setCommune(event.currentTarget.value)}
            >
              <option value="">
                {picker.value.provinceCode
                  ? t('adminUnitPicker.chooseCommune')
                  : t('adminUnitPicker.provinceFirst')}
              </option>
              {picker.communes.map((commune) => (
                <option key={commune.code} value={commune.code}>
                  {unitName(commune, locale)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {children}
        {legacyHelper && !readOnly ? (
          <details
            className="motcua-admin-unit-picker__legacy"
            open={helperOpen}
            onToggle={(event) => setHelperOpen(event.currentTarget.open)}
          >
            <summary className="motcua-admin-unit-picker__legacy-toggle">
              {t('adminUnitPicker.legacy.toggle')}
            </summary>
            {helperOpen ? (
              <LegacyAddressHelper
                id={`${id}-legacy`}
                loadLegacy={loadLegacy}
                loadUnits={loadUnits}
                onPick={(unit) => {
                  picker.pick(unit);
                  setHelperOpen(false);
                  focusAfterPick.current = unit.level === 'commune' && withCommune ? 'commune' : 'province';
                }}
              />
            ) : null}
          </details>
        ) : null}
      </fieldset>
    </div>
  );
}
