import { SignaturePrompt, useLocale, useT } from '@motcua/react';
import type { Dossier, DossierSignature } from '@motcua/sdk';
import { useState } from 'react';
import { portalMessages } from '../messages';
import { formatDate } from '../page';
import { useSession } from '../session';

/** Statuses in which a dossier takes no more signatures: processed, or closed (refused, withdrawn, returned, stopped). */
const SEALED = new Set([3, 7, 8, 9, 10]);

interface SignedDocumentsProps {
  dossier: Dossier & { code: string };
  /** The dossier's signatures as the platform lists them. */
  signatures: readonly DossierSignature[];
  /** Who signs: the signed-in citizen. */
  signer: { name: string; citizenId?: string };
}

/**
 * The dossier's filed documents, each signed remotely over the SHA-256 the platform recorded for it; the
 * signature is attached to the dossier, so it is there on any device and after any reload.
 */
export function SignedDocuments({ dossier, signatures, signer }: SignedDocumentsProps) {
  const t = useT(portalMessages);
  const locale = useLocale();
  const { client } = useSession();
  const [attached, setAttached] = useState<DossierSignature[]>([]);
  const [failed, setFailed] = useState(false);
  const signatureOf = (fileId: string) =>
    [...signatures, ...attached].find((signature) => signature.fileId === fileId);
  const files = dossier.documents.flatMap((document) =>
    document.files.map((file) => ({ componentId: document.componentId, file })),
  );
  if (files.length === 0) return null;

  return (
    <section className="portal-section" aria-labelledby="sign-heading">
      <h2 id="sign-heading">{t('dossier.sign.title')}</h2>
      <p>{t('dossier.sign.body')}</p>
      {failed ? (
        <div className="portal-notice" data-variant="error" role="alert">
          <p>{t('dossier.sign.failed')}</p>
        </div>
      ) : null}
      <ul className="portal-list">
        {files.map(({ componentId, file }) => {
          const signature = signatureOf(file.fileId);
          return (
            <li key={file.fileId}>
              <bdi>{file.name}</bdi>:{' '}
              {signature ? (
                t('dossier.sign.done', {
                  time: formatDate(signature.signedAt, locale, true),
                  signer: signature.signer.name,
                })
              ) : SEALED.has(dossier.status) ? (
                t('dossier.sign.unsigned')
              ) : (
                <SignaturePrompt
                  document={{ name: file.name, sha256: file.sha256 }}
                  signer={signer}
                  triggerLabel={t('dossier.sign.action', { name: file.name })}
                  onSigned={(result) => {
                    setFailed(false);
                    client.dossiers
                      .attachSignature(dossier.code, { requestId: result.requestId, componentId })
                      .then(
                        (signed) => setAttached((list) => [...list, signed]),
                        () => setFailed(true),
                      );
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
