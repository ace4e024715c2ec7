import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { PortalLayout, useTenantName } from './components/PortalLayout.tsx';
import { PortalNotFound } from './pages/PortalNotFound.tsx';
import { AnnualReportsPage } from './pages/AnnualReportsPage.tsx';
import { BodiesPage } from './pages/BodiesPage.tsx';
import { DecisionDetailPage } from './pages/DecisionDetailPage.tsx';
import { DecisionSearchPage } from './pages/DecisionSearchPage.tsx';
import { DiscretionPage } from './pages/DiscretionPage.tsx';
import { FlowChartsPage } from './pages/FlowChartsPage.tsx';
import { ItemsPage } from './pages/ItemsPage.tsx';
import { OfficersPage } from './pages/OfficersPage.tsx';
import { PortalHomePage } from './pages/PortalHomePage.tsx';
import { RandomInspectionsPage } from './pages/RandomInspectionsPage.tsx';
import { ServiceGuidesPage } from './pages/ServiceGuidesPage.tsx';
import { usePortalRoute } from './portal-navigation.tsx';
import type { PortalRoute } from './portal-routes.ts';
import { type PortalTextKey, usePortalText } from './portal-text.ts';
import './portal.css';

const TITLE: Record<PortalRoute['page'], PortalTextKey> = {
  home: 'nav.home', decisions: 'nav.decisions', decision: 'detail.title', bodies: 'nav.bodies', officers: 'nav.officers',
  items: 'nav.items', guides: 'nav.guides', flow: 'nav.flow', inspections: 'nav.inspections', discretion: 'nav.discretion',
  reports: 'nav.reports', 'not-found': 'portal.notFound',
};

function PortalPage({ route }: { route: PortalRoute }) {
  switch (route.page) {
    case 'home':
      return <PortalHomePage tenant={route.tenant} />;
    case 'decisions':
      return <DecisionSearchPage tenant={route.tenant} params={route.params} />;
    case 'decision':
      return <DecisionDetailPage key={route.id} tenant={route.tenant} id={route.id} />;
    case 'bodies':
      return <BodiesPage tenant={route.tenant} />;
    case 'officers':
      return <OfficersPage tenant={route.tenant} params={route.params} />;
    case 'items':
      return <ItemsPage tenant={route.tenant} params={route.params} />;
    case 'guides':
      return <ServiceGuidesPage tenant={route.tenant} params={route.params} />;
    case 'flow':
      return <FlowChartsPage tenant={route.tenant} />;
    case 'inspections':
      return <RandomInspectionsPage tenant={route.tenant} />;
    case 'discretion':
      return <DiscretionPage tenant={route.tenant} />;
    case 'reports':
      return <AnnualReportsPage tenant={route.tenant} />;
    case 'not-found':
      return <PortalNotFound tenant={route.tenant} />;
  }
}

/**
 * The public portal at /p/<tenant>: no login, only what the portal router serves (published, redacted, within its
 * display period). Its own layout without the officers' header, so nothing of the officers' app shows or prints.
 */
export function PortalApp() {
  const text = usePortalText();
  const route = usePortalRoute();
  const { name, known } = useTenantName(route.tenant ?? '');
  const shown: PortalRoute = known === false ? { page: 'not-found', tenant: null } : route;
  useEffect(() => {
    document.title = `${text.t(TITLE[shown.page])} - ${route.tenant ? `${name} ` : ''}${text.t('portal.title')}`;
  }, [text, shown.page, route.tenant, name]);
  return (
    <ConfigProvider locale={text.language === 'en' ? enUS : zhCN}>
      <PortalLayout route={shown}>
        <PortalPage route={shown} />
      </PortalLayout>
    </ConfigProvider>
  );
}
