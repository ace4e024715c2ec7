import { Alert, Card, Divider, Empty, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n, type LocalText } from '../../i18n/index.ts';
import type { CaseWorkspace, GateLine, Requirements } from '../../trpc.ts';
import { BasisLines } from '../GateList.tsx';

function Section({ title, status, children, testId }: { title: string; status?: ReactNode; children: ReactNode; testId: string }) {
  return (
    <section data-testid={testId} style={{ marginBottom: 12 }}>
      <Space size={8} style={{ marginBottom: 4 }}>
        <Typography.Text strong>{title}</Typography.Text>
        {status}
      </Space>
      {children}
    </section>
  );
}

function Reason({ reason, basis }: { reason: LocalText; basis: readonly string[] }) {
  const { pick } = useI18n();
  return (
    <div>
      <Typography.Paragraph style={{ marginBottom: 2 }}>{pick(reason)}</Typography.Paragraph>
      <BasisLines basis={basis} />
    </div>
  );
}

function Gates({ gates, colour, testId }: { gates: readonly GateLine[]; colour: string; testId: string }) {
  const { pick, tEnum } = useI18n();
  return (
    <div data-testid={testId}>
      {gates.map((gate) => (
        <div key={`${gate.code}-${gate.blocks.join()}`} style={{ marginBottom: 8 }} data-testid={`requirement-gate-${gate.code}`}>
          <Tag color={colour} style={{ whiteSpace: 'normal', height: 'auto' }}>{pick(gate.message)}</Tag>
          {gate.blocks.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              → {gate.blocks.map((action) => tEnum('action', action)).join('、')}
            </Typography.Text>
          )}
          <Reason reason={gate.reason} basis={gate.basis} />
        </div>
      ))}
    </div>
  );
}

function Answers({ requirements }: { requirements: Requirements }) {
  const { t, pick, tEnum } = useI18n();
  const { review, hearing, recording, disclosure, discretion, gates } = requirements;
  return (
    <>
      <Section testId="requirement-review" title={t('req.review')} status={<Tag color={review.required ? 'red' : 'green'}>{t(review.required ? 'req.reviewRequired' : 'req.reviewNotRequired')}</Tag>}>
        <Reason reason={review.reason} basis={review.basis} />
        {review.entries.map((entry) => (
          <Typography.Paragraph key={entry.id} type="secondary" style={{ fontSize: 12, marginBottom: 2 }}>
            {entry.name}：{entry.criteria.map(pick).join('；')}
            {entry.timeLimitDays !== null && `（${t('req.timeLimit')} ${entry.timeLimitDays} ${t('req.workingDays')}）`}
          </Typography.Paragraph>
        ))}
        {review.due && <Typography.Text type="secondary">{t('req.due')}：{review.due}</Typography.Text>}
      </Section>
      <Section testId="requirement-hearing" title={t('req.hearing')} status={<Tag color={hearing.right ? 'orange' : 'default'}>{t(hearing.right ? 'req.hearingRight' : 'req.noHearingRight')}</Tag>}>
        <Reason reason={hearing.reason} basis={hearing.basis} />
        {hearing.requestDeadline && <Typography.Text type="secondary">{t('req.hearingRequestBy')}：{hearing.requestDeadline}</Typography.Text>}
      </Section>
      <Section testId="requirement-recording" title={t('req.recording')} status={<Tag color={recording.complete ? 'green' : 'orange'}>{t(recording.complete ? 'req.recordingComplete' : 'req.recordingIncomplete')}</Tag>}>
        {recording.actions.length === 0 ? (
          <Typography.Text type="secondary">{t('req.noActions')}</Typography.Text>
        ) : (
          recording.actions.map((action, index) => (
            <div key={`${action.type}-${index}`} style={{ marginBottom: 6 }}>
              <Space size={4}>
                <Typography.Text>{tEnum('action', action.type)}</Typography.Text>
                <Tag>{tEnum('recordingLevel', action.level)}</Tag>
                {action.satisfied === false && <Tag color="red">{t('req.missing')}：{action.missing.map((item) => tEnum('metadata', item)).join('、')}</Tag>}
              </Space>
              <Reason reason={action.reason} basis={action.basis} />
            </div>
          ))
        )}
      </Section>
      <Section testId="requirement-disclosure" title={t('req.disclosure')}>
        {disclosure.length === 0 ? (
          <Typography.Text type="secondary">{t('req.noDisclosure')}</Typography.Text>
        ) : (
          disclosure.map((item) => (
            <div key={item.id} style={{ marginBottom: 6 }}>
              <Space size={4}>
                <Typography.Text>{item.name}</Typography.Text>
                {item.excluded ? <Tag>{t('req.notPublished')}</Tag> : item.due && <Tag color="blue">{t('req.due')} {item.due}</Tag>}
              </Space>
              <Reason reason={item.reason} basis={item.basis} />
            </div>
          ))
        )}
      </Section>
      <Section testId="requirement-discretion" title={t('req.discretion')} status={discretion.tier ? <Tag color="purple">{pick(discretion.tier.description)}</Tag> : undefined}>
        <Reason reason={discretion.reason} basis={discretion.basis} />
        {discretion.tier?.allowed && (
          <Typography.Text type="secondary">{t('req.allowedRange')}：{discretion.tier.allowed.min.toLocaleString()}–{discretion.tier.allowed.max.toLocaleString()}</Typography.Text>
        )}
      </Section>
      <Divider style={{ margin: '8px 0' }} />
      <Section testId="requirement-gates" title={t('req.gates')} status={<Tag color={gates.failing.length > 0 ? 'red' : 'green'}>{gates.failing.length > 0 ? `${gates.failing.length} ${t('req.blocking')}` : t('req.nothingBlocks')}</Tag>}>
        <Gates gates={gates.failing} colour="red" testId="requirement-gates-failing" />
        <Gates gates={gates.warnings} colour="orange" testId="requirement-gates-warnings" />
        <Gates gates={gates.obligations} colour="blue" testId="requirement-gates-obligations" />
      </Section>
    </>
  );
}

/** 现在法律要求什么: the engine's answers for the case as it stands, each with its sentence of reasons and basis. */
export function RequirementsPanel({ workspace }: { workspace: CaseWorkspace }) {
  const { t, pick } = useI18n();
  const { requirements, requirementsError } = workspace;
  return (
    <Card title={t('req.title')} data-testid="requirements" size="small">
      {requirementsError && <Alert type="warning" showIcon title={pick(requirementsError)} />}
      {requirements ? (
        <>
          {requirements.issues.length > 0 && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={requirements.issues.map(pick).join('；')} />}
          <Answers requirements={requirements} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('req.evaluatedAt')} {requirements.evaluatedAt}
          </Typography.Text>
        </>
      ) : (
        !requirementsError && <Empty />
      )}
    </Card>
  );
}
