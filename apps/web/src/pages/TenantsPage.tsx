import { Empty, Table, type TableColumnsType, type TableProps, Typography } from 'antd';
import { DepartmentTable } from '../components/DepartmentTable.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useI18n } from '../i18n/index.ts';
import { useTenantDirectory } from '../tenant-directory.ts';
import type { TenantSummary } from '../trpc.ts';

// Test hooks on each row: the end-to-end journeys find a tenant by its code.
const rowProps: TableProps<TenantSummary>['onRow'] = (tenant) => {
  const props = { 'data-testid': `tenant-${tenant.code}`, style: { cursor: 'pointer' } };
  return props;
};

/** Enforcement bodies are disclosed before they act (事前公开), so this page is public and is the home page. */
export function TenantsPage() {
  const { t, tEnum } = useI18n();
  const directory = useTenantDirectory();

  const columns: TableColumnsType<TenantSummary> = [
    { key: 'name', title: t('tenants.name'), dataIndex: 'name', render: (name: string) => <strong>{name}</strong> },
    { key: 'code', title: t('tenants.code'), dataIndex: 'code' },
    { key: 'region', title: t('tenants.region'), dataIndex: 'region' },
    { key: 'level', title: t('tenants.level'), dataIndex: 'level', render: (level: string) => tEnum('level', level) },
    {
      key: 'departments',
      title: t('tenants.departmentCount'),
      align: 'right',
      render: (_: unknown, tenant) => tenant.departments.length,
    },
  ];

  return (
    <section>
      <Typography.Title level={2}>{t('tenants.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('tenants.intro')}</Typography.Paragraph>
      {directory.isError ? (
        <ErrorAlert error={directory.error} onRetry={() => void directory.refetch()} testId="tenant-list-error" />
      ) : (
        <div data-testid="tenant-list">
          <Table<TenantSummary>
            rowKey="code"
            columns={columns}
            dataSource={directory.data ?? []}
            loading={directory.isPending}
            onRow={rowProps}
            pagination={false}
            expandable={{
              expandRowByClick: true,
              expandedRowRender: (tenant) => <DepartmentTable tenantCode={tenant.code} departments={tenant.departments} />,
            }}
            locale={{ emptyText: directory.isPending ? ' ' : <Empty description={t('tenants.empty')} /> }}
          />
        </div>
      )}
    </section>
  );
}
