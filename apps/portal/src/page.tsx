import { useT } from '@motcua/react';
import { isApiError } from '@motcua/sdk';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { portalMessages } from './messages';
import { takePendingFocus } from './router';
import { signIn, useSession } from './session';

/**
 * One page of the portal: its `<h1>` and the document title (`Tìm thủ tục – Cổng dịch vụ công`). After a
 * navigation inside the portal the heading takes focus, so a screen reader announces the new page and the next
 * Tab starts from it, as after a full page load.
 */
export function Page({
  title,
  heading = title,
  children,
}: {
  /** The document title's first part. */
  title: string;
  /** The `<h1>`, when it needs markup (a Vietnamese name inside an English sentence); the title by default. */
  heading?: ReactNode;
  children?: ReactNode;
}) {
  const t = useT(portalMessages);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('portal.titleSuffix')}`;
  }, [title, t]);
  useEffect(() => {
    if (takePendingFocus()) headingRef.current?.focus();
  }, []);
  return (
    <>
      <h1 ref={headingRef} className="portal-title" tabIndex={-1}>
        {heading}
      </h1>
      {children}
    </>
  );
}

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; value: T };

/**
 * Runs `load` on mount and whenever it changes (wrap it in `useCallback` with what it reads); an answer for a
 * superseded `load` is dropped.
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (value) => controller.signal.aborted || setState({ status: 'ready', value }),
      (error: unknown) => controller.signal.aborted || setState({ status: 'error', error }),
    );
    return () => controller.abort();
  }, [load]);
  return state;
}

/** Loading and error states of a loaded value, in words; `children` renders once it is there. */
export function Loading<T>({ state, children }: { state: Loaded<T>; children: (value: T) => ReactNode }) {
  const t = useT(portalMessages);
  if (state.status === 'loading')
    return (
      <p className="portal-muted" role="status">
        {t('portal.loading')}
      </p>
    );
  if (state.status === 'error' && isApiError(state.error) && state.error.status === 401)
    return <SignInAgain />;
  if (state.status === 'error')
    return (
      <div className="portal-notice" data-variant="error" role="alert">
        <p>{t('portal.error', { message: errorMessage(state.error) })}</p>
      </div>
    );
  return <>{children(state.value)}</>;
}

/**
 * The platform's own words (procedure, agency and fee names) are Vietnamese whatever the interface language:
 * marked so, a screen reader reading the English interface pronounces them as Vietnamese (WCAG 3.1.2).
 */
export function Vi({ children }: { children: ReactNode }) {
  return <span lang="vi">{children}</span>;
}

/** The session ended (expired, revoked, or the platform was reset): say so and offer the way back in. */
function SignInAgain() {
  const t = useT(portalMessages);
  const { apiUrl, signOut } = useSession();
  return (
    <div className="portal-notice" role="alert">
      <p>{t('signIn.expired')}</p>
      <button
        type="button"
        className="motcua-button"
        onClick={() => {
          signOut();
          void signIn(apiUrl, location.pathname + location.search);
        }}
      >
        {t('portal.signIn')}
      </button>
    </div>
  );
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A date (or date and time) in Vietnam's time zone, in the interface language. */
export function formatDate(iso: string, locale: string, withTime = false): string {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso));
}
