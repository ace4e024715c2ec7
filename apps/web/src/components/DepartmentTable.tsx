import { Table, type TableColumnsType, Tag } from 'antd';
import { useI18n } from '../i18n/index.ts';
import type { TenantSummary } from '../trpc.ts';

type Department = TenantSummary['departments'][number];

const TYPE_COLOUR: Record<string, string> = {
  ENFORCEMENT_AGENCY: 'blue',
  LEGAL_REVIEW_BODY: 'purple',
  JUDICIAL_BUREAU: 'gold',
};

/** The departments of one tenant, shown when its row in the tenant list is expanded. */
export function DepartmentTable({ tenantCode, departments }: { tenantCode: string; departments: Department[] }) {
  const { t, tEnum } = useI18n();
  const columns: TableColumnsType<Department> = [
    { key: 'name', title: t('departments.name'), dataIndex: 'name' },
    {
      key: 'type',
      title: t('departments.type'),
      dataIndex: 'type',
      render: (type: string) => <Tag color={TYPE_COLOUR[type]}>{tEnum('departmentType', type)}</Tag>,
    },
    { key: 'domain', title: t('departments.domain'), dataIndex: 'domain', render: (domain: string | null) => domain ?? '—' },
  ];
  return (
    <Table<Department>
      data-testid={`departments-${tenantCode}`}
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={departments}
      pagination={false}
      locale={{ emptyText: t('tenants.noDepartments') }}
    />
  );
}
