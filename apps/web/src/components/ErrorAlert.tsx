import { Alert, Button } from 'antd';
import { appErrorText } from '../app-error.ts';
import { useI18n } from '../i18n/index.ts';

/** A failed request, told in the reader's language. Never the raw error: that may hold internals. */
export function ErrorAlert({ error, onRetry, testId }: { error: unknown; onRetry?: () => void; testId?: string }) {
  const { t, pick } = useI18n();
  const text = appErrorText(error);
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={text ? pick(text) : t('common.networkError')}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
