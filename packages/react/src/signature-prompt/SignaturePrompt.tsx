'use client';

import type { MotcuaClient } from '@motcua/sdk';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { lazyPart, useLazyPart } from '../internal/lazy.js';
import { useMotcuaClient, useT } from '../provider/hooks.js';
import { signaturePromptMessages } from './messages.js';
import type { UseSignaturePromptOptions } from './useSignaturePrompt.js';

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

/**
 * The dialog (Radix with its focus trap and layers) is not part of the page: it is fetched at the first sign the
 * signer is heading for the button (pointer over it, focus on it) or when the prompt is opened, whichever is first.
 */
const signatureDialog = /* @__PURE__ */ lazyPart(() =>
  import('./SignatureDialog.js').then((module) => module.SignatureDialog),
);

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
  const client = useMotcuaClient(clientProp);
  const [own, setOwn] = useState(defaultOpen);
  const controlled = openProp !== undefined;
  const open = controlled ? openProp : own;
  const [heading, setHeading] = useState(false);
  const headFor = useCallback(() => setHeading(true), []);
  const { value: SignatureDialog, failed, retry } = useLazyPart(signatureDialog, heading || open);
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
    <>
      {!controlled || showTrigger ? (
        <button
          type="button"
          className="motcua-button motcua-signature-prompt__trigger"
          aria-haspopup="dialog"
          aria-expanded={open}
          data-state={open ? 'open' : 'closed'}
          onPointerEnter={headFor}
          onFocus={headFor}
          onClick={() => setOpen(true)}
        >
          {triggerLabel ?? t('signaturePrompt.trigger')}
        </button>
      ) : null}
      {SignatureDialog ? (
        <SignatureDialog
          {...options}
          client={client}
          open={open}
          setOpen={setOpen}
          autoCloseMs={autoCloseMs}
          returnFocus={returnFocus}
        />
      ) : open ? (
        <div className="motcua-signature-prompt__pending">
          <p className="motcua-hint" role={failed ? 'alert' : 'status'}>
            {t(failed ? 'common.loadFailed' : 'common.loading')}
          </p>
          {failed ? (
            <button type="button" className="motcua-button" data-variant="secondary" onClick={retry}>
              {t('common.retry')}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
