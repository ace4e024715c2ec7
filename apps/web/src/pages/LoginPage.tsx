import { Alert, Button, Card, Form, Input, Result, Select } from 'antd';
import { appErrorText } from '../app-error.ts';
import { useI18n } from '../i18n/index.ts';
import { hrefOf } from '../routing.ts';
import { useLogin, useSession } from '../session.ts';
import { useTenantDirectory } from '../tenant-directory.ts';

interface LoginValues {
  tenantCode: string;
  username: string;
  password: string;
}

// The demo journey (and most first visits during the pilot) starts in Shaoyang.
const DEFAULT_TENANT = 'shaoyang';

export function LoginPage() {
  const { t, pick } = useI18n();
  const session = useSession();
  const directory = useTenantDirectory();
  const login = useLogin();

  if (session.data) {
    return (
      <Result
        status="success"
        title={t('login.alreadySignedIn')}
        subTitle={session.data.displayName}
        extra={
          <Button type="primary" href={hrefOf({ page: 'cases' })}>
            {t('nav.cases')}
          </Button>
        }
      />
    );
  }

  const failure = login.isError ? appErrorText(login.error) : null;
  const tenantOptions = (directory.data ?? []).map((tenant) => ({ value: tenant.code, label: `${tenant.name}（${tenant.code}）` }));

  return (
    <Card title={t('login.title')} style={{ maxWidth: 420, margin: '48px auto' }}>
      {/* No `name` on the Form: antd then gives each input the field name as its id (#tenantCode, #username, #password). */}
      <Form<LoginValues>
        layout="vertical"
        data-testid="login-form"
        initialValues={{ tenantCode: DEFAULT_TENANT, username: '', password: '' }}
        onFinish={(values) => login.mutate(values)}
        disabled={login.isPending}
      >
        <Form.Item label={t('login.tenant')} name="tenantCode" rules={[{ required: true, message: t('login.tenantRequired') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={tenantOptions}
            loading={directory.isPending}
            data-testid="login-tenant"
          />
        </Form.Item>
        <Form.Item label={t('login.username')} name="username" rules={[{ required: true, message: t('login.usernameRequired') }]}>
          <Input name="username" autoComplete="username" />
        </Form.Item>
        <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
          <Input.Password name="password" autoComplete="current-password" />
        </Form.Item>
        {login.isError && (
          <Form.Item>
            <Alert
              type="error"
              showIcon
              data-testid="login-error"
              title={t('login.failed')}
              description={failure ? pick(failure) : t('common.networkError')}
            />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
          {t('login.submit')}
        </Button>
      </Form>
    </Card>
  );
}
