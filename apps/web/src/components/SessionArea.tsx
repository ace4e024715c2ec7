import { Button, Space, Tooltip, Typography } from 'antd';
import { useI18n } from '../i18n/index.ts';
import { hrefOf } from '../routing.ts';
import { useLogout, useSession } from '../session.ts';

/** Sign-in link for the public; name, roles and sign-out for a signed-in person. */
export function SessionArea() {
  const { t, tEnum } = useI18n();
  const session = useSession();
  const logout = useLogout();

  // While the session is unknown, show nothing rather than flashing a sign-in button at a signed-in user.
  if (session.isPending) return null;
  const user = session.data;
  if (!user) {
    return (
      <Button type="primary" href={hrefOf({ page: 'login' })} data-testid="header-login">
        {t('session.login')}
      </Button>
    );
  }
  return (
    <Space data-testid="session-user">
      <Tooltip title={user.roles.map((role) => tEnum('role', role)).join(' · ')}>
        <Typography.Text style={{ color: 'inherit' }}>
          {t('session.signedInAs')}: {user.displayName}
        </Typography.Text>
      </Tooltip>
      <Button onClick={() => logout.mutate()} loading={logout.isPending} data-testid="logout">
        {t('session.logout')}
      </Button>
    </Space>
  );
}
