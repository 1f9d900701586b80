'use client';

import type { MotcuaClient } from '@motcua/sdk';
import * as Dialog from '@radix-ui/react-dialog';
import { type RefObject, useCallback, useEffect, useId, useRef, useState } from 'react';
import { cx } from '../internal/cx.js';
import { LiveRegion, useAnnouncer } from '../internal/live-region.js';
import { useMotcua, useT } from '../provider/hooks.js';
import { groupHex } from './fingerprint.js';
import { signaturePromptMessages } from './messages.js';
import {
  type SignatureStage,
  type UseSignaturePromptOptions,
  useSignaturePrompt,
} from './useSignaturePrompt.js';

const ENDINGS: readonly SignatureStage[] = ['rejected', 'expired', 'failed', 'authorisationFailed', 'error'];

export interface SignatureDialogProps
  extends Omit<UseSignaturePromptOptions, 'onAnnounce' | 'describeRemaining'> {
  client: MotcuaClient;
  open: boolean;
  setOpen: (open: boolean) => void;
  autoCloseMs: number;
  /** What had focus before the prompt opened: it gets focus back on close. */
  returnFocus: RefObject<HTMLElement | null>;
}

/** The prompt itself (Radix Dialog), fetched apart from {@link SignaturePrompt}'s button. */
export function SignatureDialog({
  open,
  setOpen,
  autoCloseMs,
  returnFocus,
  ...options
}: SignatureDialogProps) {
  const { theme, locale } = useMotcua();
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
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
            <PromptBody {...options} autoCloseMs={autoCloseMs} close={() => setOpen(false)} />
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
