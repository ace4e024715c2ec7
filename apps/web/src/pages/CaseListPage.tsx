import { useQuery } from '@tanstack/react-query';
import { Empty, Table, type TableColumnsType, type TableProps, Tag, Typography } from 'antd';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { SignInRequired } from '../components/SignInRequired.tsx';
import { useI18n } from '../i18n/index.ts';
import { hrefOf, navigate } from '../routing.ts';
import { useSession } from '../session.ts';
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

/** The cases the signed-in person may read; the server decides which (CASL), the page only lists them. */
export function CaseListPage() {
  const { t, tEnum, formatDate } = useI18n();
  const session = useSession();
  const signedIn = Boolean(session.data);
  // Keyed by user so switching accounts never shows the previous person's list from cache.
  const cases = useQuery({
    queryKey: ['case', 'list', session.data?.id],
    queryFn: () => trpc.case.list.query(),
    enabled: signedIn,
  });

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
      <Typography.Title level={2}>{t('cases.title')}</Typography.Title>
      {cases.isError ? (
        <ErrorAlert error={cases.error} onRetry={() => void cases.refetch()} testId="case-list-error" />
      ) : (
        <div data-testid="case-list">
          <Table<CaseListItem>
            rowKey="id"
            columns={columns}
            dataSource={cases.data ?? []}
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
