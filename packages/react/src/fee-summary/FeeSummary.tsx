'use client';

import { formatVnd } from '@motcua/core';
import type { Payment } from '@motcua/sdk';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { feeSummaryMessages } from '../messages/fee-summary.js';
import { useLocale, useT } from '../provider/hooks.js';
import { type FeeLine, feeTotals, withPayment } from './useFeeSummary.js';

export interface FeeSummaryProps {
  /** The fee lines (a dossier's `fees`, or a procedure's). `undefined` while loading. */
  fees: readonly FeeLine[] | undefined;
  /** Shown instead of the table when the fees could not be loaded. */
  error?: string;
  /** Table caption; defaults to 'Phí, lệ phí'. */
  title?: string;
  /** Rendered under the totals when something is left to pay: typically a <PayButton>. */
  action?: ReactNode;
  /**
   * A payment of these fees (a `PayButton`'s `onResult`): once paid, the lines it covered show as paid (the dossier
   * read before may not say so yet), and an `action` still rendered stays to show the result.
   */
  payment?: Payment;
}

/**
 * The fees, charges and taxes of a dossier (phí, lệ phí) in đồng, with the total, what is paid and what is left.
 *
 * @example
 * <FeeSummary fees={dossier.fees} action={<PayButton dossierCode={dossier.code!} amount={due} />} />
 *
 * @example
 * // Back from the gateway: the lines paid show as paid as soon as the payment is, even before the dossier says so.
 * <FeeSummary fees={dossier.fees} payment={payment} />
 * <PayButton dossierCode={dossier.code!} paymentId={paymentIdFromUrl(location.href)} onResult={setPayment} />
 */
export function FeeSummary({ fees: given, error, title, action, payment }: FeeSummaryProps) {
  const t = useT(feeSummaryMessages);
  const locale = useLocale();
  const captionId = useId();
  const caption = title ?? t('feeSummary.title');
  const fees = given && withPayment(given, payment);

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
      {action && (totals.due > 0 || payment?.status === 'paid') ? (
        <div className="motcua-fee-summary__action">{action}</div>
      ) : null}
    </section>
  );
}
