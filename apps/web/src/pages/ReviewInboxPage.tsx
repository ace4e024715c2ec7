import { useQuery } from '@tanstack/react-query';
import { Col, Empty, Row, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { ReviewWork } from '../components/review/ReviewWork.tsx';
import { SignInRequired } from '../components/SignInRequired.tsx';
import { useI18n } from '../i18n/index.ts';
import { useSession } from '../session.ts';
import { trpc, type ReviewInboxItem } from '../trpc.ts';

/** The reviewer's inbox: assigned reviews with their due dates, overdue ones in red, and the review itself beside. */
export function ReviewInboxPage() {
  const { t, tEnum } = useI18n();
  const session = useSession();
  const signedIn = Boolean(session.data);
  const inbox = useQuery({ queryKey: ['case', 'reviewInbox', session.data?.id], queryFn: () => trpc.workspace.reviewInbox.query(), enabled: signedIn });
  const [selected, setSelected] = useState<string | null>(null);

  if (session.isPending) return <PageLoading />;
  if (!signedIn) return <SignInRequired />;
  if (inbox.isError) return <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} testId="review-inbox-error" />;
  const current = inbox.data?.find((review) => review.id === selected) ?? null;

  return (
    <section>
      <Typography.Title level={2}>{t('reviewer.title')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} lg={current ? 10 : 24}>
          <Table<ReviewInboxItem>
            data-testid="review-inbox"
            rowKey="id"
            size="small"
            loading={inbox.isPending}
            dataSource={inbox.data ?? []}
            pagination={false}
            locale={{ emptyText: inbox.isPending ? ' ' : <Empty description={t('reviewer.empty')} /> }}
            onRow={(review) => ({ onClick: () => setSelected(review.id), style: { cursor: 'pointer' }, 'data-testid': `review-${review.case.number}` }) as never}
            columns={[
              { key: 'case', title: t('cases.number'), render: (_, review) => <Typography.Text code>{review.case.number}</Typography.Text> },
              { key: 'title', title: t('cases.caseTitle'), render: (_, review) => review.case.title },
              { key: 'status', title: t('review.status'), render: (_, review) => <Tag>{tEnum('reviewStatus', review.status)}</Tag> },
              { key: 'round', title: t('review.round'), dataIndex: 'round' },
              {
                key: 'due', title: t('review.due'),
                render: (_, review) => review.due
                  ? <Tag color={review.overdue ? 'red' : 'default'} data-testid={`review-due-${review.case.number}`}>{review.due}{review.overdue ? ` · ${t('reviewer.overdue')}` : ''}</Tag>
                  : <Typography.Text type="secondary">{t('review.clockNotStarted')}</Typography.Text>,
              },
            ]}
          />
        </Col>
        {current && (
          <Col xs={24} lg={14}>
            <ReviewWork key={`${current.id}-${current.version}`} review={current} />
          </Col>
        )}
      </Row>
    </section>
  );
}
