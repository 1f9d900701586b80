'use client';

import {
  compileTrustedFormSpec,
  type FormAnswers,
  type FormSpec,
  FormSpecSchema,
  type InputFieldSpec,
  type PrefillClaim,
  validate,
} from '@motcua/core';
import { type Dossier, isApiError, isMotcuaError, type MotcuaClient } from '@motcua/sdk';
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useAnnouncer } from '../internal/live-region.js';
import { dateInputMessages } from '../messages/date-input.js';
import { useMotcua, useT } from '../provider/hooks.js';
import { draftKey as defaultDraftKey, readDraft, removeDraft, type SavedDraft, writeDraft } from './draft.js';
import { type FormError, FormStore, type Provenance } from './form-store.js';
import { dossierFormMessages } from './messages.js';
import {
  addressValue,
  dateProblem,
  domId,
  type FieldKey,
  type FormPage,
  localize,
  moneyAnswer,
  numberAnswer,
  pagesOf,
  toDateParts,
} from './spec-model.js';
import { type DossierDetails, fileDossier, nextAttempt, type SubmissionAttempt } from './submission.js';

/** The form's own strings plus the date input's, read through one formatter. */
export const formCatalogue = {
  vi: { ...dateInputMessages.vi, ...dossierFormMessages.vi },
  en: { ...dateInputMessages.en, ...dossierFormMessages.en },
} as const;

export interface UseDossierFormOptions {
  /** The procedure's e-form (`procedure.formSpec`). */
  spec: FormSpec;
  /** The procedure filed (`1.001193`): the dossier's procedure, the prefill's and the draft's key. */
  procedureCode: string;
  /**
   * Who files, where, and the dossier's summary: required by the platform to create the draft. A function
   * receives the validated answers (to take the applicant's name from them, say).
   */
  dossier: DossierDetails | ((answers: FormAnswers) => DossierDetails);
  /** The platform client; the provider's by default. */
  client?: MotcuaClient;
  /** `pages`: one section per page with a progress line (default when the spec has two sections or more). */
  layout?: 'pages' | 'single';
  /** Keep a draft in `localStorage` and offer to restore it (default true). */
  autosave?: boolean;
  /** Storage key of the draft (default: by procedure, spec id and spec version). */
  draftKey?: string;
  /** Offer to prefill from registry data when the spec asks for it (default true). */
  prefill?: boolean;
  /** Called once the platform has filed the dossier. */
  onSubmitted?: (dossier: Dossier) => void;
  /** Base of every element id (default: a generated one). */
  id?: string;
  /** The clock for `today` bounds (tests, stories). */
  now?: () => Date;
}

type PrefillableField = Exclude<InputFieldSpec, { type: 'group' }>;

export type DossierFormStage = 'form' | 'check' | 'submitted';

export interface SubmissionState {
  status: 'idle' | 'submitting' | 'failed' | 'submitted';
  dossier?: Dossier;
  /** Why it failed, in the interface language. */
  message?: string;
  requestId?: string;
}

export interface PrefillState {
  /** The spec asks for prefill (and it is enabled). */
  available: boolean;
  /** Some values come from the population database: the citizen must consent first. */
  needsConsent: boolean;
  consent: boolean;
  consentError?: string;
  status: 'idle' | 'loading' | 'done' | 'failed';
  message?: string;
}

const SAVE_DELAY_MS = 400;

/** In development, a malformed spec fails with every problem at its path, in English, before anything renders. */
function assertSpec(spec: FormSpec): void {
  const result = validate(FormSpecSchema, spec, { locale: 'en' });
  if (!result.ok) {
    const where = result.issues.map((issue) => `  ${issue.path.join('.') || '(spec)'}: ${issue.message}`);
    throw new Error(
      `DossierForm: the form spec "${String((spec as { id?: unknown })?.id)}" is invalid:\n${where.join('\n')}`,
    );
  }
}

/**
 * Everything the dossier form does, without its markup: the field store, pages, validation with core's compiled
 * validator (the server's rules), the error summary's items, prefill with consent, the device draft, and filing
 * through the SDK with one idempotency key per logical submission.
 *
 * @example
 * const form = useDossierForm({ spec, procedureCode: '1.001193', dossier: { applicant } });
 * form.next(); // validates the page, then moves on (or shows the errors)
 */
export function useDossierForm(options: UseDossierFormOptions) {
  const { spec, procedureCode, autosave = true, now } = options;
  const context = useMotcua();
  const { locale, messages } = context;
  const t = useT(formCatalogue);
  const reactId = useId();
  const formId = options.id ?? `motcua-form-${reactId.replace(/[^A-Za-z0-9_-]/g, '')}`;

  const validator = useMemo(() => {
    // Development builds check the spec's whole shape before anything else touches it, naming each problem's
    // path. Production builds leave that check (and FormSpecSchema) out: the server checks specs on the way in,
    // and <DossierForm> shows a notice if one still cannot be used. `process.env.NODE_ENV` is written out so
    // bundlers replace it and drop the check; React itself needs that replacement to run in a browser.
    if (process.env.NODE_ENV !== 'production') assertSpec(spec);
    return compileTrustedFormSpec(spec, now ? { now } : {});
  }, [spec, now]);
  const store = useMemo(() => new FormStore(spec), [spec]);
  const pages = useMemo(() => pagesOf(spec), [spec]);
  const layout =
    options.layout ??
    (spec.fields.filter((field) => field.type === 'section').length >= 2 ? 'pages' : 'single');

  // Which pages show: a string snapshot, so this component re-renders only when a page appears or disappears.
  const visibleIds = useSyncExternalStore(
    useCallback((listener) => store.subscribeVisibility(listener), [store]),
    () =>
      pages
        .filter((page) => !page.section || store.isVisible(page.section.name))
        .map((p) => p.id)
        .join('|'),
    () => pages.map((page) => page.id).join('|'),
  );
  const visiblePages = useMemo(() => {
    const ids = new Set(visibleIds.split('|'));
    return pages.filter((page) => ids.has(page.id));
  }, [pages, visibleIds]);

  const [stage, setStage] = useState<DossierFormStage>('form');
  const [pageId, setPageId] = useState(() => pages[0]?.id ?? '');
  const [returnToCheck, setReturnToCheck] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const [focusTarget, setFocusTarget] = useState<{ id: string; n: number } | undefined>();
  const [submission, setSubmission] = useState<SubmissionState>({ status: 'idle' });
  const attempt = useRef<SubmissionAttempt | undefined>(undefined);
  const inFlight = useRef(false);

  const pageIndex = Math.max(
    0,
    visiblePages.findIndex((page) => page.id === pageId),
  );
  const page: FormPage | undefined = layout === 'pages' ? visiblePages[pageIndex] : undefined;

  const fieldLabel = useCallback(
    (key: FieldKey, field: InputFieldSpec): string => {
      const label = localize(field.label, locale);
      const segments = key.split('.');
      if (segments.length < 3) return label;
      // Inside a group item: say which item ("Họ và tên (Người làm chứng 2)").
      const groupKey = segments.slice(0, -2).join('.');
      const group = store.field(groupKey);
      const itemId = segments[segments.length - 2] as string;
      if (group?.type !== 'group') return label;
      const n = store.items(groupKey).indexOf(itemId) + 1;
      return `${label} (${itemHeading(group, n, locale, t)})`;
    },
    [locale, store, t],
  );

  const makeError = useCallback(
    (key: FieldKey, field: InputFieldSpec, message: string, parts?: readonly string[]): FormError => {
      const part = parts?.[0];
      const fieldId =
        field.type === 'group'
          ? domId(formId, key, 'add')
          : field.type === 'date'
            ? part && part !== 'day'
              ? domId(formId, key, part)
              : domId(formId, key)
            : field.type === 'address'
              ? domId(formId, key, part ?? 'provinceCode')
              : field.type === 'radio' || field.type === 'checkboxes'
                ? domId(formId, key, '0')
                : domId(formId, key);
      return {
        key,
        ...(parts ? { parts } : {}),
        message,
        summary: t('dossierForm.error.item', { label: fieldLabel(key, field), message }),
        fieldId,
      };
    },
    [fieldLabel, formId, t],
  );

  /** Keys in form order, for sorting errors the way the fields appear. */
  const orderOf = useCallback(() => {
    const order = new Map<FieldKey, number>();
    store.walk((key) => order.set(key, order.size));
    return order;
  }, [store]);

  /** Every error of the visible fields, local checks first (they name the part), then the shared rules. */
  const collectErrors = useCallback(
    (scope: FormPage | undefined): { errors: FormError[]; value?: FormAnswers } => {
      const inScope = (key: FieldKey) => {
        if (!scope) return true;
        const top = key.split('.')[0] as string;
        return scope.fields.some((field) =>
          field.type === 'section' ? sectionHas(field.fields, top) : field.name === top,
        );
      };
      const found = new Map<FieldKey, FormError>();
      store.walk((key, field) => {
        if (!store.isVisible(key) || !inScope(key)) return;
        const value = store.get(key);
        if (field.type === 'date') {
          const parts = toDateParts(value);
          const problem = dateProblem(parts);
          if (problem === 'incomplete') {
            const empty = (['day', 'month', 'year'] as const).filter((part) => parts[part].trim() === '');
            found.set(key, makeError(key, field, t('dossierForm.date.incomplete'), empty));
          } else if (problem === 'year')
            found.set(key, makeError(key, field, t('dossierForm.date.year'), ['year']));
          else if (problem === 'format') {
            const bad = (['day', 'month', 'year'] as const).filter(
              (part) => !/^\d+$/.test(parts[part].trim()),
            );
            found.set(key, makeError(key, field, t('dossierForm.date.format'), bad));
          }
        } else if (field.type === 'number' || field.type === 'money') {
          const answer = field.type === 'number' ? numberAnswer(value) : moneyAnswer(value);
          if (typeof answer === 'string')
            found.set(key, makeError(key, field, t('dossierForm.error.number')));
        } else if (field.type === 'attachment' && store.isUploading(key)) {
          found.set(key, makeError(key, field, t('dossierForm.error.uploading')));
        }
      });
      const result = validate(validator, store.answers(), { locale, overrides: messages });
      if (!result.ok) {
        for (const issue of result.issues) {
          const match = store.keyOfPath(issue.path);
          if (!match || found.has(match.key) || !inScope(match.key)) continue;
          const field = store.field(match.key);
          if (!field) continue;
          const part = typeof match.rest[0] === 'string' ? [match.rest[0]] : undefined;
          found.set(match.key, makeError(match.key, field, issue.message, part));
        }
      }
      const order = orderOf();
      const errors = [...found.values()].sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
      return { errors, ...(result.ok && found.size === 0 ? { value: result.value } : {}) };
    },
    [locale, makeError, messages, orderOf, store, t, validator],
  );

  // ── Draft ────────────────────────────────────────────────────────────────────────────────────────────
  const storageKey = options.draftKey ?? defaultDraftKey(procedureCode, spec);
  const [draftOffer, setDraftOffer] = useState<SavedDraft | undefined>();
  const offerRef = useRef<SavedDraft | undefined>(undefined);
  offerRef.current = draftOffer;
  const pageIndexRef = useRef(pageIndex);
  pageIndexRef.current = pageIndex;
  const stageRef = useRef(stage);
  stageRef.current = stage;
  const savedAt = useMemo(() => createSignal<string | undefined>(undefined), []);
  const { announce: say, message: announcement } = useAnnouncer();
  const announce = useCallback((text: string) => say(text, { immediate: true }), [say]);

  const saveNow = useCallback(() => {
    if (!autosave || offerRef.current || stageRef.current === 'submitted') return;
    const at = new Date().toISOString();
    writeDraft(storageKey, {
      v: 1,
      savedAt: at,
      page: pageIndexRef.current,
      data: store.snapshot(),
      prefilled: store.provenanceMap(),
    });
    savedAt.set(at);
  }, [autosave, savedAt, storageKey, store]);

  useEffect(() => {
    if (!autosave) return;
    const saved = readDraft(storageKey);
    if (saved && hasAnswers(spec, saved)) setDraftOffer(saved);
  }, [autosave, spec, storageKey]);

  useEffect(() => {
    if (!autosave) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      saveNow();
    };
    const off = store.onChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        saveNow();
      }, SAVE_DELAY_MS);
    });
    window.addEventListener('pagehide', flush);
    return () => {
      off();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [autosave, saveNow, store]);

  const restoreDraft = useCallback(() => {
    const saved = offerRef.current;
    if (!saved) return;
    store.load(saved.data);
    for (const [key, provenance] of Object.entries(saved.prefilled ?? {}))
      if (store.field(key)) store.setProvenance(key, provenance as Provenance);
    offerRef.current = undefined;
    setDraftOffer(undefined);
    const target = visiblePagesOf(pages, store)[saved.page];
    if (target) setPageId(target.id);
    announce(t('dossierForm.draft.restored'));
    saveNow();
  }, [announce, pages, saveNow, store, t]);

  const discardDraft = useCallback(() => {
    removeDraft(storageKey);
    offerRef.current = undefined;
    setDraftOffer(undefined);
    announce(t('dossierForm.draft.discarded'));
    if (store.changes > 0) saveNow();
  }, [announce, saveNow, storageKey, store, t]);

  // ── Prefill ──────────────────────────────────────────────────────────────────────────────────────────
  const prefillFields = useMemo(() => {
    const found: { key: FieldKey; field: PrefillableField }[] = [];
    store.walk((key, field, depth) => {
      if (depth === 0 && field.type !== 'group' && field.prefill)
        found.push({ key, field: field as PrefillableField });
    });
    return found;
  }, [store]);
  const claims = useMemo(
    () => [
      ...new Set(
        prefillFields
          .filter(({ field }) => field.prefill?.source === 'population')
          .map(({ field }) => field.prefill?.claim as PrefillClaim),
      ),
    ],
    [prefillFields],
  );
  const [prefill, setPrefill] = useState<PrefillState>({
    available: options.prefill !== false && prefillFields.length > 0,
    needsConsent: claims.length > 0,
    consent: false,
    status: 'idle',
  });

  const setConsent = useCallback((consent: boolean) => {
    setPrefill((state) => ({ ...state, consent, consentError: undefined }));
  }, []);

  const fetchPrefill = useCallback(async () => {
    const client = options.client ?? context.client;
    if (prefill.status === 'loading') return;
    if (prefill.needsConsent && !prefill.consent) {
      setPrefill((state) => ({ ...state, consentError: t('dossierForm.prefill.consentRequired') }));
      return;
    }
    if (!client) {
      setPrefill((state) => ({ ...state, status: 'failed', message: t('common.noClient') }));
      return;
    }
    setPrefill((state) => ({ ...state, status: 'loading', message: t('dossierForm.prefill.loading') }));
    try {
      if (prefill.needsConsent)
        await client.citizenData.createConsent({
          purpose: t('dossierForm.prefill.consentPurpose', { title: localize(spec.title, locale) }).slice(
            0,
            500,
          ),
          procedureCode,
          scopes: claims,
        });
      const result = await client.citizenData.prefill(procedureCode);
      let count = 0;
      for (const [name, prefilled] of Object.entries(result.values)) {
        const field = store.field(name);
        if (!field || prefilled.value === undefined || prefilled.value === null) continue;
        const value = widgetValue(field, prefilled.value);
        if (value === undefined) continue;
        const current = store.get(name);
        // Never overwrite what the citizen typed, unless the value is the registry's and not theirs to change.
        if (prefilled.editable && !isBlankValue(current)) continue;
        store.set(name, value);
        store.setProvenance(name, { source: prefilled.source, editable: prefilled.editable });
        count++;
      }
      const message = count > 0 ? t('dossierForm.prefill.done', { count }) : t('dossierForm.prefill.none');
      setPrefill((state) => ({ ...state, status: 'done', message }));
    } catch (error) {
      const message =
        isApiError(error) && error.code === 'auth.consentRequired'
          ? t('dossierForm.prefill.denied')
          : t('dossierForm.prefill.failed');
      setPrefill((state) => ({ ...state, status: 'failed', message }));
    }
  }, [claims, context.client, locale, options.client, prefill, procedureCode, spec.title, store, t]);

  // ── Navigation ───────────────────────────────────────────────────────────────────────────────────────
  const showErrors = useCallback(
    (errors: FormError[]) => {
      store.setErrors(errors);
      if (errors.length > 0) setFocusKey((n) => n + 1);
    },
    [store],
  );

  const next = useCallback(() => {
    const { errors } = collectErrors(page);
    showErrors(errors);
    if (errors.length > 0) return false;
    const following = visiblePages[pageIndex + 1];
    if (layout === 'pages' && following && !returnToCheck) {
      setPageId(following.id);
      setFocusTarget({ id: `${formId}-heading`, n: Date.now() });
    } else {
      setStage('check');
      setReturnToCheck(false);
      setFocusTarget({ id: `${formId}-check-heading`, n: Date.now() });
    }
    return true;
  }, [collectErrors, formId, layout, page, pageIndex, returnToCheck, showErrors, visiblePages]);

  const back = useCallback(() => {
    store.setErrors([]);
    if (stage === 'check') {
      setStage('form');
      const last = visiblePages[visiblePages.length - 1];
      if (layout === 'pages' && last) setPageId(last.id);
    } else {
      const previous = visiblePages[pageIndex - 1];
      if (previous) setPageId(previous.id);
    }
    setFocusTarget({ id: `${formId}-heading`, n: Date.now() });
  }, [formId, layout, pageIndex, stage, store, visiblePages]);

  const pageOfKey = useCallback(
    (key: FieldKey) => {
      const top = key.split('.')[0] as string;
      return visiblePages.find((candidate) =>
        candidate.fields.some((field) =>
          field.type === 'section' ? sectionHas(field.fields, top) : field.name === top,
        ),
      );
    },
    [visiblePages],
  );

  /** Goes to the page holding a field and focuses it (check-your-answers' "Change" links). */
  const change = useCallback(
    (key: FieldKey, fieldId: string) => {
      const target = pageOfKey(key);
      if (target) setPageId(target.id);
      setStage('form');
      setReturnToCheck(true);
      setFocusTarget({ id: fieldId, n: Date.now() });
    },
    [pageOfKey],
  );

  // ── Submission ───────────────────────────────────────────────────────────────────────────────────────
  /**
   * Back to the form at the first problem. One page at a time: the summary lists that page's errors only, so each
   * of its links leads to a field on screen.
   */
  const goToFirstError = useCallback(
    (errors: FormError[]): FormError[] => {
      const first = errors[0];
      if (!first) return errors;
      const target = pageOfKey(first.key);
      if (target) setPageId(target.id);
      setStage('form');
      setReturnToCheck(true);
      return layout === 'pages' && target
        ? errors.filter((error) => pageOfKey(error.key) === target)
        : errors;
    },
    [layout, pageOfKey],
  );

  const submit = useCallback(async () => {
    // A second click while the first is on its way does nothing: the first one will answer.
    if (inFlight.current || stageRef.current === 'submitted') return;
    const client = options.client ?? context.client;
    const { errors, value } = collectErrors(undefined);
    if (!value) {
      showErrors(goToFirstError(errors));
      return;
    }
    if (!client) {
      setSubmission({ status: 'failed', message: t('common.noClient') });
      return;
    }
    const details = typeof options.dossier === 'function' ? options.dossier(value) : options.dossier;
    const current = nextAttempt(attempt.current, JSON.stringify([procedureCode, details, value]));
    attempt.current = current;
    inFlight.current = true;
    setSubmission({ status: 'submitting' });
    try {
      const dossier = await fileDossier(
        { client, procedureCode, fields: spec.fields, details, formData: value },
        current,
      );
      stageRef.current = 'submitted';
      removeDraft(storageKey);
      setSubmission({ status: 'submitted', dossier });
      setStage('submitted');
      setFocusTarget({ id: `${formId}-done`, n: Date.now() });
      options.onSubmitted?.(dossier);
    } catch (error) {
      const requestId = isApiError(error) ? error.requestId : undefined;
      const fieldErrors = isApiError(error) ? serverErrors(error.fieldErrors) : [];
      if (fieldErrors.length > 0) {
        showErrors(goToFirstError(fieldErrors));
        setSubmission({ status: 'failed', message: t('dossierForm.serverRejected'), requestId });
      } else {
        const detail = isApiError(error) && error.status < 500 ? error.problem.detail : undefined;
        setSubmission({
          status: 'failed',
          message: detail ? t('dossierForm.submitFailedDetail', { detail }) : t('dossierForm.submitFailed'),
          requestId,
        });
        if (!isMotcuaError(error) && !isApiError(error) && process.env.NODE_ENV !== 'production')
          console.error(error);
      }
    } finally {
      inFlight.current = false;
    }

    function serverErrors(problems: readonly { path: readonly (string | number)[]; message: string }[]) {
      const mapped = new Map<FieldKey, FormError>();
      for (const problem of problems) {
        const [root, ...rest] = problem.path;
        let key: FieldKey | undefined;
        let parts: string[] | undefined;
        if (root === 'formData') {
          const match = store.keyOfPath(rest);
          key = match?.key;
          if (typeof match?.rest[0] === 'string') parts = [match.rest[0]];
        } else if (root === 'documents') {
          store.walk((candidate, field) => {
            if (!key && field.type === 'attachment' && field.componentId === rest[0]) key = candidate;
          });
        }
        const field = key ? store.field(key) : undefined;
        if (key && field && !mapped.has(key)) mapped.set(key, makeError(key, field, problem.message, parts));
      }
      const order = orderOf();
      return [...mapped.values()].sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
    }
  }, [
    collectErrors,
    context.client,
    formId,
    goToFirstError,
    makeError,
    options,
    orderOf,
    procedureCode,
    showErrors,
    spec.fields,
    storageKey,
    store,
    t,
  ]);

  return {
    store,
    formId,
    spec,
    locale,
    t,
    layout,
    stage,
    pages: visiblePages,
    page,
    pageIndex,
    pageCount: visiblePages.length,
    next,
    back,
    change,
    submit,
    submission,
    focusKey,
    focusTarget,
    prefill,
    setConsent,
    fetchPrefill,
    draft: { offer: draftOffer, restore: restoreDraft, discard: discardDraft, savedAt },
    announcement,
    announce,
    fieldLabel,
  };
}

export type DossierFormApi = ReturnType<typeof useDossierForm>;

function sectionHas(fields: readonly FormSpec['fields'][number][], name: string): boolean {
  return fields.some((field) =>
    field.type === 'section' ? sectionHas(field.fields, name) : field.name === name,
  );
}

function visiblePagesOf(pages: readonly FormPage[], store: FormStore): FormPage[] {
  return pages.filter((page) => !page.section || store.isVisible(page.section.name));
}

/** A group item's heading: its `itemLabel` with `{n}`, or the group's label and the number. */
export function itemHeading(
  group: Extract<InputFieldSpec, { type: 'group' }>,
  n: number,
  locale: string,
  t: (key: string, params?: Record<string, string | number>) => string,
): string {
  if (group.itemLabel) return localize(group.itemLabel, locale).replaceAll('{n}', String(n));
  return t('dossierForm.group.item', { label: localize(group.label, locale), n });
}

function isBlankValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isBlankValue);
  return false;
}

/** A prefilled answer shaped as the field's widget holds it. */
function widgetValue(field: InputFieldSpec, value: unknown): unknown {
  switch (field.type) {
    case 'date':
      return typeof value === 'string' ? toDateParts(value) : undefined;
    case 'address':
      return typeof value === 'object' ? addressValue(value) : undefined;
    case 'number':
    case 'money':
      return typeof value === 'number' ? String(value) : undefined;
    case 'text':
    case 'textarea':
      if (
        typeof value === 'object' &&
        value !== null &&
        typeof (value as { text?: unknown }).text === 'string'
      )
        return (value as { text: string }).text;
      return typeof value === 'string' ? value : undefined;
    default:
      return value;
  }
}

function hasAnswers(spec: FormSpec, saved: SavedDraft): boolean {
  try {
    const fresh = JSON.stringify(new FormStore(spec).answers());
    return JSON.stringify(new FormStore(spec, saved.data).answers()) !== fresh;
  } catch {
    return false;
  }
}

/** A tiny observable value, for bits of state only one small component shows (the "draft saved" line). */
export interface Signal<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

export function createSignal<T>(initial: T): Signal<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
