import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Tag, Timeline, Typography, message } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import { trpc, type CaseWorkspace } from '../../trpc.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';

type Review = CaseWorkspace['reviews'][number];

const STATUS_COLOUR: Record<string, string> = { SUBMITTED: 'default', IN_REVIEW: 'processing', RETURNED: 'warning', PASSED: 'success', IN_COORDINATION: 'purple', CLOSED: 'default' };

/** The review rounds, oldest first: what was sent, what the reviewer found, and how the handling unit answered. */
interface Round {
  number: number;
  submittedAt: Date;
  response: string | null;
  opinion: string | null;
  problems: string[];
}

export function ReviewRounds({ review }: { review: { rounds: readonly Round[] } }) {
  const { t, tEnum, formatDate } = useI18n();
  return (
    <Timeline
      items={review.rounds.map((round) => ({
        key: round.number,
        color: round.opinion === 'AGREE' ? 'green' : round.opinion ? 'red' : 'blue',
        title: `${t('review.round')} ${round.number} · ${formatDate(round.submittedAt)}`,
        content: (
          <div data-testid={`review-round-${round.number}`}>
            {round.response && <Typography.Paragraph style={{ marginBottom: 4 }}>{t('review.response')}：{round.response}</Typography.Paragraph>}
            {round.opinion ? <Tag color={round.opinion === 'AGREE' ? 'green' : 'red'}>{tEnum('opinion', round.opinion)}</Tag> : <Tag>{t('review.awaiting')}</Tag>}
            {round.problems.length > 0 && (
              <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
                {round.problems.map((problem) => <li key={problem}>{problem}</li>)}
              </ul>
            )}
          </div>
        ),
      }))}
    />
  );
}

function Resubmit({ review, caseId }: { review: Review; caseId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const resubmit = useMutation({
    mutationFn: (values: { response: string }) => trpc.review.resubmit.mutate({ reviewId: review.id, expectedVersion: review.version, response: values.response, materials: review.materials.filter((material) => !material.provided).map((material) => material.id) }),
    onSuccess: async () => {
      void message.success(t('review.resubmitted'));
      await queryClient.invalidateQueries({ queryKey: ['case'] });
    },
  });
  return (
    <Form layout="vertical" onFinish={(values: { response: string }) => resubmit.mutate(values)} data-testid={`resubmit-${caseId}`} disabled={resubmit.isPending}>
      <Alert type="warning" showIcon title={t('review.returned')} style={{ marginBottom: 8 }} />
      <Form.Item name="response" label={t('review.responseLabel')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea rows={3} data-testid="resubmit-response" />
      </Form.Item>
      {resubmit.isError && <ErrorAlert error={resubmit.error} testId="resubmit-error" />}
      <Button type="primary" htmlType="submit" loading={resubmit.isPending} data-testid="resubmit-submit">{t('review.resubmit')}</Button>
    </Form>
  );
}

export function ReviewPanel({ workspace }: { workspace: CaseWorkspace }) {
  const { t, tEnum, formatDate } = useI18n();
  if (workspace.reviews.length === 0) return null;
  const names = new Map((workspace.requirements?.review.entries ?? []).flatMap((entry) => entry.materials.map((material) => [material.id, material.name] as const)));
  return (
    <Card title={t('review.title')} size="small" data-testid="case-reviews">
      {workspace.reviews.map((review) => (
        <div key={review.id}>
          <Descriptions size="small" column={2} items={[
            { key: 'status', label: t('review.status'), children: <Tag color={STATUS_COLOUR[review.status]} data-testid="review-status">{tEnum('reviewStatus', review.status)}</Tag> },
            { key: 'reviewer', label: t('review.reviewer'), children: review.reviewer ?? t('review.unassigned') },
            { key: 'due', label: t('review.due'), children: review.due ? formatDate(review.due) : t('review.clockNotStarted') },
            {
              key: 'materials', label: t('review.materials'), children: (
                <Space wrap size={4}>
                  {review.materials.map((material) => <Tag key={material.id} color={material.provided ? 'green' : material.required ? 'red' : 'default'}>{names.get(material.id) ?? material.id}</Tag>)}
                </Space>
              ),
            },
          ]} />
          <ReviewRounds review={review} />
          {review.status === 'RETURNED' && workspace.permissions.update && <Resubmit review={review} caseId={workspace.case.id} />}
        </div>
      ))}
    </Card>
  );
}
