'use client';

import type { FieldSpec, InputFieldSpec } from '@motcua/core';
import { type MouseEvent, type ReactElement, useEffect, useState } from 'react';
import { loadUnits, type UnitsModule, unitName } from '../admin-unit-picker/load-units.js';
import { displayFileName } from '../file-upload/file-name.js';
import type { AttachmentValue } from './form-store.js';
import {
  addressValue,
  childKey,
  domId,
  type FieldKey,
  type FormPage,
  inputsAt,
  localize,
  toDateParts,
} from './spec-model.js';
import { type DossierFormApi, itemHeading } from './useDossierForm.js';

/**
 * Check your answers (GOV.UK pattern): every visible answer under its page's title, each with a "Change" link that
 * goes back to the question and focuses it; then the submit button.
 */
export function CheckAnswers({ form, headingLevel }: { form: DossierFormApi; headingLevel: number }) {
  const { store, t, locale, formId } = form;
  const [units, setUnits] = useState<UnitsModule | undefined>();
  const hasAddress = form.pages.some((page) =>
    inputsAt(page.fields).some((field) => field.type === 'address'),
  );
  useEffect(() => {
    // Unit names for addresses, loaded only when there is an address to show.
    if (!hasAddress) return;
    let live = true;
    loadUnits().then(
      (module) => live && setUnits(module),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [hasAddress]);

  const H = `h${Math.min(headingLevel, 6)}` as 'h2';
  const H2 = `h${Math.min(headingLevel + 1, 6)}` as 'h3';
  const submitting = form.submission.status === 'submitting';

  const display = (key: FieldKey, field: InputFieldSpec): string | string[] => {
    const value = store.get(key);
    const none = t('dossierForm.check.notAnswered');
    switch (field.type) {
      case 'date': {
        const { day, month, year } = toDateParts(value);
        return day || month || year ? `${day.padStart(2, '0')}/${month.padStart(2, '0')}/${year}` : none;
      }
      case 'select':
      case 'radio': {
        const option = field.options.find((candidate) => candidate.value === value);
        return option ? localize(option.label, locale) : none;
      }
      case 'checkboxes': {
        const chosen = Array.isArray(value) ? value : [];
        const labels = field.options
          .filter((o) => chosen.includes(o.value))
          .map((o) => localize(o.label, locale));
        return labels.length > 0 ? labels : none;
      }
      case 'checkbox':
        return value === true ? t('dossierForm.check.yes') : t('dossierForm.check.no');
      case 'address': {
        const address = addressValue(value);
        if (!address.provinceCode) return none;
        const name = (code: string) => (units ? unitName(units.findUnit(code), locale) || code : code);
        return [address.street, address.communeCode && name(address.communeCode), name(address.provinceCode)]
          .filter(Boolean)
          .join(', ');
      }
      case 'attachment': {
        const files = (Array.isArray(value) ? (value as AttachmentValue[]) : []).filter((file) => file.name);
        return files.length > 0 ? files.map((file) => displayFileName(file.name)) : none;
      }
      case 'money':
      case 'number': {
        const text = typeof value === 'string' ? value.trim() : '';
        if (!text) return none;
        const unit =
          field.type === 'number' && field.unit
            ? ` ${localize(field.unit, locale)}`
            : field.type === 'money'
              ? ' ₫'
              : '';
        return `${text}${unit}`;
      }
      default:
        return typeof value === 'string' && value.trim() !== '' ? value : none;
    }
  };

  const rows = (fields: readonly FieldSpec[], parent: FieldKey): ReactElement[] =>
    inputsAt(fields).flatMap((field) => {
      const key = childKey(parent, field.name);
      if (!store.isVisible(key)) return [];
      if (field.type === 'group') {
        const items = store.items(key);
        return [
          <div key={key} className="motcua-summary-list__row" data-group="true">
            <dt className="motcua-summary-list__key">{localize(field.label, locale)}</dt>
            <dd className="motcua-summary-list__value">
              {items.length === 0 ? (
                t('dossierForm.check.notAnswered')
              ) : (
                <ul className="motcua-dossier-form__check-items">
                  {items.map((itemId, index) => {
                    const itemKey = childKey(key, itemId);
                    return (
                      <li key={itemId}>
                        <span className="motcua-dossier-form__check-item-title">
                          {itemHeading(field, index + 1, locale, t)}
                        </span>
                        <dl className="motcua-summary-list motcua-summary-list--nested">
                          {rows(field.fields, itemKey)}
                        </dl>
                      </li>
                    );
                  })}
                </ul>
              )}
            </dd>
            <dd className="motcua-summary-list__actions">
              <ChangeLink
                form={form}
                fieldKey={key}
                fieldId={domId(formId, key, 'legend')}
                label={localize(field.label, locale)}
              />
            </dd>
          </div>,
        ];
      }
      const shown = display(key, field);
      const label = localize(field.label, locale);
      const fieldId =
        field.type === 'radio' || field.type === 'checkboxes'
          ? domId(formId, key, '0')
          : field.type === 'address'
            ? domId(formId, key, 'provinceCode')
            : domId(formId, key);
      return [
        <div key={key} className="motcua-summary-list__row">
          <dt className="motcua-summary-list__key">{label}</dt>
          <dd className="motcua-summary-list__value">
            {Array.isArray(shown) ? (
              <ul className="motcua-dossier-form__check-values">
                {shown.map((line, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines of one answer, never reordered
                  <li key={index}>
                    <bdi>{line}</bdi>
                  </li>
                ))}
              </ul>
            ) : (
              <bdi>{shown}</bdi>
            )}
          </dd>
          <dd className="motcua-summary-list__actions">
            {parent.includes('.') || parent.startsWith('~') ? null : (
              <ChangeLink form={form} fieldKey={key} fieldId={fieldId} label={label} />
            )}
          </dd>
        </div>,
      ];
    });

  return (
    <div className="motcua-dossier-form__check">
      <H id={`${formId}-check-heading`} className="motcua-dossier-form__heading" tabIndex={-1}>
        {t('dossierForm.check.title')}
      </H>
      <p className="motcua-dossier-form__intro">{t('dossierForm.check.intro')}</p>
      {form.pages.map((page: FormPage) => {
        const pageRows = rows(page.fields, '');
        if (pageRows.length === 0) return null;
        const title = page.section ? localize(page.section.title, locale) : t('dossierForm.otherDetails');
        return (
          <section
            key={page.id}
            className="motcua-dossier-form__check-section"
            aria-labelledby={`${formId}-check-${page.id.replace('#', 'p')}`}
          >
            <H2
              id={`${formId}-check-${page.id.replace('#', 'p')}`}
              className="motcua-dossier-form__check-title"
            >
              {title}
            </H2>
            <dl className="motcua-summary-list">{pageRows}</dl>
          </section>
        );
      })}
      <div className="motcua-dossier-form__actions">
        <button
          type="button"
          className="motcua-button motcua-dossier-form__submit"
          aria-disabled={submitting || undefined}
          data-state={form.submission.status}
          onClick={() => void form.submit()}
        >
          {submitting ? t('dossierForm.submitting') : t('dossierForm.submit')}
        </button>
        <button type="button" className="motcua-link-button motcua-dossier-form__back" onClick={form.back}>
          {t('dossierForm.back')}
        </button>
      </div>
    </div>
  );
}

function ChangeLink({
  form,
  fieldKey,
  fieldId,
  label,
}: {
  form: DossierFormApi;
  fieldKey: FieldKey;
  fieldId: string;
  label: string;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    form.change(fieldKey, fieldId);
  };
  return (
    <a className="motcua-link" href={`#${fieldId}`} onClick={onClick}>
      {form.t('dossierForm.check.change')}
      <span className="motcua-visually-hidden">{form.t('dossierForm.check.changeHidden', { label })}</span>
    </a>
  );
}
