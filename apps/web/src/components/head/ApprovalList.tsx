import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Form, Modal, Space, Table, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { useI18n, type LocalText } from '../../i18n/index.ts';
import { hrefOf } from '../../routing.ts';
import { STEP_FIELDS, toDetail, type StepFormValues } from '../../transition-forms.ts';
import { trpc, type HeadInbox } from '../../trpc.ts';
import { StepFields } from '../case/StepForm.tsx';
import { RefusalAlert } from '../RefusalAlert.tsx';

type Approval = HeadInbox['approvals'][number];
interface Pending {
  approval: Approval;
  step: { key: string; label: LocalText; basis: string };
}

/** Filing, decisions, measures and extensions waiting for the head; a refused approval shows every gate. */
export function ApprovalList({ approvals }: { approvals: Approval[] }) {
  const { t, pick, tEnum } = useI18n();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const [form] = Form.useForm<StepFormValues>();
  const approve = useMutation({
    mutationFn: ({ approval, step, values }: Pending & { values: StepFormValues }) => {
      const detail = toDetail(STEP_FIELDS[step.key] ?? [], values);
      return trpc.case.approve.mutate({ id: approval.case.id, transition: step.key, expectedVersion: approval.case.version, ...(Object.keys(detail).length > 0 ? { detail } : {}) });
    },
    onSuccess: async (_outcome, { step }) => {
      setPending(null);
      void message.success(`${pick(step.label)}：${t('step.done')}`);
      await queryClient.invalidateQueries({ queryKey: ['case'] });
    },
  });

  return (
    <Card title={t('head.approvals')} size="small" data-testid="head-approvals">
      <Table<Approval>
        size="small"
        rowKey={(approval) => approval.case.id}
        dataSource={approvals}
        pagination={false}
        locale={{ emptyText: <Empty description={t('head.noApprovals')} /> }}
        columns={[
          { key: 'number', title: t('cases.number'), render: (_, approval) => <a href={hrefOf({ page: 'case', id: approval.case.id })}>{approval.case.number}</a> },
          { key: 'title', title: t('cases.caseTitle'), render: (_, approval) => approval.case.title },
          { key: 'stage', title: t('cases.stage'), render: (_, approval) => <Tag color="processing">{tEnum('stage', approval.case.stage)}</Tag> },
          {
            key: 'steps', title: '',
            render: (_, approval) => (
              <Space wrap>
                {approval.steps.map((step) => (
                  <Button key={step.key} type="primary" size="small" data-testid={`approve-${approval.case.number}-${step.key}`} onClick={() => {
                    approve.reset();
                    form.resetFields();
                    setPending({ approval, step });
                  }}>
                    {pick(step.label)}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      <Modal open={pending !== null} title={pending ? `${pick(pending.step.label)} · ${pending.approval.case.number}` : ''} footer={null} onCancel={() => setPending(null)} destroyOnHidden>
        {pending && (
          <Form form={form} layout="vertical" data-testid="approve-modal" onFinish={(values: StepFormValues) => approve.mutate({ ...pending, values })} disabled={approve.isPending}>
            <Typography.Paragraph type="secondary">{t('gates.basis')}：{pending.step.basis}</Typography.Paragraph>
            <StepFields fields={STEP_FIELDS[pending.step.key] ?? []} />
            {approve.isError && <div style={{ marginBottom: 12 }}><RefusalAlert error={approve.error} testId="approve-refusal" /></div>}
            <Button type="primary" htmlType="submit" loading={approve.isPending} data-testid="approve-submit">{t('step.confirm')}</Button>
          </Form>
        )}
      </Modal>
    </Card>
  );
}
