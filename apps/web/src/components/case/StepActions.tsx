import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Button, Card, Flex, Form, Modal, Space, Tooltip, Typography, message } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { STEP_FIELDS, toDetail, type StepFormValues } from '../../transition-forms.ts';
import { trpc, type CaseWorkspace, type StepRequirement } from '../../trpc.ts';
import { GateList } from '../GateList.tsx';
import { RefusalAlert } from '../RefusalAlert.tsx';
import { initialStepValues, StepFields } from './StepForm.tsx';

// The steps the case's stage allows. A step the engine blocks stays clickable: trying it shows every gate with its
// reason, which is the point of the panel; a step of another role (the head approves) is shown but disabled.

const BEFORE_DECISION = ['FILING', 'INVESTIGATION', 'NOTICE', 'HEARING', 'LEGAL_REVIEW', 'COLLECTIVE_DISCUSSION'];

export function StepActions({ workspace }: { workspace: CaseWorkspace }) {
  const { t, pick } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<StepRequirement | null>(null);
  const [form] = Form.useForm<StepFormValues>();
  const steps = workspace.requirements?.steps ?? [];
  const caseId = workspace.case.id;
  // The head approves through its own door (case.approve); officers work the case (case.transition).
  const viaApprove = workspace.permissions.approve && !workspace.permissions.update;

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['case'] });
  const take = useMutation({
    mutationFn: async ({ step, values }: { step: StepRequirement; values: StepFormValues }) => {
      const detail = toDetail(STEP_FIELDS[step.key] ?? [], values);
      const input = { id: caseId, transition: step.key, expectedVersion: workspace.case.version, ...(Object.keys(detail).length > 0 ? { detail } : {}) };
      return viaApprove ? trpc.case.approve.mutate(input) : trpc.case.transition.mutate(input);
    },
    onSuccess: async (_outcome, { step }) => {
      setOpen(null);
      void message.success(`${pick(step.label)}：${t('step.done')}`);
      await refresh();
    },
  });
  // Asking whether the decision could be made now: the officer's "try to decide" before the case reaches the decision.
  const check = useMutation({ mutationFn: () => trpc.workspace.checkStep.query({ caseId, transition: 'decide' }) });

  const start = (step: StepRequirement) => {
    take.reset();
    form.resetFields();
    form.setFieldsValue(initialStepValues(STEP_FIELDS[step.key] ?? [], workspace));
    setOpen(step);
  };

  const canTryDecision = workspace.case.type === 'PENALTY' && workspace.case.procedure !== 'SIMPLE' && BEFORE_DECISION.includes(workspace.case.stage) && workspace.permissions.update;

  return (
    <Card title={t('step.title')} size="small" data-testid="steps">
      {steps.length === 0 && <Typography.Text type="secondary">{t('step.none')}</Typography.Text>}
      <Flex wrap gap={8}>
        {steps.map((step) => (
          <Tooltip key={step.key} title={step.permitted ? step.basis : t('step.notYourRole')}>
            <Badge count={step.blocked.length} size="small" title={t('step.blockedCount')}>
              <Button type={step.blocked.length === 0 && step.permitted ? 'primary' : 'default'} danger={step.blocked.length > 0} disabled={!step.permitted} onClick={() => start(step)} data-testid={`step-${step.key}`}>
                {pick(step.label)}
              </Button>
            </Badge>
          </Tooltip>
        ))}
        {canTryDecision && (
          <Button type="dashed" onClick={() => check.mutate()} loading={check.isPending} data-testid="step-try-decide">
            {t('step.tryDecide')}
          </Button>
        )}
      </Flex>
      {check.isError && (
        <div style={{ marginTop: 12 }}>
          <RefusalAlert error={check.error} testId="decide-refusal" />
        </div>
      )}
      {check.isSuccess && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          data-testid="decide-check"
          title={check.data.offeredNow ? t('step.decideOpen') : t('step.decideLater')}
          description={check.data.permitted ? undefined : t('step.headDecides')}
        />
      )}

      <Modal
        open={open !== null}
        title={open ? pick(open.label) : ''}
        onCancel={() => setOpen(null)}
        destroyOnHidden
        width={640}
        footer={null}
      >
        {open && (
          <Form form={form} layout="vertical" data-testid="step-modal" onFinish={(values) => take.mutate({ step: open, values })} disabled={take.isPending}>
            <Typography.Paragraph type="secondary">
              {t('gates.basis')}：{open.basis}
            </Typography.Paragraph>
            {open.blocked.length > 0 && (
              <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('step.blockedNow')} description={<GateList gates={open.blocked} testId="step-blocked-gates" />} />
            )}
            <StepFields fields={STEP_FIELDS[open.key] ?? []} workspace={workspace} />
            {take.isError && (
              <div style={{ marginBottom: 12 }}>
                <RefusalAlert error={take.error} testId="step-refusal" />
              </div>
            )}
            <Space>
              <Button type="primary" htmlType="submit" loading={take.isPending} data-testid="step-submit">
                {t('step.confirm')}
              </Button>
              <Button onClick={() => setOpen(null)}>{t('common.cancel')}</Button>
            </Space>
          </Form>
        )}
      </Modal>
    </Card>
  );
}
