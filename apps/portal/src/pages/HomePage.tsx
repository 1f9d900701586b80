import { ProcedureSearch, useLocale, useT } from '@motcua/react';
import { portalMessages } from '../messages';
import { Page } from '../page';
import { Link, navigate } from '../router';

/** A few procedures most people look for, as plain links beside the search. */
const POPULAR = [
  { code: '2.000635', vi: 'Cấp bản sao Trích lục hộ tịch', en: 'Copy of a civil status extract' },
  { code: '1.001193', vi: 'Thủ tục đăng ký khai sinh', en: 'Birth registration' },
  { code: '1.004194', vi: 'Đăng ký tạm trú', en: 'Temporary residence registration' },
] as const;

export function HomePage() {
  const t = useT(portalMessages);
  const locale = useLocale();
  return (
    <Page title={t('home.title')}>
      <p className="portal-lead">{t('home.intro')}</p>
      <ProcedureSearch id="tim-thu-tuc" onSelect={(procedure) => navigate(`/thu-tuc/${procedure.code}`)} />
      <section className="portal-section" aria-labelledby="popular-heading">
        <h2 id="popular-heading">{t('home.popular')}</h2>
        <ul className="portal-list">
          {POPULAR.map((procedure) => (
            <li key={procedure.code}>
              <Link to={`/thu-tuc/${procedure.code}`} className="motcua-link">
                {procedure[locale]}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
