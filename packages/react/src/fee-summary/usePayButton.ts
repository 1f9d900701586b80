'use client';

import type { MotcuaClient, Payment } from '@motcua/sdk';
import { useCallback, useRef, useState } from 'react';

export type PayState = 'idle' | 'pending' | 'paid' | 'failed';

export interface UsePayButtonOptions {
  client: MotcuaClient;
  dossierCode: string;
  /** Where the gateway sends the payer back (gets `?paymentId=…`). */
  returnUrl?: string;
  /** Goes to the gateway's checkout page; default `window.location.assign`. */
  navigate?: (url: string) => void;
  onResult?: (payment: Payment) => void;
  initialState?: PayState;
}

/** Only web addresses are followed: a checkout URL must never run script (`javascript:`) or open a data document. */
export function isSafeCheckoutUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Pays a dossier's fees: creates the payment through the SDK (idempotent, so a double click cannot pay twice)
 * and follows its checkout URL.
 *
 * @example
 * const { state, pay } = usePayButton({ client, dossierCode });
 */
export function usePayButton({
  client,
  dossierCode,
  returnUrl,
  navigate,
  onResult,
  initialState = 'idle',
}: UsePayButtonOptions) {
  const [state, setState] = useState<PayState>(initialState);
  const [error, setError] = useState<unknown>();
  const busy = useRef(false);

  const pay = useCallback(async () => {
    if (busy.current || state === 'paid') return;
    busy.current = true;
    setState('pending');
    setError(undefined);
    try {
      const payment = await client.payments.create({ dossierCode, ...(returnUrl ? { returnUrl } : {}) });
      onResult?.(payment);
      if (payment.status === 'paid') {
        setState('paid');
      } else if (
        payment.status === 'pending' &&
        'checkoutUrl' in payment &&
        typeof payment.checkoutUrl === 'string'
      ) {
        if (!isSafeCheckoutUrl(payment.checkoutUrl)) throw new Error('Unsafe checkout URL');
        (navigate ?? ((url: string) => window.location.assign(url)))(payment.checkoutUrl);
        // Stay pending: the page is leaving for the gateway.
      } else {
        throw new Error(`Payment ${payment.status}`);
      }
    } catch (caught) {
      setError(caught);
      setState('failed');
      // Only a failure frees the button: once paid, or on the way to the gateway, another press must not pay again.
      busy.current = false;
    }
  }, [client, dossierCode, returnUrl, navigate, onResult, state]);

  return { state, error, pay };
}
