'use client';

import { formatVnd } from '@motcua/core';
import type { MotcuaClient, Payment } from '@motcua/sdk';
import { useId } from 'react';
import { feeSummaryMessages } from '../messages/fee-summary.js';
import { useLocale, useMotcuaClient, useT } from '../provider/hooks.js';
import { type PayState, usePayButton } from './usePayButton.js';

export interface PayButtonProps {
  dossierCode: string;
  /** Shown on the button ('Thanh toán trực tuyến 24.000 ₫'). */
  amount?: number;
  client?: MotcuaClient;
  returnUrl?: string;
  /** Replaces `window.location.assign` (client-side routers, tests). */
  navigate?: (url: string) => void;
  onResult?: (payment: Payment) => void;
  /** `paid` when the dossier's fees are already settled. */
  initialState?: PayState;
}

/**
 * Pays a dossier's fees online: creates a payment through the SDK and takes the payer to the gateway's checkout.
 * `data-state` is `idle`, `pending`, `paid` or `failed`; failures are announced and the button offers to pay again.
 *
 * @example
 * <PayButton dossierCode={dossier.code!} amount={24000} returnUrl="https://portal.example.vn/thanh-toan" />
 */
export function PayButton({
  dossierCode,
  amount,
  client,
  returnUrl,
  navigate,
  onResult,
  initialState,
}: PayButtonProps) {
  const t = useT(feeSummaryMessages);
  const locale = useLocale();
  const { state, pay } = usePayButton({
    client: useMotcuaClient(client),
    dossierCode,
    returnUrl,
    navigate,
    onResult,
    initialState,
  });
  const statusId = useId();

  if (state === 'paid')
    return (
      <div className="motcua-pay-button" data-state="paid">
        <p role="status" className="motcua-pay-button__paid">
          {t('payButton.paid')}
        </p>
      </div>
    );

  const label =
    state === 'failed'
      ? t('payButton.retry')
      : t('payButton.pay', { amount: amount === undefined ? '' : formatVnd(amount, locale) }).replace(
          /\s+$/,
          '',
        );

  return (
    <div className="motcua-pay-button" data-state={state}>
      <button
        type="button"
        className="motcua-button"
        aria-disabled={state === 'pending' || undefined}
        aria-describedby={state === 'idle' ? undefined : statusId}
        onClick={() => void pay()}
      >
        {label}
      </button>
      <div id={statusId} role="status" className="motcua-pay-button__status">
        {state === 'pending' ? t('payButton.pending') : null}
      </div>
      {state === 'failed' ? (
        <p role="alert" className="motcua-pay-button__error">
          {t('payButton.failed')}
        </p>
      ) : null}
    </div>
  );
}
