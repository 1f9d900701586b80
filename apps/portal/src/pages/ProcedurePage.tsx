import { FeeSummary, useT } from '@motcua/react';
import { useCallback } from 'react';
import { portalMessages } from '../messages';
import { Loading, Page, useLoad, Vi } from '../page';
import { Link } from '../router';
import { signIn, useSession } from '../session';

/** Online filing. */
const ONLINE = 2;

/** A procedure's public record: what to bring, what it costs online, and the way in. */
export function ProcedurePage({ code }: { code: string }) {
  const t = useT(portalMessages);
  const { client, citizen, apiUrl } = useSession();
  const state = useLoad(useCallback((signal) => client.procedures.get(code, { signal }), [client, code]));
  const procedure = state.status === 'ready' ? state.value : undefined;
  return (
    <Page
      title={procedure?.name ?? t('portal.loading')}
      heading={procedure ? <Vi>{procedure.name}</Vi> : undefined}
    >
      <Loading state={state}>
        {(procedure) => {
          const online = procedure.channels.find((channel) => channel.channel === ONLINE);
          return (
            <>
              <dl className="portal-facts">
                <div>
                  <dt>{t('procedure.code')}</dt>
                  <dd>{procedure.code}</dd>
                </div>
                <div>
                  <dt>{t('procedure.field')}</dt>
                  <dd lang="vi">{procedure.field.name}</dd>
                </div>
                <div>
                  <dt>{t('procedure.online')}</dt>
                  <dd>{t(`procedure.online.${procedure.onlineLevel}`)}</dd>
                </div>
              </dl>
              <section className="portal-section" aria-labelledby="documents-heading">
                <h2 id="documents-heading">{t('procedure.documents')}</h2>
                <ul className="portal-list">
                  {procedure.documentComponents.map((component) => (
                    <li key={component.id}>
                      <Vi>{component.name}</Vi>{' '}
                      <span className="portal-muted">
                        ({t(component.required ? 'procedure.required' : 'procedure.optional')})
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
              {online ? <FeeSummary fees={online.fees} title={t('procedure.fees')} /> : null}
              {online && procedure.formSpec ? (
                citizen ? (
                  <Link to={`/nop-ho-so/${procedure.code}`} className="motcua-button portal-start">
                    {t('procedure.apply')}
                  </Link>
                ) : (
                  <button
                    type="button"
                    className="motcua-button portal-start"
                    onClick={() => void signIn(apiUrl, `/nop-ho-so/${procedure.code}`)}
                  >
                    {t('procedure.signInToApply')}
                  </button>
                )
              ) : (
                <p className="portal-notice">{t('procedure.notOnline')}</p>
              )}
            </>
          );
        }}
      </Loading>
    </Page>
  );
}
