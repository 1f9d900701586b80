import type { Locale } from '@motcua/core';
import { MotcuaProvider, type Theme, useT } from '@motcua/react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { portalMessages } from './messages';
import { CallbackPage } from './pages/CallbackPage';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ProcedurePage } from './pages/ProcedurePage';
import { Link, useLocation } from './router';
import { SessionProvider, signIn, useSession } from './session';

// The heavier pages load when first visited: the e-form, the signing dialog and the tracker stay out of the
// first page's script.
const ApplyPage = lazy(() => import('./pages/ApplyPage').then((m) => ({ default: m.ApplyPage })));
const DossierPage = lazy(() => import('./pages/DossierPage').then((m) => ({ default: m.DossierPage })));
const DossiersPage = lazy(() => import('./pages/DossiersPage').then((m) => ({ default: m.DossiersPage })));
const OfficerPage = lazy(() => import('./pages/OfficerPage').then((m) => ({ default: m.OfficerPage })));

const LOCALE_KEY = 'motcua.portal.locale';
const THEME_KEY = 'motcua.portal.theme';

function stored<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const value = localStorage.getItem(key);
    return allowed.includes(value as T) ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

/** The portal: the language and theme the visitor chose (remembered on the device), the session, the pages. */
export function App({ apiUrl }: { apiUrl: string }) {
  const [locale, setLocale] = useState<Locale>(() => stored(LOCALE_KEY, ['vi', 'en'], 'vi'));
  const [theme, setTheme] = useState<Theme>(() => stored(THEME_KEY, ['system', 'light', 'dark'], 'system'));
  useEffect(() => {
    // The whole document, not only the provider's box: the page background and the browser's own UI follow.
    document.documentElement.lang = locale;
    document.documentElement.dataset.theme = theme;
    localStorage.setItem(LOCALE_KEY, locale);
    localStorage.setItem(THEME_KEY, theme);
  }, [locale, theme]);
  return (
    <SessionProvider apiUrl={apiUrl} locale={locale}>
      <Shell locale={locale} theme={theme} onLocale={setLocale} onTheme={setTheme} />
    </SessionProvider>
  );
}

interface ShellProps {
  locale: Locale;
  theme: Theme;
  onLocale(locale: Locale): void;
  onTheme(theme: Theme): void;
}

function Shell({ locale, theme, onLocale, onTheme }: ShellProps) {
  const { client } = useSession();
  return (
    <MotcuaProvider client={client} locale={locale} theme={theme}>
      <Layout locale={locale} theme={theme} onLocale={onLocale} onTheme={onTheme} />
    </MotcuaProvider>
  );
}

function Layout({ locale, theme, onLocale, onTheme }: ShellProps) {
  const t = useT(portalMessages);
  const { pathname } = useLocation();
  const { citizen, apiUrl, signOut } = useSession();
  const current = (prefix: string) =>
    (prefix === '/' ? pathname === '/' || pathname.startsWith('/thu-tuc') : pathname.startsWith(prefix))
      ? 'page'
      : undefined;
  return (
    <div className="portal">
      <a className="portal-skip" href="#main">
        {t('portal.skip')}
      </a>
      <header className="portal-header">
        <div className="portal-header__inner">
          <Link to="/" className="portal-brand">
            <span className="portal-brand__name">{t('portal.name')}</span>
            <span className="portal-brand__tagline">{t('portal.tagline')}</span>
          </Link>
          <div className="portal-tools">
            <button
              type="button"
              className="motcua-link-button portal-language"
              lang={locale === 'vi' ? 'en' : 'vi'}
              aria-label={t('portal.languageLabel')}
              onClick={() => onLocale(locale === 'vi' ? 'en' : 'vi')}
            >
              {t('portal.language')}
            </button>
            <label className="portal-theme">
              <span>{t('portal.theme')}</span>{' '}
              <select
                className="motcua-input portal-select"
                value={theme}
                onChange={(event) => onTheme(event.currentTarget.value as Theme)}
              >
                <option value="system">{t('portal.theme.system')}</option>
                <option value="light">{t('portal.theme.light')}</option>
                <option value="dark">{t('portal.theme.dark')}</option>
              </select>
            </label>
            {citizen ? (
              <span className="portal-account">
                <span>{t('portal.signedInAs', { name: citizen.name })}</span>{' '}
                <button type="button" className="motcua-link-button" onClick={signOut}>
                  {t('portal.signOut')}
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="motcua-link-button"
                onClick={() => void signIn(apiUrl, location.pathname + location.search)}
              >
                {t('portal.signIn')}
              </button>
            )}
          </div>
        </div>
        <nav className="portal-nav" aria-label={t('portal.nav')}>
          <ul className="portal-nav__list">
            <li>
              <Link to="/" aria-current={current('/')}>
                {t('portal.nav.search')}
              </Link>
            </li>
            <li>
              <Link to="/ho-so" aria-current={current('/ho-so')}>
                {t('portal.nav.dossiers')}
              </Link>
            </li>
            <li>
              <Link to="/can-bo" aria-current={current('/can-bo')}>
                {t('portal.nav.officer')}
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" className="portal-main" tabIndex={-1}>
        <Suspense
          fallback={
            <p className="portal-muted" role="status">
              {t('portal.loading')}
            </p>
          }
        >
          <Routes pathname={pathname} />
        </Suspense>
      </main>
      <footer className="portal-footer">
        <p className="portal-footer__inner">{t('portal.footer')}</p>
      </footer>
    </div>
  );
}

function Routes({ pathname }: { pathname: string }) {
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, ...rest] = segments;
  if (rest.length > 0) return <NotFoundPage />;
  if (!first) return <HomePage />;
  if (first === 'thu-tuc' && second) return <ProcedurePage key={second} code={second} />;
  if (first === 'nop-ho-so' && second) return <ApplyPage key={second} code={second} />;
  if (first === 'ho-so') return second ? <DossierPage key={second} code={second} /> : <DossiersPage />;
  if (first === 'can-bo' && !second) return <OfficerPage />;
  if (first === 'auth' && second === 'callback') return <CallbackPage />;
  return <NotFoundPage />;
}
