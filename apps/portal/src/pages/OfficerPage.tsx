import { ErrorSummary, useT } from '@motcua/react';
import { createClient, type DossierSummary, type MotcuaClient } from '@motcua/sdk';
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { portalMessages } from '../messages';
import { errorMessage, Page } from '../page';
import { useSession } from '../session';

/** Submitted, waiting for the one-stop desk. */
const SUBMITTED = 1;

/**
 * The officer console, kept small: an agency system's view of its queue (an agency API key, never a citizen's
 * sign-in), where each newly filed dossier is accepted or returned with a reason.
 */
export function OfficerPage() {
  const t = useT(portalMessages);
  const { apiUrl } = useSession();
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const [key, setKey] = useState('');
  const [keyError, setKeyError] = useState<string>();
  const [agency, setAgency] = useState<MotcuaClient>();
  const open = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!key.trim()) return setKeyError(t('officer.keyRequired'));
    setKeyError(undefined);
    setAgency(createClient({ baseUrl: apiUrl, apiKey: key.trim() }));
  };
  const fieldId = `${id}-key`;
  return (
    <Page title={t('officer.title')}>
      <p className="portal-lead">{t('officer.intro')}</p>
      {agency ? (
        <>
          <Queue client={agency} />
          <button type="button" className="motcua-link-button" onClick={() => setAgency(undefined)}>
            {t('officer.signOut')}
          </button>
        </>
      ) : (
        <form className="portal-form" noValidate onSubmit={open}>
          <ErrorSummary errors={keyError ? [{ fieldId, message: keyError }] : []} />
          <div className="motcua-form-group" data-invalid={keyError ? 'true' : undefined}>
            <label className="motcua-label" htmlFor={fieldId}>
              {t('officer.key')}
            </label>
            <p id={`${fieldId}-hint`} className="motcua-hint">
              {t('officer.keyHint')}
            </p>
            {keyError ? (
              <p id={`${fieldId}-error`} className="motcua-error-message">
                {keyError}
              </p>
            ) : null}
            <input
              id={fieldId}
              className="motcua-input"
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={key}
              aria-invalid={keyError ? true : undefined}
              aria-describedby={`${fieldId}-hint${keyError ? ` ${fieldId}-error` : ''}`}
              onChange={(event) => setKey(event.currentTarget.value)}
            />
          </div>
          <button type="submit" className="motcua-button">
            {t('officer.open')}
          </button>
        </form>
      )}
    </Page>
  );
}

function Queue({ client }: { client: MotcuaClient }) {
  const t = useT(portalMessages);
  const [items, setItems] = useState<DossierSummary[]>();
  const [failure, setFailure] = useState<string>();
  const [message, setMessage] = useState('');
  const [reasons, setReasons] = useState<Record<string, string>>({});

  const load = useCallback(async () => {
    try {
      setItems(await client.dossiers.list({ status: SUBMITTED }).toArray({ limit: 100 }));
      setFailure(undefined);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }, [client]);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (code: string, action: 'accept' | 'return') => {
    try {
      if (action === 'accept') await client.officer.accept(code, {});
      else await client.officer.refuse(code, { reason: reasons[code] ?? t('officer.reasonDefault') });
      setMessage(t(action === 'accept' ? 'officer.accepted' : 'officer.returned', { code }));
      await load();
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };

  return (
    <>
      <p className="portal-status" role="status">
        {message}
      </p>
      {failure ? (
        <div className="portal-notice" data-variant="error" role="alert">
          <p>{t('portal.error', { message: failure })}</p>
        </div>
      ) : !items ? (
        <p className="portal-muted">{t('portal.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('officer.empty')}</p>
      ) : (
        <div className="portal-table-wrap">
          <table className="portal-table">
            <caption>{t('officer.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dossiers.code')}</th>
                <th scope="col">{t('dossiers.procedure')}</th>
                <th scope="col">{t('officer.applicant')}</th>
                <th scope="col">{t('officer.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((dossier) => {
                const code = dossier.code ?? dossier.id;
                const reasonId = `reason-${dossier.id}`;
                return (
                  <tr key={dossier.id}>
                    <td>{code}</td>
                    <td lang="vi">{dossier.procedure.name}</td>
                    <td>{dossier.applicant.fullName}</td>
                    <td className="portal-actions">
                      <button
                        type="button"
                        className="motcua-button"
                        aria-label={t('officer.accept', { code })}
                        onClick={() => void act(code, 'accept')}
                      >
                        {t('officer.acceptShort')}
                      </button>
                      <label className="motcua-visually-hidden" htmlFor={reasonId}>
                        {t('officer.reason', { code })}
                      </label>
                      <input
                        id={reasonId}
                        className="motcua-input portal-reason"
                        value={reasons[code] ?? t('officer.reasonDefault')}
                        onChange={(event) => {
                          const value = event.currentTarget.value;
                          setReasons((all) => ({ ...all, [code]: value }));
                        }}
                      />
                      <button
                        type="button"
                        className="motcua-button"
                        data-variant="secondary"
                        aria-label={t('officer.return', { code })}
                        onClick={() => void act(code, 'return')}
                      >
                        {t('officer.returnShort')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
