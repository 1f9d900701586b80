'use client';

import type { InputFieldSpec } from '@motcua/core';
import { useCallback } from 'react';
import { AdminUnitPicker } from '../admin-unit-picker/AdminUnitPicker.js';
import { Source, useFieldParts, useFieldValue, useFormContext } from './field-parts.js';
import { addressValue, type FieldKey } from './spec-model.js';

/** An address question: province and commune through the shared picker, then the street line if asked for. */
export function AddressField({
  fieldKey,
  field,
}: {
  fieldKey: FieldKey;
  field: Extract<InputFieldSpec, { type: 'address' }>;
}) {
  const { store, t } = useFormContext();
  const raw = useFieldValue(store, fieldKey);
  const parts = useFieldParts(fieldKey, field);
  const address = addressValue(raw);
  const granularity = field.granularity ?? 'street';
  const streetId = `${parts.id}-street`;
  const streetInvalid = parts.error?.parts?.includes('street');
  const onChange = useCallback(
    (next: { provinceCode: string; communeCode: string }) =>
      store.set(fieldKey, { ...addressValue(store.get(fieldKey)), ...next }),
    [store, fieldKey],
  );
  return (
    <AdminUnitPicker
      id={parts.id}
      label={parts.label}
      hint={parts.hint || undefined}
      note={<Source parts={parts} />}
      value={{ provinceCode: address.provinceCode, communeCode: address.communeCode }}
      onChange={onChange}
      granularity={granularity === 'province' ? 'province' : 'commune'}
      error={parts.error?.message}
      errorParts={parts.error?.parts ?? (parts.error ? undefined : [])}
      readOnly={parts.locked}
    >
      {granularity === 'street' ? (
        <div className="motcua-admin-unit-picker__item">
          <label className="motcua-label motcua-admin-unit-picker__label" htmlFor={streetId}>
            {t('dossierForm.address.street')}
          </label>
          <input
            id={streetId}
            name={streetId}
            className="motcua-input motcua-dossier-form__input"
            type="text"
            autoComplete="street-address"
            readOnly={parts.locked}
            value={address.street}
            aria-invalid={streetInvalid ? true : undefined}
            onChange={(event) =>
              store.set(fieldKey, { ...addressValue(store.get(fieldKey)), street: event.currentTarget.value })
            }
          />
        </div>
      ) : null}
    </AdminUnitPicker>
  );
}
