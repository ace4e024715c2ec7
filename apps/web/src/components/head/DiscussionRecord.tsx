import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Form, Input, List, Typography, message } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import { parseParticipants } from '../../participants.ts';
import { hrefOf } from '../../routing.ts';
import { beijingInstant, beijingLocalNow } from '../../transition-forms.ts';
import { trpc, type HeadInbox } from '../../trpc.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';

type Discussed = HeadInbox['discussions'][number];

interface Values {
  heldAt: string;
  participants: string;
  record: string;
  conclusion: string;
}

function RecordForm({ item }: { item: Discussed }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const record = useMutation({
    mutationFn: (values: Values) => trpc.workspace.recordDiscussion.mutate({ caseId: item.id, heldAt: beijingInstant(values.heldAt), participants: parseParticipants(values.participants), record: values.record, conclusion: values.conclusion }),
    onSuccess: async () => {
      void message.success(t('head.discussionSaved'));
      await queryClient.invalidateQueries({ queryKey: ['case'] });
    },
  });
  return (
    <Form<Values> layout="vertical" size="small" initialValues={{ heldAt: beijingLocalNow() }} onFinish={(values) => record.mutate(values)} data-testid={`discussion-form-${item.number}`} disabled={record.isPending}>
      <Form.Item name="heldAt" label={t('head.heldAt')} rules={[{ required: true, message: t('common.required') }]}><Input type="datetime-local" /></Form.Item>
      <Form.Item name="participants" label={t('head.participants')} extra={t('head.participantsHint')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}><Input.TextArea rows={3} /></Form.Item>
      <Form.Item name="record" label={t('head.record')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}><Input.TextArea rows={4} /></Form.Item>
      <Form.Item name="conclusion" label={t('head.conclusion')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}><Input.TextArea rows={2} /></Form.Item>
      {record.isError && <ErrorAlert error={record.error} testId="discussion-error" />}
      <Button type="primary" htmlType="submit" loading={record.isPending}>{t('head.saveDiscussion')}</Button>
    </Form>
  );
}

/** Cases at collective discussion (行政处罚法 第五十七条第二款): the meeting's record, and what was recorded before. */
export function DiscussionRecord({ discussions }: { discussions: Discussed[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <Card title={t('head.discussions')} size="small" data-testid="head-discussions">
      {discussions.length === 0 ? <Empty description={t('head.noDiscussions')} /> : discussions.map((item) => (
        <div key={item.id} style={{ marginBottom: 16 }}>
          <Typography.Title level={5}><a href={hrefOf({ page: 'case', id: item.id })}>{item.number}</a> {item.title}</Typography.Title>
          <List size="small" dataSource={item.discussions} locale={{ emptyText: t('head.notYetDiscussed') }} renderItem={(held) => (
            <List.Item>{formatDateTime(held.heldAt)}：{held.conclusion}</List.Item>
          )} />
          <RecordForm item={item} />
        </div>
      ))}
    </Card>
  );
}
