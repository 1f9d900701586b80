'use client';

import type { MotcuaClient } from '@motcua/sdk';
import * as Dialog from '@radix-ui/react-dialog';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { cx } from '../internal/cx.js';
import { LiveRegion, useAnnouncer } from '../internal/live-region.js';
import { useMotcua, useMotcuaClient, useT } from '../provider/hooks.js';
import { groupHex } from './fingerprint.js';
import { signaturePromptMessages } from './messages.js';
import {
  type SignatureStage,
  type UseSignaturePromptOptions,
  useSignaturePrompt,
} from './useSignaturePrompt.js';

export interface SignaturePromptProps
  extends Omit<UseSignaturePromptOptions, 'client' | 'onAnnounce' | 'describeRemaining'> {
  /** The platform client; the provider's by default. */
  client?: MotcuaClient;
  /** Controlled open state (then pass `onOpenChange`, and render your own button unless `showTrigger`). */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Text of the button that opens the prompt (default 'Ký số tài liệu'). */
  triggerLabel?: string;
  /** Render the trigger button even when `open` is controlled. */
  showTrigger?: boolean;
  /** How long the success message stays before the prompt closes itself, ms (default 2 500). */
  autoCloseMs?: number;
}

const ENDINGS: readonly SignatureStage[] = ['rejected', 'expired', 'failed', 'authorisationFailed', 'error'];

/** Clears what a modal layer may leave on the page once no dialog is open (Radix issue #1241 and friends). */
function releasePage(): void {
  const open = document.querySelector('[role="dialog"][data-state="open"]');
  if (open) return;
  if (document.body.style.pointerEvents === 'none') document.body.style.removeProperty('pointer-events');
  document.documentElement.classList.remove('motcua-scroll-lock');
}

/**
 * Ký số từ xa: a modal prompt (Radix Dialog) that shows the document's name and its SHA-256 fingerprint (computed on
 * the device, grouped hex), lets the signer choose a provider, starts remote signing, waits with a countdown to the
 * provider's expiry (shown every second, announced at most every 30 s), and explains each ending — rejected,
 * expired, failed, certificate not authorised — with a retry. Focus returns to the trigger on close, and nothing is
 * left on `<body>` (pointer-events, scroll lock, aria-hidden) however it closes. No inline styles: strict CSP works.
 *
 * @example
 * <SignaturePrompt document={{ name: 'to-khai.pdf', bytes: pdf }} signer={{ citizenId, name }}
 *   onSigned={(result) => embed(result.signature)} />
 */
export function SignaturePrompt({
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  triggerLabel,
  showTrigger,
  autoCloseMs = 2500,
  client: clientProp,
  ...options
}: SignaturePromptProps) {
  const t = useT(signaturePromptMessages);
  const { theme, locale } = useMotcua();
  const client = useMotcuaClient(clientProp);
  const [own, setOwn] = useState(defaultOpen);
  const controlled = openProp !== undefined;
  const open = controlled ? openProp : own;
  const returnFocus = useRef<HTMLElement | null>(null);

  const setOpen = useCallback(
    (next: boolean) => {
      if (!controlled) setOwn(next);
      onOpenChange?.(next);
    },
    [controlled, onOpenChange],
  );

  // Remember what had focus before opening (layout effects run before Radix moves focus), to give it back on close.
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement && document.activeElement !== document.body)
      returnFocus.current = document.activeElement;
  }, [open]);

  // Scroll lock by a class (CSS only, CSP-safe), released on every way out; stray pointer-events cleared after.
  useEffect(() => {
    if (open) {
      document.documentElement.classList.add('motcua-scroll-lock');
      return () => {
        document.documentElement.classList.remove('motcua-scroll-lock');
        // Radix restores pointer-events in its own cleanup; check once it has run.
        setTimeout(releasePage, 0);
      };
    }
    const timer = setTimeout(releasePage, 0);
    return () => clearTimeout(timer);
  }, [open]);
  useEffect(() => () => releasePage(), []);

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      {!controlled || showTrigger ? (
        <Dialog.Trigger className="motcua-button motcua-signature-prompt__trigger">
          {triggerLabel ?? t('signaturePrompt.trigger')}
        </Dialog.Trigger>
      ) : null}
      <Dialog.Portal>
        <div className="motcua-signature-prompt__layer" data-theme={theme} lang={locale}>
          <div className="motcua-signature-prompt__overlay" aria-hidden="true" />
          <Dialog.Content
            className="motcua-signature-prompt"
            // A click beside the dialog must not throw away a signing in progress: Esc and the buttons close it.
            onPointerDownOutside={(event) => event.preventDefault()}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              const target = returnFocus.current;
              if (target?.isConnected) target.focus();
            }}
          >
            <PromptBody {...options} client={client} autoCloseMs={autoCloseMs} close={() => setOpen(false)} />
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function PromptBody({
  close,
  autoCloseMs,
  ...options
}: Omit<UseSignaturePromptOptions, 'onAnnounce' | 'describeRemaining'> & {
  close: () => void;
  autoCloseMs: number;
}) {
  const t = useT(signaturePromptMessages);
  const { message, announce } = useAnnouncer();
  const describe = useCallback(
    (ms: number) => t('signaturePrompt.announce.waiting', { time: remainingText(ms, t) }),
    [t],
  );
  const flow = useSignaturePrompt({
    ...options,
    onAnnounce: (text, immediate) => announce(text, { immediate }),
    describeRemaining: describe,
  });
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const providerName = flow.provider ? t(`signaturePrompt.provider.${flow.provider}`) : '';

  // Discrete changes the signer caused are announced at once; the countdown itself never is.
  useEffect(() => {
    if (flow.stage === 'waiting')
      announce(
        `${t('signaturePrompt.waiting.title')}. ${t('signaturePrompt.waiting.body', { provider: providerName })}`,
        {
          immediate: true,
        },
      );
    if (flow.stage === 'starting') announce(t('signaturePrompt.starting'), { immediate: true });
  }, [flow.stage, announce, t, providerName]);

  useEffect(() => {
    if (flow.stage !== 'signed') return;
    const timer = setTimeout(close, autoCloseMs);
    return () => clearTimeout(timer);
  }, [flow.stage, close, autoCloseMs]);

  // Focus the message of an ending, or the success, so the signer hears it and the next button is one Tab away.
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (flow.stage === 'signed' || ENDINGS.includes(flow.stage)) statusRef.current?.focus();
  }, [flow.stage]);

  const ending = ENDINGS.includes(flow.stage);
  const busy = flow.stage === 'starting' || flow.stage === 'waiting';

  return (
    <div className="motcua-signature-prompt__body" data-state={flow.stage}>
      <Dialog.Title className="motcua-signature-prompt__title">{t('signaturePrompt.title')}</Dialog.Title>
      <Dialog.Description className="motcua-signature-prompt__description">
        {t('signaturePrompt.description')}
      </Dialog.Description>

      <dl className="motcua-signature-prompt__facts">
        <div className="motcua-signature-prompt__fact">
          <dt>{t('signaturePrompt.document')}</dt>
          <dd>
            <bdi className="motcua-signature-prompt__document">{options.document.name}</bdi>
          </dd>
        </div>
        <div className="motcua-signature-prompt__fact">
          <dt>{t('signaturePrompt.fingerprint')}</dt>
          <dd>
            {flow.hex ? (
              <code className="motcua-signature-prompt__fingerprint">
                {groupHex(flow.hex).map((group, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed positions of one digest
                  <span key={index} className="motcua-signature-prompt__group">
                    {group}
                  </span>
                ))}
              </code>
            ) : (
              <span>{flow.hashFailed ? t('signaturePrompt.error') : t('signaturePrompt.hashing')}</span>
            )}
            <span className="motcua-signature-prompt__hint">{t('signaturePrompt.fingerprintHint')}</span>
          </dd>
        </div>
        <div className="motcua-signature-prompt__fact">
          <dt>{t('signaturePrompt.signer')}</dt>
          <dd>
            <bdi>{options.signer.name}</bdi>
          </dd>
        </div>
      </dl>

      {flow.stage === 'review' ? (
        <div className="motcua-form-group" data-invalid={flow.providerError ? 'true' : undefined}>
          <fieldset
            className="motcua-fieldset"
            aria-describedby={flow.providerError ? `${id}-provider-error` : undefined}
          >
            <legend className="motcua-legend">{t('signaturePrompt.provider')}</legend>
            {flow.providerError ? (
              <p id={`${id}-provider-error`} className="motcua-error-message">
                <span className="motcua-visually-hidden">{t('common.errorPrefix')} </span>
                {t('signaturePrompt.providerRequired')}
              </p>
            ) : null}
            <div className="motcua-signature-prompt__providers">
              {flow.providers.map((provider, index) => (
                <div key={provider} className="motcua-signature-prompt__provider">
                  <input
                    id={`${id}-provider-${index}`}
                    className="motcua-signature-prompt__radio"
                    type="radio"
                    name={`${id}-provider`}
                    value={provider}
                    checked={flow.provider === provider}
                    onChange={() => flow.setProvider(provider)}
                  />
                  <label htmlFor={`${id}-provider-${index}`}>
                    {t(`signaturePrompt.provider.${provider}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      ) : null}

      {busy ? (
        <div className="motcua-signature-prompt__waiting">
          {flow.stage === 'starting' ? (
            <p>{t('signaturePrompt.starting')}</p>
          ) : (
            <>
              <h3 className="motcua-signature-prompt__subtitle">{t('signaturePrompt.waiting.title')}</h3>
              <p>{t('signaturePrompt.waiting.body', { provider: providerName })}</p>
              {flow.deadline !== undefined ? (
                <Countdown deadline={flow.deadline} label={t('signaturePrompt.countdown')} />
              ) : null}
            </>
          )}
        </div>
      ) : null}

      {flow.stage === 'signed' ? (
        <div
          ref={statusRef}
          className="motcua-signature-prompt__status"
          data-variant="success"
          role="status"
          tabIndex={-1}
        >
          <h3 className="motcua-signature-prompt__subtitle">{t('signaturePrompt.signed.title')}</h3>
          <p>{t('signaturePrompt.signed.body', { name: options.document.name })}</p>
        </div>
      ) : null}

      {ending ? (
        <div
          ref={statusRef}
          className="motcua-signature-prompt__status"
          data-variant="error"
          role="alert"
          tabIndex={-1}
        >
          <p>{t(`signaturePrompt.${flow.stage}`)}</p>
        </div>
      ) : null}

      <div className="motcua-signature-prompt__actions">
        {flow.stage === 'review' ? (
          <button
            type="button"
            className="motcua-button"
            aria-disabled={!flow.hex || undefined}
            onClick={() => void flow.start()}
          >
            {t('signaturePrompt.start')}
          </button>
        ) : null}
        {ending ? (
          <button type="button" className="motcua-button" onClick={() => void flow.start()}>
            {t('signaturePrompt.retry')}
          </button>
        ) : null}
        <Dialog.Close className={cx('motcua-button')} data-variant="secondary" onClick={flow.cancel}>
          {busy || flow.stage === 'review' ? t('signaturePrompt.cancel') : t('signaturePrompt.close')}
        </Dialog.Close>
      </div>
      <LiveRegion message={message} />
    </div>
  );
}

/** "4 phút 30 giây" / "45 giây" for announcements. */
function remainingText(ms: number, t: (key: string, params?: Record<string, number>) => string): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes > 0
    ? t('signaturePrompt.minutes', { minutes, seconds })
    : t('signaturePrompt.seconds', { seconds });
}

/** Re-renders every second on its own, so the rest of the prompt does not. Visual only: screen readers get the live region. */
function Countdown({ deadline, label }: { deadline: number; label: string }) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.max(0, Math.ceil((deadline - now) / 1000));
  const text = `${String(Math.floor(left / 60)).padStart(2, '0')}:${String(left % 60).padStart(2, '0')}`;
  return (
    <p
      className="motcua-signature-prompt__countdown"
      aria-hidden="true"
      data-urgent={left <= 30 || undefined}
    >
      <span className="motcua-signature-prompt__countdown-label">{label}</span>
      <span className="motcua-signature-prompt__countdown-value">{text}</span>
    </p>
  );
}
