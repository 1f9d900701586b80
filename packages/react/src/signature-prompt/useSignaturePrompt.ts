'use client';

import type { SignatureRequestInput } from '@motcua/core';
import { isTimeoutError, type MotcuaClient, type SignatureRequest, type SignatureResult } from '@motcua/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';
import { hexToBytes, type SignableBytes, sha256, toBase64, toHex } from './fingerprint.js';

export type SignatureProviderId = SignatureRequestInput['provider'];

/** Where the prompt stands. The last five are endings: each has its own message. */
export type SignatureStage =
  | 'review'
  | 'starting'
  | 'waiting'
  | 'signed'
  | 'rejected'
  | 'expired'
  | 'failed'
  | 'authorisationFailed'
  | 'error';

export interface SignableDocument {
  /** Shown to the signer and sent as the transaction's document name. */
  name: string;
  /** The bytes to sign (the PDF's signed byte range): hashed here, never sent. */
  bytes?: SignableBytes;
  /** Or a SHA-256 digest computed elsewhere, as 64 hex characters. */
  sha256?: string;
}

export interface UseSignaturePromptOptions {
  document: SignableDocument;
  /** Who signs: a person by citizen ID, an organisation by tax code. */
  signer: SignatureRequestInput['signer'];
  /** Providers offered, in order (default VNPT SmartCA and Viettel MySign). */
  providers?: readonly SignatureProviderId[];
  client: MotcuaClient | undefined;
  /** Milliseconds between polls (default 2 000). */
  pollInterval?: number;
  /** Called once signed, with the detached signature and certificate chain. */
  onSigned?: (result: SignatureResult, request: SignatureRequest) => void;
  /** Called with every progress message worth announcing (at most every 30 s while waiting). */
  onAnnounce?: (text: string, immediate: boolean) => void;
  /** Formats the remaining time for announcements. */
  describeRemaining?: (ms: number) => string;
}

export const DEFAULT_PROVIDERS: readonly SignatureProviderId[] = ['vnpt-smartca', 'viettel-mysign'];

/** Announcements while waiting name the time left rounded to this, so they change (and speak) at most this often. */
const ANNOUNCE_STEP_MS = 30_000;

/**
 * The remote-signing flow without its markup: hash the document on the device, let the signer pick a provider,
 * start the transaction (`client.signatures.create`), poll until it ends (`client.signatures.waitFor`), fetch the
 * signature when signed. `cancel()` stops waiting at once (the provider lets the transaction expire).
 *
 * @example
 * const flow = useSignaturePrompt({ client, document: { name: 'to-khai.pdf', bytes }, signer });
 * flow.setProvider('vnpt-smartca'); await flow.start();
 */
export function useSignaturePrompt({
  document,
  signer,
  providers = DEFAULT_PROVIDERS,
  client,
  pollInterval = 2000,
  onSigned,
  onAnnounce,
  describeRemaining,
}: UseSignaturePromptOptions) {
  const [digest, setDigest] = useState<Uint8Array | undefined>();
  const [hashFailed, setHashFailed] = useState(false);
  const [stage, setStage] = useState<SignatureStage>('review');
  const [provider, setProviderState] = useState<SignatureProviderId | ''>(
    providers.length === 1 ? (providers[0] ?? '') : '',
  );
  const [providerError, setProviderError] = useState(false);
  const [request, setRequest] = useState<SignatureRequest | undefined>();
  const [deadline, setDeadline] = useState<number | undefined>();
  const controller = useRef<AbortController | undefined>(undefined);
  const busy = useRef(false);
  const latest = useRef({ onSigned, onAnnounce, describeRemaining });
  latest.current = { onSigned, onAnnounce, describeRemaining };

  // The fingerprint, computed on the device when the prompt opens.
  useEffect(() => {
    let live = true;
    setHashFailed(false);
    const compute = async () => {
      if (document.sha256) return hexToBytes(document.sha256);
      if (document.bytes) return sha256(document.bytes);
      throw new Error('SignaturePrompt: give the document bytes or its sha256');
    };
    compute().then(
      (value) => live && setDigest(value),
      () => live && setHashFailed(true),
    );
    return () => {
      live = false;
    };
  }, [document.bytes, document.sha256]);

  // Leaving (closing the dialog, unmounting) stops polling.
  useEffect(() => () => controller.current?.abort(), []);

  const setProvider = useCallback((value: SignatureProviderId) => {
    setProviderState(value);
    setProviderError(false);
  }, []);

  const start = useCallback(async () => {
    if (busy.current || !digest) return;
    if (!provider) {
      setProviderError(true);
      return;
    }
    if (!client) {
      setStage('error');
      return;
    }
    busy.current = true;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setStage('starting');
    setRequest(undefined);
    try {
      const created = await client.signatures.create(
        {
          documentHash: { algorithm: 'SHA-256', value: toBase64(digest) },
          documentName: document.name,
          signer,
          provider,
        },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      setRequest(created);
      setDeadline(Date.parse(created.expiresAt));
      setStage('waiting');
      let lastStep: number | undefined;
      const final = await client.signatures.waitFor(created.id, {
        signal: abort.signal,
        pollInterval,
        onProgress: (current, remaining) => {
          if (abort.signal.aborted) return;
          setDeadline(Date.now() + remaining);
          if (current.status !== 'waitingForConfirmation') return;
          const step = Math.ceil(remaining / ANNOUNCE_STEP_MS);
          if (lastStep !== undefined && step !== lastStep) {
            const text = latest.current.describeRemaining?.(step * ANNOUNCE_STEP_MS);
            if (text) latest.current.onAnnounce?.(text, false);
          }
          lastStep = step;
        },
      });
      if (abort.signal.aborted) return;
      setRequest(final);
      if (final.status === 'signed') {
        const result = await client.signatures.result(final.id, { signal: abort.signal });
        if (abort.signal.aborted) return;
        setStage('signed');
        latest.current.onSigned?.(result, final);
      } else setStage(final.status === 'waitingForConfirmation' ? 'expired' : final.status);
    } catch (error) {
      if (abort.signal.aborted) return;
      setStage(isTimeoutError(error) ? 'expired' : 'error');
    } finally {
      busy.current = false;
    }
  }, [client, digest, document.name, pollInterval, provider, signer]);

  /** Stops waiting (the dialog is closing, or the signer gave up). */
  const cancel = useCallback(() => {
    controller.current?.abort();
    busy.current = false;
  }, []);

  /** Back to the first step, keeping the chosen provider (a new request after an ending). */
  const reset = useCallback(() => {
    controller.current?.abort();
    busy.current = false;
    setStage('review');
    setRequest(undefined);
    setDeadline(undefined);
  }, []);

  return {
    stage,
    hex: digest ? toHex(digest) : undefined,
    hashFailed,
    providers,
    provider,
    setProvider,
    providerError,
    request,
    deadline,
    start,
    cancel,
    reset,
  };
}
