import { dossierStatusLabel } from '@motcua/core';
import {
  FeeSummary,
  feeTotals,
  PayButton,
  SignaturePrompt,
  StatusTracker,
  useLocale,
  useT,
} from '@motcua/react';
import type { Dossier } from '@motcua/sdk';
import { useCallback, useState } from 'react';
import { portalMessages } from '../messages';
import { formatDate, Loading, Page, useLoad, Vi } from '../page';
import { useLocation } from '../router';
import { useSession } from '../session';

/** Statuses in which nothing is paid any more: draft, refused, withdrawn, result returned, stopped. */
const CLOSED = new Set([0, 3, 7, 8, 10]);

const signatureKey = (code: string) => `motcua.portal.signature.${code}`;

/**
 * What the platform was sent, as bytes to sign: the procedure and the answers of the submitted dossier, in a
 * fixed shape, hashed on the device by the signature prompt.
 */
function declarationBytes(dossier: Dossier): Uint8Array {
  const declaration = { code: dossier.code, procedure: dossier.procedure.code, formData: dossier.formData };
  return new TextEncoder().encode(JSON.stringify(declaration));
}

/** One dossier after filing: sign the form, pay the fees, follow its status live. */
export function DossierPage({ code }: { code: string }) {
  const t = useT(portalMessages);
  const locale = useLocale();
  const { client, citizen } = useSession();
  const { searchParams } = useLocation();
  const paymentId = searchParams.get('paymentId');
  const state = useLoad(
    useCallback(
      async (signal: AbortSignal) => {
        const [dossier, payment] = await Promise.all([
          client.dossiers.get(code, { signal }),
          paymentId ? client.payments.get(paymentId, { signal }) : undefined,
        ]);
        return { dossier, payment };
      },
      [client, code, paymentId],
    ),
  );
  const [signedAt, setSignedAt] = useState(() => localStorage.getItem(signatureKey(code)) ?? undefined);

  return (
    <Page title={t('dossier.title', { code })}>
      <Loading state={state}>
        {({ dossier, payment }) => {
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
                <section className="portal-section" aria-labelledby="sign-heading">
                  <h2 id="sign-heading">{t('dossier.sign.title')}</h2>
                  {signedAt ? (
                    <p>{t('dossier.sign.done', { time: formatDate(signedAt, locale, true) })}</p>
                  ) : (
                    <>
                      <p>{t('dossier.sign.body')}</p>
                      <SignaturePrompt
                        document={{ name: `to-khai-${dossier.code}.json`, bytes: declarationBytes(dossier) }}
                        signer={{
                          name: citizen.name,
                          ...(citizen.citizenId ? { citizenId: citizen.citizenId } : {}),
                        }}
                        onSigned={(result) => {
                          const at = result.signedAt;
                          localStorage.setItem(signatureKey(code), at);
                          setSignedAt(at);
                        }}
                      />
                    </>
                  )}
                </section>
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
