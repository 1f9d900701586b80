'use client';

import { actorLabel, dossierStatusLabel } from '@motcua/core';
import type { Dossier, MotcuaClient } from '@motcua/sdk';
import { type ReactNode, useId } from 'react';
import { formatDate } from '../internal/format.js';
import { LiveRegion, useAnnouncer } from '../internal/live-region.js';
import { statusTrackerMessages } from '../messages/status-tracker.js';
import { useMotcua, useT } from '../provider/hooks.js';
import { describeProgress, useStatusTracker } from './useStatusTracker.js';

export interface StatusTrackerProps {
  /** The dossier's official code (or id): loaded and watched through the client. */
  dossierCode?: string;
  /** Or the dossier itself (e.g. rendered on the server; keep the object stable); still watched live when a client exists. */
  dossier?: Dossier;
  /** Overrides the provider's client. */
  client?: MotcuaClient;
  /** `full` (default): facts and the whole timeline. `compact`: the facts only, for lists and dashboards. */
  variant?: 'full' | 'compact';
  /** Follow new statuses as they happen (default true), announced politely at most every `announceInterval` ms. */
  live?: boolean;
  /** Minimum gap between two announcements (default 15 000 ms: faster makes screen readers repeat endlessly). */
  announceInterval?: number;
  /** The moment "overdue" is judged against (default: now). */
  now?: Date;
  headingLevel?: 2 | 3 | 4;
}

/**
 * Where a dossier stands (tra cứu hồ sơ): its official status, the appointment date, lateness, an open
 * supplement request, and the processing history as an ordered timeline whose last step is `aria-current="step"`.
 *
 * @example
 * <StatusTracker dossierCode="000.00.14.H56-250701-0001" />
 */
export function StatusTracker({
  dossierCode,
  dossier: given,
  client,
  variant = 'full',
  live = true,
  announceInterval,
  now,
  headingLevel = 2,
}: StatusTrackerProps) {
  const t = useT(statusTrackerMessages);
  const { locale, messages, client: provided } = useMotcua();
  const { message, announce } = useAnnouncer(announceInterval);
  const titleId = useId();
  const tracker = useStatusTracker({
    client: client ?? provided,
    dossierCode,
    dossier: given,
    live,
    onStatusChange: (status, event) =>
      announce(
        t('statusTracker.announce', {
          code: event.dossierCode ?? dossierCode ?? '',
          status: dossierStatusLabel(status, locale, messages),
        }),
      ),
  });
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${Math.min(headingLevel + 1, 6)}` as 'h3';

  const progress =
    tracker.state === 'ready' ? describeProgress(tracker.dossier, now ?? new Date()) : undefined;
  let body: ReactNode;
  if (tracker.state === 'loading') body = <p role="status">{t('common.loading')}</p>;
  else if (tracker.state === 'error')
    body = (
      <div role="alert" className="motcua-status-tracker__error">
        <p>{t('common.loadFailed')}</p>
        <button type="button" className="motcua-button" data-variant="secondary" onClick={tracker.reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  else if (progress) {
    const dossier = tracker.dossier as Dossier;
    const statusLabel = (code: number) => dossierStatusLabel(code as never, locale, messages);
    const supplement = progress.openSupplement;
    body = (
      <>
        <dl className="motcua-status-tracker__facts">
          {dossier.code ? (
            <div>
              <dt>{t('statusTracker.code')}</dt>
              <dd className="motcua-status-tracker__code">{dossier.code}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('statusTracker.current')}</dt>
            <dd className="motcua-status-tracker__status" data-status={progress.status}>
              {statusLabel(progress.status)}
            </dd>
          </div>
          <div>
            <dt>{t('statusTracker.appointment')}</dt>
            <dd>
              {progress.appointmentAt ? (
                <time dateTime={progress.appointmentAt}>{formatDate(progress.appointmentAt, locale)}</time>
              ) : (
                t('statusTracker.noAppointment')
              )}
              {progress.overdueDays > 0 ? (
                <strong className="motcua-status-tracker__overdue">
                  {t('statusTracker.overdue', { days: progress.overdueDays })}
                </strong>
              ) : null}
            </dd>
          </div>
        </dl>
        {supplement ? (
          <div className="motcua-status-tracker__supplement">
            <SubHeading className="motcua-status-tracker__subheading">
              {t('statusTracker.supplement')}
            </SubHeading>
            <p>{supplement.reason}</p>
            <ul>
              {supplement.items.map((item) => (
                <li key={`${item.componentId ?? ''}:${item.description}`}>{item.description}</li>
              ))}
            </ul>
            {supplement.deadline ? (
              <p className="motcua-status-tracker__deadline">
                {t('statusTracker.supplementDeadline', {
                  date: formatDate(supplement.deadline, locale, true),
                })}
              </p>
            ) : null}
          </div>
        ) : null}
        {variant === 'full' ? (
          <>
            <SubHeading className="motcua-status-tracker__subheading">
              {t('statusTracker.history')}
            </SubHeading>
            {progress.steps.length === 0 ? (
              <p>{t('statusTracker.empty')}</p>
            ) : (
              <ol className="motcua-status-tracker__steps">
                {progress.steps.map((step, index) => {
                  const current = index === progress.steps.length - 1;
                  return (
                    <li
                      key={`${step.at}:${step.status}:${step.actor}:${step.content}`}
                      className="motcua-status-tracker__step"
                      data-status={step.status}
                      data-current={current || undefined}
                      data-supplement={step.status === 5 || undefined}
                      aria-current={current ? 'step' : undefined}
                    >
                      <p className="motcua-status-tracker__label">{statusLabel(step.status)}</p>
                      <p className="motcua-status-tracker__meta">
                        <time dateTime={step.at}>{formatDate(step.at, locale, true)}</time>
                        {' · '}
                        {step.officer?.name ?? actorLabel(step.actor, locale, messages)}
                      </p>
                      {step.content ? <p className="motcua-status-tracker__content">{step.content}</p> : null}
                    </li>
                  );
                })}
              </ol>
            )}
          </>
        ) : null}
      </>
    );
  }

  return (
    <section
      className="motcua-status-tracker"
      data-state={tracker.state}
      data-variant={variant}
      data-overdue={progress && progress.overdueDays > 0 ? 'true' : undefined}
      aria-labelledby={titleId}
      aria-busy={tracker.state === 'loading' || undefined}
    >
      <Heading id={titleId} className="motcua-status-tracker__title">
        {t('statusTracker.title')}
      </Heading>
      {body}
      <LiveRegion message={message} />
    </section>
  );
}
