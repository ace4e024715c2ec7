import { Flex, Layout, Menu, Typography } from 'antd';
import { useI18n } from '../i18n/index.ts';
import { pagesFor } from '../role-pages.ts';
import { hrefOf, type Route } from '../routing.ts';
import { useSession } from '../session.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SessionArea } from './SessionArea.tsx';

function activeMenuKey(route: Route): string {
  return route.page === 'case' || route.page === 'cases' || route.page === 'new-case' ? 'cases' : route.page;
}

export function AppHeader({ route }: { route: Route }) {
  const { t } = useI18n();
  const session = useSession();
  const items = [
    { key: 'tenants', label: <a href={hrefOf({ page: 'tenants' })}>{t('nav.tenants')}</a> },
    ...pagesFor(session.data?.roles ?? []).map((page) => ({ key: page, label: <a href={hrefOf({ page })} data-testid={`nav-${page}`}>{t(`nav.${page}`)}</a> })),
  ];
  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#fff', borderBottom: '1px solid #f0f0f0' }}>
      <Typography.Title level={4} style={{ margin: 0, lineHeight: 1.3, flex: '0 1 auto', minWidth: 0 }} data-testid="product-name">
        <a href={hrefOf({ page: 'tenants' })} style={{ color: 'inherit' }}>
          {t('app.title')}
        </a>
      </Typography.Title>
      {/* A few items never need an overflow menu; without this antd folds "My cases" into "…" beside the long English
          title. The title, not the menu, is what wraps when the header is short of room. */}
      <Menu mode="horizontal" disabledOverflow selectedKeys={[activeMenuKey(route)]} items={items} style={{ flex: '1 0 auto', borderBottom: 'none' }} />
      <Flex gap={16} align="center" style={{ flexShrink: 0 }}>
        <LanguageSwitch />
        <SessionArea />
      </Flex>
    </Layout.Header>
  );
}
