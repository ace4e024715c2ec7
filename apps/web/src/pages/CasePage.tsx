import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Result, Space, Tag, Typography } from 'antd';
import { appErrorCode } from '../app-error.ts';
import { CaseParties } from '../components/CaseParties.tsx';
import { CaseStages } from '../components/CaseStages.tsx';
import { EnforcementItemInfo } from '../components/EnforcementItemInfo.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { SignInRequired } from '../components/SignInRequired.tsx';
import { useI18n } from '../i18n/index.ts';
import { hrefOf } from '../routing.ts';
import { useSession } from '../session.ts';
import { type CaseDetail, trpc } from '../trpc.ts';

export function CasePage({ id }: { id: string }) {
  const { t } = useI18n();
  const session = useSession();
  const signedIn = Boolean(session.data);
  const detail = useQuery({
    queryKey: ['case', 'get', session.data?.id, id],
    queryFn: () => trpc.case.get.query({ id }),
    enabled: signedIn,
  });

  if (session.isPending) return <PageLoading />;
  if (!signedIn) return <SignInRequired />;
  if (detail.isPending) return <PageLoading />;
  if (detail.isError) {
    const code = appErrorCode(detail.error);
    if (code === 'UNAUTHENTICATED') return <SignInRequired />;
    // The server answers NOT_FOUND both for missing cases and for other tenants' cases; so does the page.
    if (code === 'NOT_FOUND') {
      return (
        <Result
          status="404"
          title={t('case.notFound')}
          extra={<Button href={hrefOf({ page: 'cases' })}>{t('nav.cases')}</Button>}
        />
      );
    }
    return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} testId="case-error" />;
  }
  return <CaseView detail={detail.data} />;
}

function CaseView({ detail }: { detail: CaseDetail }) {
  const { t, tEnum, formatDate } = useI18n();
  return (
    <Flex vertical gap={16} data-testid="case-page">
      <div>
        <a href={hrefOf({ page: 'cases' })}>← {t('nav.cases')}</a>
        <Typography.Title level={2} style={{ marginTop: 8 }} data-testid="case-title">
          {detail.title}
        </Typography.Title>
        <Space wrap>
          <Typography.Text code data-testid="case-number">
            {detail.number}
          </Typography.Text>
          <Tag color="blue">{tEnum('caseType', detail.type)}</Tag>
          <Tag>{tEnum('procedure', detail.procedure)}</Tag>
        </Space>
      </div>

      <Card title={t('case.progress')}>
        <CaseStages stages={detail.stages} stageIndex={detail.stageIndex} />
      </Card>

      <Card title={t('case.summary')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'number', label: t('cases.number'), children: detail.number },
            { key: 'department', label: t('cases.department'), children: detail.department.name },
            { key: 'type', label: t('cases.type'), children: tEnum('caseType', detail.type) },
            { key: 'procedure', label: t('cases.procedure'), children: tEnum('procedure', detail.procedure) },
            { key: 'actDate', label: t('cases.actDate'), children: formatDate(detail.actDate) },
            { key: 'version', label: t('case.version'), children: detail.version },
          ]}
        />
      </Card>

      <Card title={t('case.enforcementItem')}>
        <EnforcementItemInfo item={detail.enforcementItem} />
      </Card>

      <Card title={t('case.parties')}>
        <CaseParties parties={detail.parties} />
      </Card>

      <Card title={t('case.officers')}>
        <Space wrap data-testid="case-officers">
          {detail.officers.length === 0
            ? t('common.none')
            : detail.officers.map((officer) => (
                <Space key={officer.userId} size={4}>
                  <Typography.Text>{officer.user.displayName}</Typography.Text>
                  {officer.lead && <Tag color="gold">{t('case.leadOfficer')}</Tag>}
                </Space>
              ))}
        </Space>
      </Card>
    </Flex>
  );
}
