'use client';

import { formatVnd } from '@motcua/core';
import type { MotcuaClient, Payment } from '@motcua/sdk';
import { useId } from 'react';
import { cx } from '../internal/cx.js';
import { feeSummaryMessages } from '../messages/fee-summary.js';
import { useLocale, useMotcuaClient, useT } from '../provider/hooks.js';
import { type PayState, usePayButton } from './usePayButton.js';
import { type PaymentBackoff, type PaymentReturnState, usePaymentReturn } from './usePaymentReturn.js';

export interface PayButtonProps {
  dossierCode: string;
  /** Shown on the button ('Thanh toán trực tuyến 24.000 ₫'). */
  amount?: number;
  client?: MotcuaClient;
  /** Where the gateway sends the payer back, with `?paymentId=…`: render a `PayButton` with that `paymentId` there. */
  returnUrl?: string;
  /**
   * On the return page: the payment the payer comes back with (`paymentIdFromUrl(location.href)`). The button
   * then reads it, waits until the gateway's answer has reached the platform, says how it ended, and offers to pay
   * again if it did not go through.
   */
  paymentId?: string;
  /** How often a pending payment is read again (default from 1 s, doubling, at most 15 s apart). */
  backoff?: PaymentBackoff;
  /** Replaces `window.location.assign` (client-side routers, tests). */
  navigate?: (url: string) => void;
  /** The payment created, and on the return page the final payment (give it to `FeeSummary`'s `payment`). */
  onResult?: (payment: Payment) => void;
  /** `paid` when the dossier's fees are already settled. */
  initialState?: PayState;
}

type View = 'idle' | 'redirecting' | 'checking' | 'waiting' | 'paid' | 'failed' | 'ended' | 'error';

function viewOf(pay: PayState, returning: PaymentReturnState | undefined): View {
  if (pay !== 'idle' || returning === undefined) return pay === 'pending' ? 'redirecting' : pay;
  if (returning === 'checking') return 'checking';
  if (returning === 'pending') return 'waiting';
  if (returning === 'paid' || returning === 'error') return returning;
  return 'ended';
}

/** `data-state` per view: the four of paying, plus `checking` and `error` on the return page. */
const STATE: Record<View, string> = {
  idle: 'idle',
  redirecting: 'pending',
  checking: 'checking',
  waiting: 'pending',
  paid: 'paid',
  failed: 'failed',
  ended: 'failed',
  error: 'error',
};

/**
 * Pays a dossier's fees online: creates a payment through the SDK and takes the payer to the gateway's checkout.
 * On the page the gateway sends the payer back to, give it the `paymentId`: it reads the payment until it is final
 * and says, politely, how it ended. `data-state` is `idle`, `pending`, `paid` or `failed`, and on the return page
 * also `checking` and `error` (could not be read: "Thử lại"); failures offer to pay again.
 *
 * @example
 * <PayButton dossierCode={dossier.code!} amount={24000} returnUrl="https://portal.example.vn/thanh-toan" />
 *
 * @example
 * // https://portal.example.vn/thanh-toan?paymentId=pay_01J2: the payer is back from the gateway.
 * const [payment, setPayment] = useState<Payment>();
 * <FeeSummary fees={dossier.fees} payment={payment} />
 * <PayButton dossierCode={dossier.code!} paymentId={paymentIdFromUrl(location.href)} onResult={setPayment} />
 */
export function PayButton({
  dossierCode,
  amount,
  client: clientProp,
  returnUrl,
  paymentId,
  backoff,
  navigate,
  onResult,
  initialState,
}: PayButtonProps) {
  const t = useT(feeSummaryMessages);
  const locale = useLocale();
  const client = useMotcuaClient(clientProp);
  const { state: payState, pay } = usePayButton({
    client,
    dossierCode,
    returnUrl,
    navigate,
    onResult,
    initialState,
  });
  const returning = usePaymentReturn({ client, paymentId, onResult, backoff });
  const statusId = useId();
  const view = viewOf(payState, returning.state);
  const payment = returning.payment;

  const status = (() => {
    switch (view) {
      case 'redirecting':
        return t('payButton.pending');
      case 'checking':
        return t('payButton.checking');
      case 'waiting':
        return t('payButton.waiting');
      case 'paid':
        return payment && payState === 'idle'
          ? t('payButton.paidAmount', {
              amount: formatVnd(payment.total, locale),
              lookupCode: payment.lookupCode,
            })
          : t('payButton.paid');
      case 'ended': {
        const ended = t(`payButton.ended.${returning.state as 'failed' | 'expired' | 'cancelled'}`);
        const reason = payment?.failureReason;
        return reason ? `${ended} ${t('payButton.reason', { reason })}` : ended;
      }
      case 'error':
        return t('payButton.checkFailed');
      default:
        return null;
    }
  })();

  const button =
    view === 'error' ? (
      <button type="button" className="motcua-button" aria-describedby={statusId} onClick={returning.retry}>
        {t('common.retry')}
      </button>
    ) : view === 'idle' || view === 'redirecting' || view === 'failed' || view === 'ended' ? (
      <button
        type="button"
        className="motcua-button"
        aria-disabled={view === 'redirecting' || undefined}
        aria-describedby={view === 'idle' ? undefined : statusId}
        onClick={() => void pay()}
      >
        {view === 'failed' || view === 'ended'
          ? t('payButton.retry')
          : t('payButton.pay', { amount: amount === undefined ? '' : formatVnd(amount, locale) }).replace(
              /\s+$/,
              '',
            )}
      </button>
    ) : null;

  return (
    <div className="motcua-pay-button" data-state={STATE[view]}>
      {button}
      {/* Present from the first render, so screen readers announce (politely) what it comes to say. */}
      <div
        id={statusId}
        role="status"
        className={cx('motcua-pay-button__status', view === 'paid' && 'motcua-pay-button__paid')}
      >
        {status}
      </div>
      {view === 'failed' ? (
        <p role="alert" className="motcua-pay-button__error">
          {t('payButton.failed')}
        </p>
      ) : null}
    </div>
  );
}
