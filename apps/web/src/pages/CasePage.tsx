import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Flex, Result, Row, Space, Spin, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { appErrorCode } from '../app-error.ts';
import { CaseParties } from '../components/CaseParties.tsx';
import { CaseStages } from '../components/CaseStages.tsx';
import { CaseHistory } from '../components/case/CaseHistory.tsx';
import { DocumentsPanel } from '../components/case/DocumentsPanel.tsx';
import { EvidencePanel } from '../components/case/EvidencePanel.tsx';
import { ParticularsForm } from '../components/case/ParticularsForm.tsx';
import { RequirementsPanel } from '../components/case/RequirementsPanel.tsx';
import { ReviewPanel } from '../components/case/ReviewPanel.tsx';
import { StepActions } from '../components/case/StepActions.tsx';
import { EnforcementItemInfo } from '../components/EnforcementItemInfo.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { SignInRequired } from '../components/SignInRequired.tsx';
import { useI18n } from '../i18n/index.ts';
import { hrefOf } from '../routing.ts';
import { useSession } from '../session.ts';
import { trpc, type CaseWorkspace } from '../trpc.ts';

// The stage forms bring RJSF and its validator (a few hundred kB): loaded with the first case page, not the app.
const StageForms = lazy(async () => ({ default: (await import('../components/case/StageForms.tsx')).StageForms }));

/** One case: everything on it comes from one call (workspace.case), so the page opens in one round trip. */
export function CasePage({ id }: { id: string }) {
  const { t } = useI18n();
  const session = useSession();
  const signedIn = Boolean(session.data);
  const workspace = useQuery({
    queryKey: ['case', 'workspace', session.data?.id, id],
    queryFn: () => trpc.workspace.case.query({ id }),
    enabled: signedIn,
  });

  if (session.isPending) return <PageLoading />;
  if (!signedIn) return <SignInRequired />;
  if (workspace.isPending) return <PageLoading />;
  if (workspace.isError) {
    const code = appErrorCode(workspace.error);
    if (code === 'UNAUTHENTICATED') return <SignInRequired />;
    // The server answers NOT_FOUND both for missing cases and for other tenants' cases; so does the page.
    if (code === 'NOT_FOUND') {
      return <Result status="404" title={t('case.notFound')} extra={<Button href={hrefOf({ page: 'cases' })}>{t('nav.cases')}</Button>} />;
    }
    return <ErrorAlert error={workspace.error} onRetry={() => void workspace.refetch()} testId="case-error" />;
  }
  return <CaseView workspace={workspace.data} />;
}

function CaseView({ workspace }: { workspace: CaseWorkspace }) {
  const { t, tEnum, formatDate } = useI18n();
  const detail = workspace.case;
  return (
    <Flex vertical gap={16} data-testid="case-page" data-version={detail.version} data-stage={detail.stage}>
      <div>
        <a href={hrefOf({ page: 'cases' })}>← {t('nav.cases')}</a>
        <Typography.Title level={2} style={{ marginTop: 8 }} data-testid="case-title">
          {detail.title}
        </Typography.Title>
        <Space wrap>
          <Typography.Text code data-testid="case-number">{detail.number}</Typography.Text>
          <Tag color="blue">{tEnum('caseType', detail.type)}</Tag>
          <Tag>{tEnum('procedure', detail.procedure)}</Tag>
          <Tag color="processing" data-testid="case-stage">{tEnum('stage', detail.stage)}</Tag>
          <Typography.Text type="secondary">{t('case.version')} {detail.version}</Typography.Text>
        </Space>
      </div>

      <Card title={t('case.progress')} size="small">
        <CaseStages stages={detail.stages} stageIndex={detail.stageIndex} />
      </Card>

      <Row gutter={16}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <StepActions workspace={workspace} />
            <Suspense fallback={<Spin />}>
              <StageForms workspace={workspace} />
            </Suspense>
            <ParticularsForm workspace={workspace} />
            <EvidencePanel workspace={workspace} />
            <DocumentsPanel workspace={workspace} />
            <ReviewPanel workspace={workspace} />
            <Card title={t('case.summary')} size="small">
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'number', label: t('cases.number'), children: detail.number },
                  { key: 'department', label: t('cases.department'), children: detail.department.name },
                  { key: 'type', label: t('cases.type'), children: tEnum('caseType', detail.type) },
                  { key: 'procedure', label: t('cases.procedure'), children: tEnum('procedure', detail.procedure) },
                  { key: 'actDate', label: t('cases.actDate'), children: formatDate(detail.actDate) },
                  { key: 'filedAt', label: t('case.filedAt'), children: detail.filedAt ? formatDate(detail.filedAt) : t('case.notFiled') },
                ]}
              />
            </Card>
            <Card title={t('case.enforcementItem')} size="small">
              <EnforcementItemInfo item={detail.enforcementItem} />
            </Card>
            <Card title={t('case.parties')} size="small">
              <CaseParties parties={detail.parties} />
            </Card>
            <Card title={t('case.officers')} size="small">
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
            <CaseHistory workspace={workspace} />
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <RequirementsPanel workspace={workspace} />
        </Col>
      </Row>
    </Flex>
  );
}
