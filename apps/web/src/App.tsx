import { ConfigProvider, Layout } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { AppHeader } from './components/AppHeader.tsx';
import { HealthFooter } from './components/HealthFooter.tsx';
import { type Language, useI18n } from './i18n/index.ts';
import { ApprovalsPage } from './pages/ApprovalsPage.tsx';
import { CaseListPage } from './pages/CaseListPage.tsx';
import { CasePage } from './pages/CasePage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NewCasePage } from './pages/NewCasePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ReviewInboxPage } from './pages/ReviewInboxPage.tsx';
import { TemplatesPage } from './pages/TemplatesPage.tsx';
import { TenantsPage } from './pages/TenantsPage.tsx';
import { type Route, useRoute } from './routing.ts';
import { isPortalPath, PortalApp } from './portal/index.ts';

// antd's own strings (pagination, empty tables, date pickers) follow the same switch as ours.
const ANTD_LOCALE = { 'zh-CN': zhCN, en: enUS } satisfies Record<Language, typeof zhCN>;

function PageFor({ route }: { route: Route }) {
  switch (route.page) {
    case 'tenants':
      return <TenantsPage />;
    case 'login':
      return <LoginPage />;
    case 'cases':
      return <CaseListPage />;
    case 'new-case':
      return <NewCasePage />;
    case 'case':
      // Keyed so moving between cases starts from a fresh page, not the previous case's state.
      return <CasePage key={route.id} id={route.id} />;
    case 'reviews':
      return <ReviewInboxPage />;
    case 'approvals':
      return <ApprovalsPage />;
    case 'templates':
      return <TemplatesPage />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

export function App() {
  // The public portal (/p/<tenant>) routes on the path and has its own layout; everything else is the officers' app.
  if (isPortalPath(window.location.pathname)) return <PortalApp />;
  return <OfficerApp />;
}

function OfficerApp() {
  const { language } = useI18n();
  const route = useRoute();
  return (
    <ConfigProvider locale={ANTD_LOCALE[language]}>
      <Layout style={{ minHeight: '100vh' }}>
        <AppHeader route={route} />
        <Layout.Content style={{ padding: '24px 48px', maxWidth: 1280, width: '100%', margin: '0 auto' }}>
          <PageFor route={route} />
        </Layout.Content>
        <HealthFooter />
      </Layout>
    </ConfigProvider>
  );
}
