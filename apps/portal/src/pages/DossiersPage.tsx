import { dossierStatusLabel } from '@motcua/core';
import { useLocale, useT } from '@motcua/react';
import { useCallback } from 'react';
import { portalMessages } from '../messages';
import { formatDate, Loading, Page, useLoad } from '../page';
import { Link } from '../router';
import { signIn, useSession } from '../session';

/** "Hồ sơ của tôi": the citizen's dossiers, each linking to its page. */
export function DossiersPage() {
  const t = useT(portalMessages);
  const locale = useLocale();
  const { client, citizen, apiUrl } = useSession();
  const state = useLoad(
    useCallback(
      (signal: AbortSignal) =>
        citizen ? client.dossiers.list({}, { signal }).toArray({ limit: 100 }) : Promise.resolve([]),
      [client, citizen],
    ),
  );
  return (
    <Page title={t('dossiers.title')}>
      {!citizen ? (
        <>
          <p>{t('signIn.body')}</p>
          <button type="button" className="motcua-button" onClick={() => void signIn(apiUrl, '/ho-so')}>
            {t('portal.signIn')}
          </button>
        </>
      ) : (
        <Loading state={state}>
          {(dossiers) => {
            const filed = dossiers.filter((dossier) => dossier.code !== null);
            if (filed.length === 0) return <p>{t('dossiers.empty')}</p>;
            return (
              <div className="portal-table-wrap">
                <table className="portal-table">
                  <caption>{t('dossiers.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('dossiers.code')}</th>
                      <th scope="col">{t('dossiers.procedure')}</th>
                      <th scope="col">{t('dossiers.submittedAt')}</th>
                      <th scope="col">{t('dossiers.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {filed.map((dossier) => (
                      <tr key={dossier.id}>
                        <td>
                          <Link to={`/ho-so/${dossier.code}`} className="motcua-link">
                            {dossier.code}
                          </Link>
                        </td>
                        <td lang="vi">{dossier.procedure.name}</td>
                        <td>
                          {dossier.dates.submittedAt ? formatDate(dossier.dates.submittedAt, locale) : ''}
                        </td>
                        <td>{dossierStatusLabel(dossier.status, locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          }}
        </Loading>
      )}
    </Page>
  );
}
