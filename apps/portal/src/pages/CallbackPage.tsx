import { useT } from '@motcua/react';
import { useEffect, useState } from 'react';
import { portalMessages } from '../messages';
import { errorMessage, Page } from '../page';
import { navigate } from '../router';
import { finishSignIn, signIn, useSession } from '../session';

/** The e-ID redirect URI: finishes sign-in, then goes back to where the citizen was. */
export function CallbackPage() {
  const t = useT(portalMessages);
  const { apiUrl, setSession } = useSession();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let live = true;
    finishSignIn(apiUrl, new URL(location.href)).then(
      ({ session, returnTo }) => {
        if (!live) return;
        setSession(session);
        navigate(returnTo, { replace: true });
      },
      (error: unknown) => live && setFailure(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [apiUrl, setSession]);
  return (
    <Page title={t('signIn.title')}>
      {failure ? (
        <div className="portal-notice" data-variant="error" role="alert">
          <p>{t('signIn.failed', { message: failure })}</p>
          <button type="button" className="motcua-button" onClick={() => void signIn(apiUrl, '/')}>
            {t('signIn.retry')}
          </button>
        </div>
      ) : (
        <p role="status">{t('signIn.completing')}</p>
      )}
    </Page>
  );
}
