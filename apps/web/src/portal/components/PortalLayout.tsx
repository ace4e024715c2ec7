import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { useTenantDirectory } from '../../tenant-directory.ts';
import { PortalLink } from '../portal-navigation.tsx';
import { feedHref, portalHref, type PortalRoute, type PortalSection } from '../portal-routes.ts';
import { type PortalTextKey, usePortalText } from '../portal-text.ts';

const NAV: { page: 'home' | 'decisions' | PortalSection; key: PortalTextKey }[] = [
  { page: 'home', key: 'nav.home' },
  { page: 'decisions', key: 'nav.decisions' },
  { page: 'bodies', key: 'nav.bodies' },
  { page: 'officers', key: 'nav.officers' },
  { page: 'items', key: 'nav.items' },
  { page: 'guides', key: 'nav.guides' },
  { page: 'flow', key: 'nav.flow' },
  { page: 'inspections', key: 'nav.inspections' },
  { page: 'discretion', key: 'nav.discretion' },
  { page: 'reports', key: 'nav.reports' },
];

/** The tenant's name for the header, from the public directory; the code itself while it loads or if it is unknown. */
export function useTenantName(tenant: string): { name: string; region: string | null; known: boolean | null } {
  const directory = useTenantDirectory();
  const entry = directory.data?.find((each) => each.code === tenant);
  return { name: entry?.name ?? tenant, region: entry?.region ?? null, known: directory.data ? entry !== undefined : null };
}

export function PortalLayout({ route, children }: { route: PortalRoute; children: ReactNode }) {
  const { t } = usePortalText();
  const tenant = route.tenant;
  const { name, region } = useTenantName(tenant ?? '');
  const active = route.page === 'decision' ? 'decisions' : route.page;
  return (
    <div className="portal">
      <a className="portal-skip" href="#portal-main">{t('portal.skip')}</a>
      <header className="portal-header">
        <div className="portal-header-inner">
          <h1 data-testid="portal-title">
            {tenant ? <PortalLink href={portalHref(tenant, 'home')}>{name} {t('portal.title')}</PortalLink> : t('portal.title')}
            {region && <span className="portal-region">{region}</span>}
          </h1>
          <div className="portal-tools">
            <button type="button" className="portal-print" onClick={() => window.print()}>{t('portal.print')}</button>
            <LanguageSwitch />
          </div>
        </div>
      </header>
      {tenant && (
        <nav className="portal-nav" aria-label={t('portal.title')}>
          <div className="portal-nav-inner">
            <ul>
              {NAV.map((item) => (
                <li key={item.page}>
                  <PortalLink href={portalHref(tenant, item.page)} aria-current={active === item.page ? 'page' : undefined} data-testid={`portal-nav-${item.page}`}>
                    {t(item.key)}
                  </PortalLink>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      )}
      <main id="portal-main" className="portal-main">{children}</main>
      <footer className="portal-footer">
        <div className="portal-footer-inner">
          <span>{t('portal.intro')}</span>
          {tenant && (
            <span className="portal-footer-links">
              {t('portal.feeds')}: <a href={feedHref(tenant, 'atom')} type="application/atom+xml">{t('portal.feedAtom')}</a>
              {' · '}
              <a href={feedHref(tenant, 'json')} type="application/feed+json">{t('portal.feedJson')}</a>
              {' · '}
              <a href="/#/login">{t('portal.officersApp')}</a>
            </span>
          )}
        </div>
      </footer>
    </div>
  );
}
