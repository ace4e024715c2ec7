import { useQuery } from '@tanstack/react-query';
import { Layout, Space, Tag, Typography } from 'antd';
import { useI18n } from '../i18n/index.ts';
import { trpc } from '../trpc.ts';

/** Version and database kind at a glance, so a bug report says which build and which store it came from. */
export function HealthFooter() {
  const { t } = useI18n();
  const health = useQuery({ queryKey: ['system', 'health'], queryFn: () => trpc.system.health.query(), staleTime: 60_000 });
  return (
    <Layout.Footer style={{ textAlign: 'center' }}>
      <Space orientation="vertical" size={4}>
        <Typography.Text type="secondary">{t('app.footer')}</Typography.Text>
        {health.data && (
          <Space size={4} data-testid="health">
            <Typography.Text type="secondary">{t('app.health')}:</Typography.Text>
            <Tag color={health.data.status === 'ok' ? 'green' : 'orange'}>{health.data.status}</Tag>
            <Tag>{health.data.db}</Tag>
            <Tag>{health.data.version}</Tag>
          </Space>
        )}
      </Space>
    </Layout.Footer>
  );
}
