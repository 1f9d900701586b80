'use client';

import { formatVnd } from '@motcua/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { feeSummaryMessages } from '../messages/fee-summary.js';
import { useLocale, useT } from '../provider/hooks.js';
import { type FeeLine, feeTotals } from './useFeeSummary.js';

export interface FeeSummaryProps {
  /** The fee lines (a dossier's `fees`, or a procedure's). `undefined` while loading. */
  fees: readonly FeeLine[] | undefined;
  /** Shown instead of the table when the fees could not be loaded. */
  error?: string;
  /** Table caption; defaults to 'Phí, lệ phí'. */
  title?: string;
  /** Rendered under the totals when something is left to pay: typically a <PayButton>. */
  action?: ReactNode;
}

/**
 * The fees, charges and taxes of a dossier (phí, lệ phí) in đồng, with the total, what is paid and what is left.
 *
 * @example
 * <FeeSummary fees={dossier.fees} action={<PayButton dossierCode={dossier.code!} amount={due} />} />
 */
export function FeeSummary({ fees, error, title, action }: FeeSummaryProps) {
  const t = useT(feeSummaryMessages);
  const locale = useLocale();
  const captionId = useId();
  const caption = title ?? t('feeSummary.title');

  if (error || fees === undefined)
    return (
      <section
        className="motcua-fee-summary"
        data-state={error ? 'error' : 'loading'}
        aria-labelledby={captionId}
      >
        <h2 id={captionId} className="motcua-fee-summary__title">
          {caption}
        </h2>
        {error ? <p role="alert">{error}</p> : <p role="status">{t('common.loading')}</p>}
      </section>
    );

  const totals = feeTotals(fees);
  if (totals.state === 'empty')
    return (
      <section className="motcua-fee-summary" data-state="empty" aria-labelledby={captionId}>
        <h2 id={captionId} className="motcua-fee-summary__title">
          {caption}
        </h2>
        <p>{t('feeSummary.empty')}</p>
      </section>
    );

  const kind = (value: string) =>
    value === 'fee' || value === 'charge' || value === 'tax' ? t(`feeSummary.kind.${value}`) : value;

  return (
    <section className="motcua-fee-summary" data-state={totals.state} aria-labelledby={captionId}>
      <table className="motcua-fee-summary__table">
        <caption id={captionId} className="motcua-fee-summary__title">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('feeSummary.item')}</th>
            <th scope="col" className="motcua-fee-summary__amount">
              {t('feeSummary.amount')}
            </th>
            {totals.tracksPayment ? <th scope="col">{t('feeSummary.status')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {fees.map((line) => (
            <tr key={line.code} data-paid={line.paid === undefined ? undefined : String(line.paid)}>
              <th scope="row" className="motcua-fee-summary__name">
                {line.name}
                <span className="motcua-fee-summary__kind">{kind(line.kind)}</span>
              </th>
              <td className="motcua-fee-summary__amount">{formatVnd(line.amount, locale)}</td>
              {totals.tracksPayment ? (
                <td>
                  <span className="motcua-fee-summary__tag" data-paid={String(Boolean(line.paid))}>
                    {line.paid ? t('feeSummary.paid') : t('feeSummary.unpaid')}
                  </span>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('feeSummary.total')}</th>
            <td className="motcua-fee-summary__amount">{formatVnd(totals.total, locale)}</td>
            {totals.tracksPayment ? <td /> : null}
          </tr>
          {totals.tracksPayment ? (
            <tr className="motcua-fee-summary__due">
              <th scope="row">{t('feeSummary.due')}</th>
              <td className="motcua-fee-summary__amount">{formatVnd(totals.due, locale)}</td>
              <td />
            </tr>
          ) : null}
        </tfoot>
      </table>
      {action && totals.due > 0 ? <div className="motcua-fee-summary__action">{action}</div> : null}
    </section>
  );
}
