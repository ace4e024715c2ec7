import { Table, type TableColumnsType } from 'antd';
import { useI18n } from '../i18n/index.ts';
import type { CaseDetail } from '../trpc.ts';

type Party = CaseDetail['parties'][number];

export function CaseParties({ parties }: { parties: Party[] }) {
  const { t, tEnum } = useI18n();
  const columns: TableColumnsType<Party> = [
    { key: 'kind', title: t('case.partyKind'), dataIndex: 'kind', render: (kind: string) => tEnum('partyKind', kind) },
    { key: 'name', title: t('case.partyName'), dataIndex: 'name' },
    { key: 'identifier', title: t('case.partyIdentifier'), dataIndex: 'identifier', render: (value: string | null) => value ?? '—' },
    { key: 'address', title: t('case.partyAddress'), dataIndex: 'address', render: (value: string | null) => value ?? '—' },
  ];
  return (
    <Table<Party>
      data-testid="case-parties"
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={parties}
      pagination={false}
      locale={{ emptyText: t('common.none') }}
    />
  );
}
