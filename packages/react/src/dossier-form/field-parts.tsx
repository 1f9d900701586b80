'use client';

import type { InputFieldSpec, Locale } from '@motcua/core';
import type { MotcuaClient } from '@motcua/sdk';
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { cx } from '../internal/cx.js';
import type { FormError, FormStore, Provenance } from './form-store.js';
import { domId, type FieldKey, localize } from './spec-model.js';

// What a field reads and shows around its input, shared by the fields rendered at once and those fetched later.
// The fetched ones import from here, never from fields.tsx: a lazy module that imports the module fetching it makes
// bundlers (rolldown) emit the lazy chunks even for pages that have no form at all.

/** What every field reads; stable for the life of a form (changes only with the language). */
export interface FormContextValue {
  store: FormStore;
  formId: string;
  locale: Locale;
  t: (key: string, params?: Readonly<Record<string, string | number | undefined>>) => string;
  client: MotcuaClient | undefined;
  announce: (text: string) => void;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue {
  const context = useContext(FormContext);
  if (!context) throw new Error('@motcua/react: dossier-form fields render inside <DossierForm>');
  return context;
}

// ── Subscriptions: each field reads its own key, and re-renders only when that key changes ───────────

export function useFieldValue<T = unknown>(store: FormStore, key: FieldKey): T {
  const subscribe = useCallback((listener: () => void) => store.subscribe(key, listener), [store, key]);
  return useSyncExternalStore(
    subscribe,
    () => store.get(key) as T,
    () => store.get(key) as T,
  );
}

export function useFieldError(store: FormStore, key: FieldKey): FormError | undefined {
  const subscribe = useCallback((listener: () => void) => store.subscribeError(key, listener), [store, key]);
  return useSyncExternalStore(
    subscribe,
    () => store.error(key),
    () => store.error(key),
  );
}

export function useVisible(store: FormStore, key: FieldKey): boolean {
  const subscribe = useCallback((listener: () => void) => store.subscribeVisibility(listener), [store]);
  return useSyncExternalStore(
    subscribe,
    () => store.isVisible(key),
    () => store.isVisible(key),
  );
}

export function useProvenance(store: FormStore, key: FieldKey): Provenance | undefined {
  const subscribe = useCallback((listener: () => void) => store.subscribe(key, listener), [store, key]);
  return useSyncExternalStore(
    subscribe,
    () => store.provenance(key),
    () => store.provenance(key),
  );
}

export function useItems(store: FormStore, key: FieldKey): readonly string[] {
  const subscribe = useCallback((listener: () => void) => store.subscribe(key, listener), [store, key]);
  return useSyncExternalStore(
    subscribe,
    () => store.items(key),
    () => store.items(key),
  );
}

// ── Parts around an input ────────────────────────────────────────────────────────────────────────────

export interface FieldParts {
  id: string;
  label: string;
  hint: string;
  hintId: string;
  errorId: string;
  sourceId: string;
  error: FormError | undefined;
  provenance: Provenance | undefined;
  locked: boolean;
  describedBy: string | undefined;
}

export function useFieldParts(fieldKey: FieldKey, field: InputFieldSpec): FieldParts {
  const { store, formId, locale } = useFormContext();
  const error = useFieldError(store, fieldKey);
  const provenance = useProvenance(store, fieldKey);
  const id = domId(formId, fieldKey);
  const hint = localize(field.hint, locale);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const sourceId = `${id}-source`;
  return {
    id,
    label: localize(field.label, locale),
    hint,
    hintId,
    errorId,
    sourceId,
    error,
    provenance,
    locked: provenance !== undefined && !provenance.editable,
    describedBy: cx(hint && hintId, provenance && sourceId, error && errorId) || undefined,
  };
}

export function Optional({ field }: { field: InputFieldSpec }) {
  const { t } = useFormContext();
  if (field.type === 'group' || ('required' in field && field.required)) return null;
  return <span className="motcua-dossier-form__optional"> {t('common.optional')}</span>;
}

export function Hint({ parts }: { parts: FieldParts }) {
  return parts.hint ? (
    <div id={parts.hintId} className="motcua-hint">
      {parts.hint}
    </div>
  ) : null;
}

export function Source({ parts }: { parts: FieldParts }) {
  const { t } = useFormContext();
  if (!parts.provenance) return null;
  return (
    <p id={parts.sourceId} className="motcua-dossier-form__source" data-source={parts.provenance.source}>
      {t(`dossierForm.source.${parts.provenance.source}`)}
      {parts.locked ? (
        <span className="motcua-dossier-form__locked"> {t('dossierForm.source.locked')}</span>
      ) : null}
    </p>
  );
}

export function ErrorText({ parts }: { parts: FieldParts }) {
  const { t } = useFormContext();
  return parts.error ? (
    <p id={parts.errorId} className="motcua-error-message">
      <span className="motcua-visually-hidden">{t('common.errorPrefix')} </span>
      {parts.error.message}
    </p>
  ) : null;
}
