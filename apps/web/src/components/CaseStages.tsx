import { Steps } from 'antd';
import { useI18n } from '../i18n/index.ts';
import type { CaseDetail } from '../trpc.ts';

/** Where the case stands in its procedure: the server supplies the stages and the index of the current one. */
export function CaseStages({ stages, stageIndex }: Pick<CaseDetail, 'stages' | 'stageIndex'>) {
  const { pick } = useI18n();
  return (
    <Steps
      data-testid="case-stages"
      size="small"
      // Eleven stages in a row only fit when each title sits under its number rather than beside it.
      titlePlacement="vertical"
      current={stageIndex}
      items={stages.map((stage) => ({ key: stage.key, title: pick(stage.label) }))}
    />
  );
}
