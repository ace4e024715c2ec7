import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Form, Input, Radio, Select, Space, Table, Tag, message } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { hrefOf } from '../../routing.ts';
import { trpc, type HeadInbox } from '../../trpc.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { RefusalAlert } from '../RefusalAlert.tsx';

type Review = HeadInbox['reviews'][number];

function Assign({ review, reviewers }: { review: Review; reviewers: HeadInbox['reviewers'] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [reviewerId, setReviewerId] = useState<string | undefined>(reviewers.find((each) => each.own)?.id ?? reviewers[0]?.id);
  const assign = useMutation({
    mutationFn: () => trpc.review.assign.mutate({ reviewId: review.id, reviewerId: reviewerId!, expectedVersion: review.version }),
    onSuccess: async () => {
      void message.success(t('head.assigned'));
      await queryClient.invalidateQueries({ queryKey: ['case'] });
    },
  });
  return (
    <Space orientation="vertical">
      <Space>
        <Select style={{ minWidth: 220 }} value={reviewerId} onChange={setReviewerId} data-testid={`assign-reviewer-${review.case.number}`}
          options={reviewers.map((each) => ({ value: each.id, label: `${each.displayName}（${each.unit}）` }))} />
        <Button type="primary" size="small" disabled={!reviewerId} loading={assign.isPending} onClick={() => assign.mutate()} data-testid={`assign-${review.case.number}`}>{t('head.assign')}</Button>
      </Space>
      {assign.isError && <RefusalAlert error={assign.error} testId="assign-refusal" />}
    </Space>
  );
}

function Coordinate({ review }: { review: Review }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const coordinate = useMutation({
    mutationFn: (values: { by: 'HEAD' | 'COLLECTIVE_DISCUSSION'; outcome: 'PROCEED' | 'DO_NOT_PROCEED'; note: string }) => trpc.review.coordinate.mutate({ reviewId: review.id, expectedVersion: review.version, ...values }),
    onSuccess: async () => {
      void message.success(t('head.coordinated'));
      await queryClient.invalidateQueries({ queryKey: ['case'] });
    },
  });
  return (
    <Form layout="vertical" size="small" initialValues={{ by: 'COLLECTIVE_DISCUSSION', outcome: 'PROCEED' }} onFinish={(values) => coordinate.mutate(values)}>
      <Form.Item name="by" label={t('head.coordinateBy')}>
        <Radio.Group options={[{ value: 'HEAD', label: t('head.byHead') }, { value: 'COLLECTIVE_DISCUSSION', label: t('head.byDiscussion') }]} />
      </Form.Item>
      <Form.Item name="outcome" label={t('head.outcome')}>
        <Radio.Group options={[{ value: 'PROCEED', label: t('head.proceed') }, { value: 'DO_NOT_PROCEED', label: t('head.doNotProceed') }]} />
      </Form.Item>
      <Form.Item name="note" label={t('head.note')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}><Input.TextArea rows={2} /></Form.Item>
      {coordinate.isError && <ErrorAlert error={coordinate.error} />}
      <Button htmlType="submit" type="primary" loading={coordinate.isPending}>{t('head.recordOutcome')}</Button>
    </Form>
  );
}

/** Reviews to assign to a reviewer of the legal-review body, and disagreements to settle (coordination). */
export function ReviewAssignments({ inbox }: { inbox: HeadInbox }) {
  const { t, tEnum } = useI18n();
  return (
    <Card title={t('head.reviews')} size="small" data-testid="head-reviews">
      <Table<Review>
        size="small"
        rowKey="id"
        dataSource={inbox.reviews}
        pagination={false}
        locale={{ emptyText: <Empty description={t('head.noReviews')} /> }}
        columns={[
          { key: 'number', title: t('cases.number'), render: (_, review) => <a href={hrefOf({ page: 'case', id: review.case.id })}>{review.case.number}</a> },
          { key: 'title', title: t('cases.caseTitle'), render: (_, review) => review.case.title },
          { key: 'status', title: t('review.status'), render: (_, review) => <Tag>{tEnum('reviewStatus', review.status)}</Tag> },
          { key: 'action', title: '', render: (_, review) => (review.status === 'SUBMITTED' ? <Assign review={review} reviewers={inbox.reviewers} /> : <Coordinate review={review} />) },
        ]}
      />
    </Card>
  );
}
