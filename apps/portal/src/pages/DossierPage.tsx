import { dossierStatusLabel } from '@motcua/core';
import { FeeSummary, feeTotals, PayButton, StatusTracker, useLocale, useT } from '@motcua/react';
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
  const locale = useLocale();
  const { client, citizen } = useSession();
  const { searchParams } = useLocation();
  const paymentId = searchParams.get('paymentId');
  const state = useLoad(
    useCallback(
      async (signal: AbortSignal) => {
        const [dossier, signatures, payment] = await Promise.all([
          client.dossiers.get(code, { signal }),
          client.dossiers.signatures(code, { signal }),
          paymentId ? client.payments.get(paymentId, { signal }) : undefined,
        ]);
        return { dossier, signatures: signatures.items, payment };
      },
      [client, code, paymentId],
    ),
  );

  return (
    <Page title={t('dossier.title', { code })}>
      <Loading state={state}>
        {({ dossier, signatures, payment }) => {
          const totals = feeTotals(dossier.fees);
          const payable = totals.due > 0 && !CLOSED.has(dossier.status);
          return (
            <>
              <p className="portal-lead">
                <Vi>{dossier.procedure.name}</Vi> · {dossierStatusLabel(dossier.status, locale)}
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
              {payment ? (
                <div
                  className="portal-notice"
                  data-variant={payment.status === 'paid' ? 'success' : 'error'}
                  role="status"
                >
                  <p>
                    {payment.status === 'paid'
                      ? t('dossier.pay.paid', { id: payment.id })
                      : t('dossier.pay.failed')}
                  </p>
                </div>
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
                  action={
                    payable ? (
                      <PayButton
                        dossierCode={code}
                        amount={totals.due}
                        returnUrl={`${location.origin}/ho-so/${encodeURIComponent(code)}`}
                      />
                    ) : undefined
                  }
                />
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
