import { useT } from '@motcua/react';
import { portalMessages } from '../messages';
import { Page } from '../page';
import { Link } from '../router';

export function NotFoundPage() {
  const t = useT(portalMessages);
  return (
    <Page title={t('portal.notFound.title')}>
      <p>{t('portal.notFound.body')}</p>
      <p>
        <Link to="/" className="motcua-link">
          {t('portal.home')}
        </Link>
      </p>
    </Page>
  );
}
