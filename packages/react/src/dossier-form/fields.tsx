'use client';

import type { FieldSpec, InputFieldSpec } from '@motcua/core';
import { type ComponentType, memo, type ReactNode, useCallback } from 'react';
import { loadUnits } from '../admin-unit-picker/load-units.js';
import { CitizenIdInput } from '../citizen-id-input/CitizenIdInput.js';
import { DateInput } from '../date-input/DateInput.js';
import { dateValueFromParts } from '../date-input/useDateInput.js';
import { cx } from '../internal/cx.js';
import { type LazyPart, lazyPart, useLazyPart } from '../internal/lazy.js';
import {
  ErrorText,
  type FieldParts,
  Hint,
  Optional,
  Source,
  useFieldParts,
  useFieldValue,
  useFormContext,
  useItems,
  useVisible,
} from './field-parts.js';
import { childKey, type DateParts, domId, type FieldKey, localize, toDateParts } from './spec-model.js';
import { itemHeading } from './useDossierForm.js';

// ── Layout ───────────────────────────────────────────────────────────────────────────────────────────

/** A list of fields at one level (form, section, group item). */
export function FieldList({
  fields,
  parent,
  headingLevel,
}: {
  fields: readonly FieldSpec[];
  parent: FieldKey;
  headingLevel: number;
}) {
  return (
    <>
      {fields.map((field) =>
        field.type === 'section' ? (
          <Section key={field.name} section={field} parent={parent} headingLevel={headingLevel} />
        ) : (
          <Field key={field.name} fieldKey={childKey(parent, field.name)} field={field} />
        ),
      )}
    </>
  );
}

function Heading({
  level,
  id,
  className,
  children,
}: {
  level: number;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${Math.min(Math.max(level, 1), 6)}` as 'h2';
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

const Section = memo(function Section({
  section,
  parent,
  headingLevel,
}: {
  section: Extract<FieldSpec, { type: 'section' }>;
  parent: FieldKey;
  headingLevel: number;
}) {
  const { store, formId, locale } = useFormContext();
  const key = childKey(parent, section.name);
  const visible = useVisible(store, key);
  if (!visible) return null;
  const headingId = domId(formId, key, 'title');
  return (
    <section className="motcua-dossier-form__section" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} className="motcua-dossier-form__section-title">
        {localize(section.title, locale)}
      </Heading>
      {section.description ? (
        <p className="motcua-dossier-form__section-description">{localize(section.description, locale)}</p>
      ) : null}
      <FieldList fields={section.fields} parent={parent} headingLevel={headingLevel + 1} />
    </section>
  );
});

// ── Fields ───────────────────────────────────────────────────────────────────────────────────────────

/** One field: subscribes to its own value, error, visibility and provenance, nothing else. */
export const Field = memo(function Field({ fieldKey, field }: { fieldKey: FieldKey; field: InputFieldSpec }) {
  const context = useFormContext();
  const visible = useVisible(context.store, fieldKey);
  if (!visible) return null;
  switch (field.type) {
    case 'group':
      return <GroupField fieldKey={fieldKey} field={field} />;
    case 'date':
      return <DateField fieldKey={fieldKey} field={field} />;
    case 'address':
      return <LazyField widget={addressWidget} fieldKey={fieldKey} field={field} />;
    case 'attachment':
      return <LazyField widget={attachmentWidget} fieldKey={fieldKey} field={field} />;
    case 'radio':
    case 'checkboxes':
      return <ChoiceField fieldKey={fieldKey} field={field} />;
    case 'checkbox':
      return <CheckboxField fieldKey={fieldKey} field={field} />;
    case 'citizenId':
      return <CitizenIdField fieldKey={fieldKey} field={field} />;
    case 'select':
      return <SelectField fieldKey={fieldKey} field={field} />;
    default:
      return <TextField fieldKey={fieldKey} field={field} />;
  }
});

const INPUT_TYPES: Partial<
  Record<
    InputFieldSpec['type'],
    {
      type: string;
      autoComplete?: string;
      inputMode?: 'numeric' | 'decimal' | 'tel' | 'email';
      width?: string;
    }
  >
> = {
  email: { type: 'email', autoComplete: 'email', inputMode: 'email' },
  phone: { type: 'tel', autoComplete: 'tel', inputMode: 'tel', width: 'md' },
  taxCode: { type: 'text', autoComplete: 'off', inputMode: 'numeric', width: 'md' },
  number: { type: 'text', inputMode: 'decimal', autoComplete: 'off', width: 'sm' },
  money: { type: 'text', inputMode: 'numeric', autoComplete: 'off', width: 'md' },
};

function TextField({ fieldKey, field }: { fieldKey: FieldKey; field: InputFieldSpec }) {
  const { store, locale } = useFormContext();
  const value = useFieldValue<string>(store, fieldKey);
  const parts = useFieldParts(fieldKey, field);
  const kind = INPUT_TYPES[field.type] ?? { type: 'text' };
  const unit =
    field.type === 'number' && field.unit ? localize(field.unit, locale) : field.type === 'money' ? '₫' : '';
  const common = {
    id: parts.id,
    name: parts.id,
    className: cx(
      'motcua-input',
      'motcua-dossier-form__input',
      field.type === 'textarea' && 'motcua-dossier-form__textarea',
    ),
    value: typeof value === 'string' ? value : '',
    readOnly: parts.locked,
    'aria-invalid': parts.error ? true : undefined,
    'aria-describedby': parts.describedBy,
    'data-width': kind.width,
    onChange: (event: { currentTarget: { value: string } }) => store.set(fieldKey, event.currentTarget.value),
  } as const;
  return (
    <LabelledField parts={parts} field={field} locked={parts.locked}>
      {field.type === 'textarea' ? (
        <textarea {...common} rows={5} spellCheck />
      ) : (
        <div className="motcua-dossier-form__input-row">
          <input
            {...common}
            type={kind.type}
            inputMode={kind.inputMode}
            autoComplete={kind.autoComplete}
            spellCheck={field.type === 'text' ? undefined : false}
          />
          {unit ? (
            <span className="motcua-dossier-form__unit" aria-hidden="true">
              {unit}
            </span>
          ) : null}
        </div>
      )}
    </LabelledField>
  );
}

function SelectField({
  fieldKey,
  field,
}: {
  fieldKey: FieldKey;
  field: Extract<InputFieldSpec, { type: 'select' }>;
}) {
  const { store, locale, t } = useFormContext();
  const value = useFieldValue<string>(store, fieldKey);
  const parts = useFieldParts(fieldKey, field);
  return (
    <LabelledField parts={parts} field={field}>
      <select
        id={parts.id}
        name={parts.id}
        className="motcua-input motcua-dossier-form__select"
        value={value ?? ''}
        disabled={parts.locked}
        aria-invalid={parts.error ? true : undefined}
        aria-describedby={parts.describedBy}
        onChange={(event) => store.set(fieldKey, event.currentTarget.value)}
      >
        <option value="">{t('dossierForm.choose')}</option>
        {field.options.map((option) => (
          <option key={option.value} value={option.value}>
            {localize(option.label, locale)}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

function ChoiceField({
  fieldKey,
  field,
}: {
  fieldKey: FieldKey;
  field: Extract<InputFieldSpec, { type: 'radio' | 'checkboxes' }>;
}) {
  const { store, locale } = useFormContext();
  const value = useFieldValue<string | string[]>(store, fieldKey);
  const parts = useFieldParts(fieldKey, field);
  const multiple = field.type === 'checkboxes';
  const chosen = new Set(Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : []);
  return (
    <div
      className="motcua-form-group motcua-dossier-form__field"
      data-invalid={parts.error ? 'true' : undefined}
    >
      <fieldset className="motcua-fieldset" aria-describedby={parts.describedBy}>
        <legend className="motcua-legend">
          {parts.label}
          <Optional field={field} />
        </legend>
        <Hint parts={parts} />
        <Source parts={parts} />
        <ErrorText parts={parts} />
        <div className="motcua-dossier-form__choices" data-kind={multiple ? 'checkboxes' : 'radios'}>
          {field.options.map((option, index) => {
            const optionId = `${parts.id}-${index}`;
            const optionHintId = `${optionId}-hint`;
            return (
              <div key={option.value} className="motcua-dossier-form__choice">
                <input
                  id={optionId}
                  name={parts.id}
                  className="motcua-dossier-form__choice-input"
                  type={multiple ? 'checkbox' : 'radio'}
                  value={option.value}
                  checked={chosen.has(option.value)}
                  disabled={parts.locked && !chosen.has(option.value)}
                  aria-describedby={option.hint ? optionHintId : undefined}
                  onChange={(event) => {
                    if (!multiple) store.set(fieldKey, option.value);
                    else {
                      const next = new Set(chosen);
                      if (event.currentTarget.checked) next.add(option.value);
                      else next.delete(option.value);
                      // Keep the spec's order, whatever order they were ticked in.
                      store.set(
                        fieldKey,
                        field.options.map((o) => o.value).filter((v) => next.has(v)),
                      );
                    }
                  }}
                />
                <label htmlFor={optionId} className="motcua-dossier-form__choice-label">
                  {localize(option.label, locale)}
                </label>
                {option.hint ? (
                  <div id={optionHintId} className="motcua-hint motcua-dossier-form__choice-hint">
                    {localize(option.hint, locale)}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function CheckboxField({
  fieldKey,
  field,
}: {
  fieldKey: FieldKey;
  field: Extract<InputFieldSpec, { type: 'checkbox' }>;
}) {
  const { store } = useFormContext();
  const value = useFieldValue<boolean>(store, fieldKey);
  const parts = useFieldParts(fieldKey, field);
  return (
    <div
      className="motcua-form-group motcua-dossier-form__field"
      data-invalid={parts.error ? 'true' : undefined}
    >
      <ErrorText parts={parts} />
      <div className="motcua-dossier-form__choice">
        <input
          id={parts.id}
          name={parts.id}
          className="motcua-dossier-form__choice-input"
          type="checkbox"
          checked={value === true}
          aria-invalid={parts.error ? true : undefined}
          aria-describedby={parts.describedBy}
          onChange={(event) => store.set(fieldKey, event.currentTarget.checked)}
        />
        <label htmlFor={parts.id} className="motcua-dossier-form__choice-label">
          {parts.label}
        </label>
        {parts.hint ? (
          <div id={parts.hintId} className="motcua-hint motcua-dossier-form__choice-hint">
            {parts.hint}
          </div>
        ) : null}
      </div>
    </div>
  );
}

function DateField({
  fieldKey,
  field,
}: {
  fieldKey: FieldKey;
  field: Extract<InputFieldSpec, { type: 'date' }>;
}) {
  const { store } = useFormContext();
  const raw = useFieldValue<DateParts>(store, fieldKey);
  const parts = useFieldParts(fieldKey, field);
  const onChange = useCallback((_: string, next: DateParts) => store.set(fieldKey, next), [store, fieldKey]);
  if (parts.locked)
    return <LockedText parts={parts} field={field} value={dateValueFromParts(toDateParts(raw))} />;
  const birth = /birth|sinh/i.test(field.name);
  return (
    <>
      <DateInput
        id={parts.id}
        label={parts.label}
        hint={parts.hint || undefined}
        error={parts.error?.message}
        errorFields={parts.error?.parts as ('day' | 'month' | 'year')[] | undefined}
        value={dateValueFromParts(toDateParts(raw))}
        onChange={onChange}
        autoComplete={birth ? 'bday' : undefined}
      />
      {parts.provenance ? <Source parts={parts} /> : null}
    </>
  );
}

function CitizenIdField({ fieldKey, field }: { fieldKey: FieldKey; field: InputFieldSpec }) {
  const { store, t } = useFormContext();
  const value = useFieldValue<string>(store, fieldKey);
  const parts = useFieldParts(fieldKey, field);
  const onChange = useCallback((raw: string) => store.set(fieldKey, raw), [store, fieldKey]);
  if (parts.locked) return <LockedText parts={parts} field={field} value={value ?? ''} />;
  const source = parts.provenance ? t(`dossierForm.source.${parts.provenance.source}`) : '';
  return (
    <CitizenIdInput
      id={parts.id}
      label={parts.label}
      hint={[parts.hint, source].filter(Boolean).join(' ') || undefined}
      error={parts.error?.message}
      value={value ?? ''}
      onChange={onChange}
      checkOnSubmit={false}
    />
  );
}

/** A question with one label: the label, its hint, where a prefilled value came from and the error, above the control. */
function LabelledField({
  parts,
  field,
  locked,
  children,
}: {
  parts: FieldParts;
  field: InputFieldSpec;
  locked?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      className="motcua-form-group motcua-dossier-form__field"
      data-invalid={parts.error ? 'true' : undefined}
      data-locked={locked || undefined}
    >
      <label className="motcua-label" htmlFor={parts.id}>
        {parts.label}
        <Optional field={field} />
      </label>
      <Hint parts={parts} />
      <Source parts={parts} />
      <ErrorText parts={parts} />
      {children}
    </div>
  );
}

/** A value the registry holds and the citizen may not change: a read-only box, still reachable and read out. */
function LockedText({ parts, field, value }: { parts: FieldParts; field: InputFieldSpec; value: string }) {
  return (
    <LabelledField parts={parts} field={field} locked>
      <input
        id={parts.id}
        name={parts.id}
        className="motcua-input motcua-dossier-form__input"
        type="text"
        readOnly
        value={value}
        aria-invalid={parts.error ? true : undefined}
        aria-describedby={parts.describedBy}
      />
    </LabelledField>
  );
}

type FieldWidget<F extends InputFieldSpec> = ComponentType<{ fieldKey: FieldKey; field: F }>;

/** The address picker, its old-address helper and their strings; the unit data they show is fetched alongside. */
const addressWidget = /* @__PURE__ */ lazyPart<FieldWidget<Extract<InputFieldSpec, { type: 'address' }>>>(
  () => {
    // The picker fetches the units again if this fails.
    loadUnits().catch(() => undefined);
    return import('./AddressField.js').then((module) => module.AddressField);
  },
);

/** The file upload and its strings. */
const attachmentWidget = /* @__PURE__ */ lazyPart<
  FieldWidget<Extract<InputFieldSpec, { type: 'attachment' }>>
>(() => import('./AttachmentField.js').then((module) => module.AttachmentField));

/**
 * A field whose widget is fetched only for a spec that has one: the question and a spoken status show until it
 * arrives, with "Try again" if the fetch failed.
 */
function LazyField<F extends InputFieldSpec>({
  widget,
  fieldKey,
  field,
}: {
  widget: LazyPart<FieldWidget<F>>;
  fieldKey: FieldKey;
  field: F;
}) {
  const { value: Widget, failed, retry } = useLazyPart(widget);
  if (Widget) return <Widget fieldKey={fieldKey} field={field} />;
  return <FieldPending fieldKey={fieldKey} field={field} failed={failed} onRetry={retry} />;
}

function FieldPending({
  fieldKey,
  field,
  failed,
  onRetry,
}: {
  fieldKey: FieldKey;
  field: InputFieldSpec;
  failed: boolean;
  onRetry: () => void;
}) {
  const { t } = useFormContext();
  const parts = useFieldParts(fieldKey, field);
  return (
    <div className="motcua-form-group motcua-dossier-form__field" data-state={failed ? 'error' : 'loading'}>
      <p className="motcua-label">{parts.label}</p>
      <p className="motcua-hint" role="status">
        {t(failed ? 'common.loadFailed' : 'common.loading')}
      </p>
      {failed ? (
        <button type="button" className="motcua-button" data-variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

// ── Groups ───────────────────────────────────────────────────────────────────────────────────────────

function GroupField({
  fieldKey,
  field,
}: {
  fieldKey: FieldKey;
  field: Extract<InputFieldSpec, { type: 'group' }>;
}) {
  const { store, formId, locale, t, announce } = useFormContext();
  const items = useItems(store, fieldKey);
  const parts = useFieldParts(fieldKey, field);
  const addId = domId(formId, fieldKey, 'add');
  const atMax = field.maxItems !== undefined && items.length >= field.maxItems;
  const name = groupNoun(field, locale);

  const add = () => {
    const id = store.addItem(fieldKey);
    if (!id) return;
    const n = store.items(fieldKey).length;
    announce(t('dossierForm.group.added', { item: itemHeading(field, n, locale, t) }));
    // Focus the new item's first box once it has rendered.
    requestAnimationFrame(() => {
      const first = document
        .getElementById(domId(formId, childKey(fieldKey, id), 'item'))
        ?.querySelector<HTMLElement>('input, select, textarea');
      first?.focus();
    });
  };

  const remove = (itemId: string, n: number) => {
    store.removeItem(fieldKey, itemId);
    announce(t('dossierForm.group.removed', { item: itemHeading(field, n, locale, t) }));
    requestAnimationFrame(() => {
      const target = document.getElementById(addId) ?? document.getElementById(`${parts.id}-legend`);
      target?.focus();
    });
  };

  return (
    <div
      className="motcua-form-group motcua-dossier-form__group"
      data-invalid={parts.error ? 'true' : undefined}
    >
      <fieldset className="motcua-fieldset" aria-describedby={parts.describedBy}>
        <legend className="motcua-legend" id={`${parts.id}-legend`} tabIndex={-1}>
          {parts.label}
        </legend>
        <Hint parts={parts} />
        <ErrorText parts={parts} />
        {items.length === 0 ? (
          <p className="motcua-dossier-form__group-empty">{t('dossierForm.group.empty')}</p>
        ) : null}
        {items.map((itemId, index) => (
          <GroupItem
            key={itemId}
            group={field}
            groupKey={fieldKey}
            itemId={itemId}
            n={index + 1}
            canRemove={items.length > (field.minItems ?? 0)}
            onRemove={remove}
          />
        ))}
        {atMax ? null : (
          <button
            id={addId}
            type="button"
            className="motcua-button motcua-dossier-form__add"
            data-variant="secondary"
            onClick={add}
          >
            {t('dossierForm.group.add', { name })}
          </button>
        )}
        {field.maxItems !== undefined ? (
          <p className="motcua-hint motcua-dossier-form__group-limit">
            {t('dossierForm.group.limit', { max: field.maxItems })}
          </p>
        ) : null}
      </fieldset>
    </div>
  );
}

const GroupItem = memo(function GroupItem({
  group,
  groupKey,
  itemId,
  n,
  canRemove,
  onRemove,
}: {
  group: Extract<InputFieldSpec, { type: 'group' }>;
  groupKey: FieldKey;
  itemId: string;
  n: number;
  canRemove: boolean;
  onRemove: (itemId: string, n: number) => void;
}) {
  const { formId, locale, t } = useFormContext();
  const key = childKey(groupKey, itemId);
  const heading = itemHeading(group, n, locale, t);
  return (
    <fieldset id={domId(formId, key, 'item')} className="motcua-fieldset motcua-dossier-form__item">
      <legend className="motcua-dossier-form__item-title">{heading}</legend>
      <FieldList fields={group.fields} parent={key} headingLevel={4} />
      {canRemove ? (
        <button
          type="button"
          className="motcua-link-button motcua-dossier-form__remove"
          onClick={() => onRemove(itemId, n)}
        >
          {t('dossierForm.group.remove', { item: heading })}
        </button>
      ) : null}
    </fieldset>
  );
});

/** What one item of a group is called, for "Thêm …": its item label without the number, lower-cased in Vietnamese. */
function groupNoun(group: Extract<InputFieldSpec, { type: 'group' }>, locale: string): string {
  const base = group.itemLabel
    ? localize(group.itemLabel, locale)
        .replace(/\s*\{n\}\s*/g, ' ')
        .trim()
    : localize(group.label, locale);
  return base.charAt(0).toLocaleLowerCase(locale) + base.slice(1);
}
