import { Button, Result } from 'antd';
import { useI18n } from '../i18n/index.ts';
import { hrefOf } from '../routing.ts';

export function SignInRequired() {
  const { t } = useI18n();
  return (
    <Result
      status="403"
      title={t('cases.signInRequired')}
      data-testid="sign-in-required"
      extra={
        <Button type="primary" href={hrefOf({ page: 'login' })}>
          {t('session.login')}
        </Button>
      }
    />
  );
}
