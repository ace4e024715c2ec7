import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Input, Select, Table, type TableColumnsType, type TableProps, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { SignInRequired } from '../components/SignInRequired.tsx';
import { useI18n } from '../i18n/index.ts';
import { hrefOf, navigate } from '../routing.ts';
import { useSession } from '../session.ts';
import { type CaseFilters, filterCases } from '../case-filters.ts';
import { type CaseListItem, trpc } from '../trpc.ts';

// The whole row opens the case (the title stays a real link for keyboard and middle-click); the test id
// lets journeys find a case by its id.
const rowProps: TableProps<CaseListItem>['onRow'] = (item) => {
  const props = {
    'data-testid': `case-${item.id}`,
    style: { cursor: 'pointer' },
    onClick: () => navigate({ page: 'case', id: item.id }),
  };
  return props;
};

/** The cases the signed-in person may read; the server decides which (CASL), the page only lists and filters them. */
export function CaseListPage() {
  const { t, tEnum, formatDate } = useI18n();
  const session = useSession();
  const signedIn = Boolean(session.data);
  // Keyed by user so switching accounts never shows the previous person's list from cache.
  const cases = useQuery({
    queryKey: ['case', 'list', session.data?.id],
    queryFn: () => trpc.case.list.query({ take: 200 }),
    enabled: signedIn,
  });
  const [filters, setFilters] = useState<CaseFilters>({ text: '', stage: undefined, type: undefined });
  const shown = useMemo(() => filterCases(cases.data ?? [], filters), [cases.data, filters]);
  const stages = useMemo(() => [...new Set((cases.data ?? []).map((item) => item.stage))], [cases.data]);
  const types = useMemo(() => [...new Set((cases.data ?? []).map((item) => item.type))], [cases.data]);
  const canOpen = session.data?.roles.includes('OFFICER') ?? false;

  if (session.isPending) return <PageLoading />;
  if (session.isError) return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  if (!signedIn) return <SignInRequired />;

  const columns: TableColumnsType<CaseListItem> = [
    { key: 'number', title: t('cases.number'), dataIndex: 'number', render: (number: string) => <Typography.Text code>{number}</Typography.Text> },
    {
      key: 'title',
      title: t('cases.caseTitle'),
      dataIndex: 'title',
      render: (title: string, item) => <a href={hrefOf({ page: 'case', id: item.id })}>{title}</a>,
    },
    { key: 'type', title: t('cases.type'), dataIndex: 'type', render: (type: string) => tEnum('caseType', type) },
    { key: 'procedure', title: t('cases.procedure'), dataIndex: 'procedure', render: (procedure: string) => tEnum('procedure', procedure) },
    { key: 'stage', title: t('cases.stage'), dataIndex: 'stage', render: (stage: string) => <Tag color="processing">{tEnum('stage', stage)}</Tag> },
    { key: 'actDate', title: t('cases.actDate'), dataIndex: 'actDate', render: (date: Date) => formatDate(date) },
    { key: 'department', title: t('cases.department'), render: (_: unknown, item) => item.department.name },
  ];

  return (
    <section>
      <Flex justify="space-between" align="center">
        <Typography.Title level={2}>{t('cases.title')}</Typography.Title>
        {canOpen && (
          <Button type="primary" href={hrefOf({ page: 'new-case' })} data-testid="new-case">
            {t('cases.new')}
          </Button>
        )}
      </Flex>
      <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="case-filters">
        <Input.Search allowClear placeholder={t('cases.search')} style={{ width: 280 }} onChange={(event) => setFilters({ ...filters, text: event.target.value })} data-testid="case-filter-text" />
        <Select allowClear placeholder={t('cases.stage')} style={{ width: 180 }} value={filters.stage} onChange={(stage?: string) => setFilters({ ...filters, stage })} options={stages.map((stage) => ({ value: stage, label: tEnum('stage', stage) }))} data-testid="case-filter-stage" />
        <Select allowClear placeholder={t('cases.type')} style={{ width: 180 }} value={filters.type} onChange={(type?: string) => setFilters({ ...filters, type })} options={types.map((type) => ({ value: type, label: tEnum('caseType', type) }))} data-testid="case-filter-type" />
      </Flex>
      {cases.isError ? (
        <ErrorAlert error={cases.error} onRetry={() => void cases.refetch()} testId="case-list-error" />
      ) : (
        <div data-testid="case-list">
          <Table<CaseListItem>
            rowKey="id"
            columns={columns}
            dataSource={shown}
            loading={cases.isPending}
            onRow={rowProps}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: cases.isPending ? ' ' : <Empty description={t('cases.empty')} /> }}
          />
        </div>
      )}
    </section>
  );
}
