import { FeeSummary, feeTotals, PayButton, StatusTracker, useT } from '@motcua/react';
import { useCallback } from 'react';
import { portalMessages } from '../messages';
import { Loading, Page, useLoad, Vi } from '../page';
import { useLocation } from '../router';
import { useSession } from '../session';
import { SignedDocuments } from './SignedDocuments';

/** Statuses in which nothing is paid any more: draft, refused, withdrawn, result returned, stopped. */
const CLOSED = new Set([0, 3, 7, 8, 10]);

/** One dossier after filing: sign its documents, pay the fees, follow its status live. */
export function DossierPage({ code }: { code: string }) {
  const t = useT(portalMessages);
  const { client, citizen } = useSession();
  const { searchParams } = useLocation();
  const paymentId = searchParams.get('paymentId');
  const state = useLoad(
    useCallback(
      async (signal: AbortSignal) => {
        const [dossier, signatures] = await Promise.all([
          client.dossiers.get(code, { signal }),
          client.dossiers.signatures(code, { signal }),
        ]);
        return { dossier, signatures: signatures.items };
      },
      [client, code],
    ),
  );

  return (
    <Page title={t('dossier.title', { code })}>
      <Loading state={state}>
        {({ dossier, signatures }) => {
          const totals = feeTotals(dossier.fees);
          const payable = totals.due > 0 && !CLOSED.has(dossier.status);
          const pay = {
            dossierCode: code,
            amount: totals.due,
            returnUrl: `${location.origin}/ho-so/${encodeURIComponent(code)}`,
          };
          return (
            <>
              {/* The status itself is the tracker's below: it follows the dossier live, a line here would go stale. */}
              <p className="portal-lead">
                <Vi>{dossier.procedure.name}</Vi>
              </p>
              {searchParams.has('moi') ? (
                <section className="portal-notice" data-variant="success" aria-labelledby="filed-heading">
                  <h2 id="filed-heading">{t('dossier.submitted')}</h2>
                  <p>
                    {t('dossier.submittedTo')} <Vi>{dossier.receivingAgency?.name}</Vi>.{' '}
                    {t('dossier.nextSteps')}
                  </p>
                </section>
              ) : null}

              {citizen && dossier.code ? (
                <SignedDocuments
                  dossier={{ ...dossier, code: dossier.code }}
                  signatures={signatures}
                  signer={{
                    name: citizen.name,
                    ...(citizen.citizenId ? { citizenId: citizen.citizenId } : {}),
                  }}
                />
              ) : null}

              <div className="portal-section">
                <FeeSummary
                  fees={dossier.fees}
                  title={t('dossier.pay.title')}
                  action={payable && !paymentId ? <PayButton {...pay} /> : undefined}
                />
                {/* Back from the gateway: the button reads the payment until it is final and says how it ended. */}
                {paymentId ? <PayButton {...pay} paymentId={paymentId} /> : null}
              </div>

              <div className="portal-section">
                <StatusTracker dossierCode={code} headingLevel={2} />
              </div>
            </>
          );
        }}
      </Loading>
    </Page>
  );
}
