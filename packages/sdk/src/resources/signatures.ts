import type { BodyOf, signatures as endpoints, ResponseOf } from '@motcua/contract';
import { sleep } from '../sleep.js';
import type { CallOptions, Transport } from '../transport.js';

type E = typeof endpoints;
export type SignatureRequest = ResponseOf<E['get']>;
export type SignatureResult = ResponseOf<E['result']>;

const FINAL = new Set(['signed', 'expired', 'rejected', 'authorisationFailed', 'failed']);

export interface WaitForSignatureOptions extends CallOptions {
  /** Called after every poll, with the transaction and the milliseconds left before the provider gives up. */
  onProgress?: (request: SignatureRequest, remainingMs: number) => void;
  /** Interval between polls in ms (default 2 000). */
  pollInterval?: number;
}

/**
 * Remote signing (ký số từ xa): the platform asks the signer's provider to sign a document hash; the signer
 * confirms in the provider's app; the result is a detached CMS signature.
 *
 * @example
 * const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', pdfBytes));
 * const request = await client.signatures.create({
 *   documentHash: { algorithm: 'SHA-256', value: btoa(String.fromCharCode(...digest)) },
 *   documentName: 'to-khai.pdf', signer: { citizenId: '001087123456', name: 'Nguyễn Văn An' }, provider: 'sandbox',
 * });
 * const done = await client.signatures.waitFor(request.id, { onProgress: (r, left) => showCountdown(left) });
 * if (done.status === 'signed') { const { signature } = await client.signatures.result(request.id); }
 */
export function signaturesResource(t: Transport) {
  const get = (id: string, options?: CallOptions) =>
    t.invoke('signatures.get', { params: { id }, ...options });
  return {
    /** Starts signing; the signer has about 5 minutes to confirm. @example await client.signatures.create({ … }) */
    create: (body: BodyOf<E['create']>, options?: CallOptions) =>
      t.invoke('signatures.create', { body, ...options }),
    /** The transaction's current state. @example (await client.signatures.get(id)).status */
    get,
    /** The detached CMS signature and certificate chain, once signed. @example await client.signatures.result(id) */
    result: (id: string, options?: CallOptions) =>
      t.invoke('signatures.result', { params: { id }, ...options }),
    /** The platform's signing CA certificate (PEM), to verify results. @example await client.signatures.caCertificate() */
    caCertificate: async (options?: CallOptions) => (await t.raw('signatures.caCertificate', options)).text(),
    /**
     * Polls until the transaction ends (signed, rejected, expired, failed) and returns it. Gives up with a
     * `TimeoutError` a little after the provider's own expiry, and stops at once when `signal` aborts.
     * @example const final = await client.signatures.waitFor(id, { signal })
     */
    async waitFor(id: string, options: WaitForSignatureOptions = {}): Promise<SignatureRequest> {
      const { onProgress, pollInterval = 2000, ...call } = options;
      for (;;) {
        const request = await get(id, call);
        const remaining = Date.parse(request.expiresAt) - Date.now();
        onProgress?.(request, Math.max(0, remaining));
        if (FINAL.has(request.status)) return request;
        // The platform expires the transaction itself; a generous margin covers clock skew before we give up.
        if (remaining < -60_000) throw t.timedOut(`signatures/${id}`);
        await sleep(pollInterval, call.signal);
      }
    },
  };
}
