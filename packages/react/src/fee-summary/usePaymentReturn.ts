'use client';

import { isFinalPaymentStatus } from '@motcua/core';
import { isApiError, type MotcuaClient, type Payment } from '@motcua/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Where a returning payer's payment stands: `checking` until the first answer, `pending` while the gateway has not
 * told the platform, then the payment's final status; `error` when it could not be read.
 */
export type PaymentReturnState = 'checking' | Payment['status'] | 'error';

/** How often to ask again while the payment is pending: from `initialMs`, doubling, at most `maxMs` apart. */
export interface PaymentBackoff {
  /** Default 1 000. */
  initialMs?: number;
  /** Default 15 000. */
  maxMs?: number;
}

export interface WaitForPaymentOptions {
  signal?: AbortSignal;
  backoff?: PaymentBackoff;
  /** Every answer, pending ones included. */
  onUpdate?: (payment: Payment) => void;
  /** Failed reads in a row tolerated before giving up (default 3): a flaky network should not end the wait. */
  attempts?: number;
}

/** A read that may succeed if asked again: no answer, 5xx, 408, 429. */
function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return error.status >= 500 || error.status === 408 || error.status === 429;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/**
 * Reads a payment through `client.payments.get` until its status is final (core's `isFinalPaymentStatus`),
 * asking again with a growing delay while it is pending. Resolves with the final payment; rejects when aborted, when
 * the platform refuses the read (not found, not the caller's), or after `attempts` failed reads in a row.
 *
 * @example
 * const payment = await waitForPayment(client, paymentId, { signal: AbortSignal.timeout(120_000) });
 * if (payment.status === 'paid') showReceipt(payment);
 */
export async function waitForPayment(
  client: MotcuaClient,
  paymentId: string,
  { signal, backoff = {}, onUpdate, attempts = 3 }: WaitForPaymentOptions = {},
): Promise<Payment> {
  const maxMs = backoff.maxMs ?? 15_000;
  let delay = backoff.initialMs ?? 1_000;
  let failures = 0;
  for (;;) {
    try {
      const payment = await client.payments.get(paymentId, { signal });
      failures = 0;
      onUpdate?.(payment);
      if (isFinalPaymentStatus(payment.status)) return payment;
    } catch (error) {
      if (signal?.aborted) throw error;
      failures += 1;
      if (!isTransient(error) || failures >= attempts) throw error;
    }
    await sleep(delay, signal);
    delay = Math.min(delay * 2, maxMs);
  }
}

export interface UsePaymentReturnOptions {
  client: MotcuaClient;
  /** The payment the gateway sent the payer back with (`?paymentId=` on the `returnUrl`); nothing happens without. */
  paymentId: string | undefined;
  /** Called once with the final payment. */
  onResult?: (payment: Payment) => void;
  backoff?: PaymentBackoff;
}

/**
 * The payment's id in a return address (`?paymentId=…`, as the gateway appends it to the `returnUrl`), if any.
 *
 * @example
 * paymentIdFromUrl(location.href) // 'pay_01J2' on https://portal.example.vn/thanh-toan?paymentId=pay_01J2
 */
export function paymentIdFromUrl(url: string | URL): string | undefined {
  try {
    return new URL(url).searchParams.get('paymentId') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The return page's side of a payment: reads the payment the payer comes back with, waits until the gateway's answer
 * has reached the platform (polling with backoff, stopped on unmount), and reports the final payment. `retry` reads
 * again after an `error`.
 *
 * @example
 * const { state, payment } = usePaymentReturn({ client, paymentId: paymentIdFromUrl(location.href), onResult });
 * if (state === 'paid') return <p>Đã thanh toán {formatVnd(payment!.total, 'vi')}</p>;
 */
export function usePaymentReturn({ client, paymentId, onResult, backoff }: UsePaymentReturnOptions) {
  const [state, setState] = useState<PaymentReturnState>('checking');
  const [payment, setPayment] = useState<Payment>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  const latest = useRef({ onResult, backoff });
  latest.current = { onResult, backoff };

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` restarts the wait on retry.
  useEffect(() => {
    if (!paymentId) return;
    const controller = new AbortController();
    setState('checking');
    setError(undefined);
    waitForPayment(client, paymentId, {
      signal: controller.signal,
      backoff: latest.current.backoff,
      onUpdate: (next) => {
        setPayment(next);
        if (next.status === 'pending') setState('pending');
      },
    }).then(
      (final) => {
        setState(final.status);
        latest.current.onResult?.(final);
      },
      (caught: unknown) => {
        if (controller.signal.aborted) return;
        setError(caught);
        setState('error');
      },
    );
    return () => controller.abort();
  }, [client, paymentId, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { state: paymentId ? state : undefined, payment, error, retry };
}
