import { Card, Timeline } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import type { CaseWorkspace } from '../../trpc.ts';

/** Every recorded step, newest first: the whole-process record as the case file will show it. */
export function CaseHistory({ workspace }: { workspace: CaseWorkspace }) {
  const { t, tEnum, formatDateTime } = useI18n();
  const steps = [...workspace.history].reverse();
  if (steps.length === 0) return null;
  return (
    <Card title={t('case.history')} size="small" data-testid="case-history">
      <Timeline
        items={steps.map((step) => ({
          key: step.version,
          title: `${formatDateTime(step.at)} · ${step.actor}`,
          content: `${tEnum('transition', step.action)}${step.fromStage !== step.toStage ? `（${tEnum('stage', step.fromStage)} → ${tEnum('stage', step.toStage)}）` : ''}`,
        }))}
      />
    </Card>
  );
}
