import { Alert } from 'antd';
import { appErrorCode, appErrorText, refusedGates } from '../app-error.ts';
import { useI18n } from '../i18n/index.ts';
import { GateList } from './GateList.tsx';

/**
 * A refused action, told in the reader's language: the server's sentence and, for a step blocked by the law, every
 * gate at once with its reason and basis (never just the first).
 */
export function RefusalAlert({ error, testId = 'refusal' }: { error: unknown; testId?: string }) {
  const { t, pick } = useI18n();
  const text = appErrorText(error);
  const gates = refusedGates(error);
  const blocked = appErrorCode(error) === 'GATE_BLOCKED';
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={blocked ? t('gates.refused') : text ? pick(text) : t('common.networkError')}
      description={
        gates.length > 0 ? (
          <>
            {text && <div style={{ marginBottom: 8 }}>{pick(text)}</div>}
            <GateList gates={gates} testId={`${testId}-gates`} />
          </>
        ) : blocked && text ? pick(text) : undefined
      }
    />
  );
}
