import { Button, Result } from 'antd';
import { useI18n } from '../i18n/index.ts';
import { hrefOf } from '../routing.ts';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.subtitle')}
      extra={
        <Button type="primary" href={hrefOf({ page: 'tenants' })}>
          {t('notFound.home')}
        </Button>
      }
    />
  );
}
