import { PortalLink } from '../portal-navigation.tsx';
import { portalHref } from '../portal-routes.ts';
import { usePortalText } from '../portal-text.ts';

export function PortalNotFound({ tenant }: { tenant: string | null }) {
  const { t } = usePortalText();
  return (
    <section className="portal-page" data-testid="portal-not-found">
      <p role="alert">{tenant ? t('portal.notFound') : t('portal.unknownTenant')}</p>
      {tenant ? <PortalLink href={portalHref(tenant, 'home')}>{t('nav.home')}</PortalLink> : <a href="/">{t('nav.home')}</a>}
    </section>
  );
}
