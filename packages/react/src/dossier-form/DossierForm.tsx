'use client';

import {
  Component,
  type FormEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
} from 'react';
import { ErrorSummary } from '../error-summary/ErrorSummary.js';
import type { ErrorSummaryItem } from '../error-summary/useErrorSummary.js';
import { focusField } from '../internal/focus.js';
import { formatDate } from '../internal/format.js';
import { LiveRegion } from '../internal/live-region.js';
import { useMotcua, useT } from '../provider/hooks.js';
import { CheckAnswers } from './CheckAnswers.js';
import { FormContext, type FormContextValue } from './field-parts.js';
import { FieldList } from './fields.js';
import { localize } from './spec-model.js';
import {
  type DossierFormApi,
  formCatalogue,
  type Signal,
  type UseDossierFormOptions,
  useDossierForm,
} from './useDossierForm.js';

export interface DossierFormProps extends UseDossierFormOptions {
  /** Level of the form's title (default 1: the form is the page); page and section headings follow. */
  headingLevel?: 1 | 2 | 3;
}

/**
 * Tờ khai điện tử: renders a procedure's e-form spec and files it as a dossier. One section per page with a
 * progress line ("Bước 2/5") or all on one page; conditional fields; repeatable groups; day/month/year dates;
 * attachments per document component; prefill from the population database with visible consent and provenance;
 * a device draft offered back after a reload; check your answers; an error summary that takes focus and links to
 * each field; server field errors on the right fields. Validated by core's compiled spec, the server's rules.
 * Typing into a field re-renders that field only.
 *
 * @example
 * <DossierForm spec={procedure.formSpec} procedureCode={procedure.code}
 *   dossier={{ applicant: { kind: 'citizen', fullName, citizenId }, receivingAgencyCode }}
 *   onSubmitted={(dossier) => navigate(`/ho-so/${dossier.code}`)} />
 */
export function DossierForm(props: DossierFormProps) {
  const form = <FilledForm {...props} />;
  // In production a spec the form cannot use shows a notice instead of taking the page down with it; in
  // development the error goes through, naming the spec's problems and their paths.
  return process.env.NODE_ENV !== 'production' ? (
    form
  ) : (
    <UnusableSpecBoundary spec={props.spec}>{form}</UnusableSpecBoundary>
  );
}

function FilledForm({ headingLevel = 1, ...options }: DossierFormProps) {
  const form = useDossierForm(options);
  const { store, formId, locale, t, stage } = form;
  const contextClient = useMotcua().client;
  const client = options.client ?? contextClient;
  const value = useMemo<FormContextValue>(
    () => ({ store, formId, locale, t, client, announce: form.announce }),
    [store, formId, locale, t, client, form.announce],
  );

  // Focus follows navigation: the new page's heading, the field a "Change" link names, the confirmation.
  useEffect(() => {
    const target = form.focusTarget;
    if (!target) return;
    const element = document.getElementById(target.id);
    if (!element) return;
    if (element.matches('input, select, textarea, button')) focusField(target.id);
    else {
      element.focus({ preventScroll: true });
      element.scrollIntoView?.({ block: 'start' });
    }
  }, [form.focusTarget]);

  const errors = useSyncExternalStore(
    useCallback((listener) => store.subscribeErrors(listener), [store]),
    () => store.errorsList(),
    () => store.errorsList(),
  );
  const summary = useMemo<ErrorSummaryItem[]>(
    () => errors.map((error) => ({ fieldId: error.fieldId, message: error.summary })),
    [errors],
  );

  const H = `h${headingLevel}` as 'h1';
  const H2 = `h${headingLevel + 1}` as 'h2';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.next();
  };

  return (
    <FormContext.Provider value={value}>
      <div className="motcua-dossier-form" data-stage={stage} data-layout={form.layout}>
        {stage === 'submitted' && form.submission.dossier ? (
          <Confirmation form={form} level={headingLevel} />
        ) : (
          <>
            <H
              id={form.layout === 'single' ? `${formId}-heading` : undefined}
              className="motcua-dossier-form__title"
              tabIndex={form.layout === 'single' ? -1 : undefined}
            >
              {localize(form.spec.title, locale)}
            </H>
            {form.draft.offer ? <DraftOffer form={form} level={headingLevel + 1} /> : null}
            <ErrorSummary
              errors={summary}
              focusKey={form.focusKey}
              headingLevel={Math.min(headingLevel + 1, 4) as 2}
            />
            {form.submission.status === 'failed' && form.submission.message ? (
              <div className="motcua-dossier-form__notice" data-variant="error" role="alert">
                <p>{form.submission.message}</p>
                {form.submission.requestId ? (
                  <p className="motcua-dossier-form__request-id">
                    {t('dossierForm.requestId', { id: form.submission.requestId })}
                  </p>
                ) : null}
              </div>
            ) : null}
            {stage === 'check' ? (
              <CheckAnswers form={form} headingLevel={headingLevel + 1} />
            ) : (
              <>
                {form.prefill.available && form.pageIndex === 0 ? (
                  <PrefillPanel form={form} level={headingLevel + 1} />
                ) : null}
                <form
                  className="motcua-dossier-form__form"
                  noValidate
                  onSubmit={onSubmit}
                  aria-labelledby={`${formId}-heading`}
                >
                  {form.layout === 'pages' ? (
                    form.pages.map((page, index) => {
                      const current = index === form.pageIndex;
                      return (
                        <div
                          key={page.id}
                          hidden={!current}
                          className="motcua-dossier-form__page"
                          data-current={current || undefined}
                        >
                          <H2
                            id={current ? `${formId}-heading` : undefined}
                            className="motcua-dossier-form__heading"
                            tabIndex={-1}
                          >
                            <span className="motcua-dossier-form__progress">
                              {t('dossierForm.step', { current: index + 1, total: form.pageCount })}
                            </span>{' '}
                            {page.section
                              ? localize(page.section.title, locale)
                              : t('dossierForm.otherDetails')}
                          </H2>
                          {page.section?.description ? (
                            <p className="motcua-dossier-form__section-description">
                              {localize(page.section.description, locale)}
                            </p>
                          ) : null}
                          <FieldList fields={page.fields} parent="" headingLevel={headingLevel + 2} />
                        </div>
                      );
                    })
                  ) : (
                    <FieldList fields={form.spec.fields} parent="" headingLevel={headingLevel + 1} />
                  )}
                  <div className="motcua-dossier-form__actions">
                    <button type="submit" className="motcua-button motcua-dossier-form__continue">
                      {t('dossierForm.continue')}
                    </button>
                    {form.layout === 'pages' && form.pageIndex > 0 ? (
                      <button
                        type="button"
                        className="motcua-link-button motcua-dossier-form__back"
                        onClick={form.back}
                      >
                        {t('dossierForm.back')}
                      </button>
                    ) : null}
                  </div>
                  <DraftStatus signal={form.draft.savedAt} form={form} />
                </form>
              </>
            )}
          </>
        )}
        <LiveRegion message={form.announcement} />
      </div>
    </FormContext.Provider>
  );
}

function DraftOffer({ form, level }: { form: DossierFormApi; level: number }) {
  const { t, locale } = form;
  const offer = form.draft.offer;
  const ref = useRef<HTMLElement>(null);
  if (!offer) return null;
  const H = `h${Math.min(level, 6)}` as 'h2';
  return (
    <section
      ref={ref}
      className="motcua-dossier-form__notice"
      data-variant="info"
      aria-labelledby={`${form.formId}-draft`}
    >
      <H id={`${form.formId}-draft`} className="motcua-dossier-form__notice-title">
        {t('dossierForm.draft.title')}
      </H>
      <p>{t('dossierForm.draft.body', { time: formatDate(offer.savedAt, locale, true) })}</p>
      <div className="motcua-dossier-form__actions">
        <button type="button" className="motcua-button" onClick={form.draft.restore}>
          {t('dossierForm.draft.restore')}
        </button>
        <button type="button" className="motcua-button" data-variant="secondary" onClick={form.draft.discard}>
          {t('dossierForm.draft.discard')}
        </button>
      </div>
    </section>
  );
}

function DraftStatus({ signal, form }: { signal: Signal<string | undefined>; form: DossierFormApi }) {
  const savedAt = useSyncExternalStore(signal.subscribe, signal.get, signal.get);
  if (!savedAt) return null;
  // Visible, not announced: a line that changes after every pause in typing would be noise in a live region.
  return (
    <p className="motcua-dossier-form__saved-at">
      {form.t('dossierForm.draft.saved', { time: formatTime(savedAt, form.locale) })}
    </p>
  );
}

function formatTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso));
}

function PrefillPanel({ form, level }: { form: DossierFormApi; level: number }) {
  const { t, prefill, formId } = form;
  const H = `h${Math.min(level, 6)}` as 'h2';
  const consentId = `${formId}-consent`;
  const loading = prefill.status === 'loading';
  return (
    <section
      className="motcua-dossier-form__prefill"
      aria-labelledby={`${formId}-prefill`}
      data-state={prefill.status}
    >
      <H id={`${formId}-prefill`} className="motcua-dossier-form__notice-title">
        {t('dossierForm.prefill.title')}
      </H>
      <p>{prefill.needsConsent ? t('dossierForm.prefill.body') : t('dossierForm.prefill.profileBody')}</p>
      {prefill.needsConsent ? (
        <div className="motcua-form-group" data-invalid={prefill.consentError ? 'true' : undefined}>
          {prefill.consentError ? (
            <p id={`${consentId}-error`} className="motcua-error-message">
              <span className="motcua-visually-hidden">{t('common.errorPrefix')} </span>
              {prefill.consentError}
            </p>
          ) : null}
          <div className="motcua-dossier-form__choice">
            <input
              id={consentId}
              className="motcua-dossier-form__choice-input"
              type="checkbox"
              checked={prefill.consent}
              aria-invalid={prefill.consentError ? true : undefined}
              aria-describedby={prefill.consentError ? `${consentId}-error` : undefined}
              onChange={(event) => form.setConsent(event.currentTarget.checked)}
            />
            <label htmlFor={consentId} className="motcua-dossier-form__choice-label">
              {t('dossierForm.prefill.consent')}
            </label>
          </div>
        </div>
      ) : null}
      <button
        type="button"
        className="motcua-button"
        data-variant="secondary"
        aria-disabled={loading || undefined}
        onClick={() => {
          if (prefill.needsConsent && !prefill.consent) document.getElementById(consentId)?.focus();
          void form.fetchPrefill();
        }}
      >
        {loading ? t('dossierForm.prefill.loading') : t('dossierForm.prefill.button')}
      </button>
      <p className="motcua-dossier-form__prefill-status" role="status">
        {prefill.status === 'done' || prefill.status === 'failed' ? prefill.message : ''}
      </p>
    </section>
  );
}

function Confirmation({ form, level }: { form: DossierFormApi; level: number }) {
  const { t } = form;
  const dossier = form.submission.dossier;
  const H = `h${Math.min(level, 6)}` as 'h1';
  return (
    <div className="motcua-dossier-form__panel" data-state="submitted">
      <H id={`${form.formId}-done`} className="motcua-dossier-form__panel-title" tabIndex={-1}>
        {t('dossierForm.submitted.title')}
      </H>
      {dossier?.code ? (
        <p className="motcua-dossier-form__panel-body">
          {t('dossierForm.submitted.code')}
          <br />
          <strong className="motcua-dossier-form__code">{dossier.code}</strong>
        </p>
      ) : null}
      <p>{t('dossierForm.submitted.next')}</p>
    </div>
  );
}

/** Catches what a broken spec throws while the form renders, and says so instead (production only). */
export class UnusableSpecBoundary extends Component<
  { spec: unknown; children: ReactNode },
  { failed: boolean; spec: unknown }
> {
  override state = { failed: false, spec: this.props.spec };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  /** Another spec gets its own chance. */
  static getDerivedStateFromProps(props: { spec: unknown }, state: { spec: unknown }) {
    return props.spec === state.spec ? null : { failed: false, spec: props.spec };
  }

  override render() {
    return this.state.failed ? <FormUnavailable /> : this.props.children;
  }
}

function FormUnavailable() {
  const t = useT(formCatalogue);
  return (
    <div className="motcua-dossier-form">
      <div className="motcua-dossier-form__notice" data-variant="error" role="alert">
        <p>{t('dossierForm.unavailable')}</p>
      </div>
    </div>
  );
}
