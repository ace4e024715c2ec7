import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, List, Radio, Space, Switch, Tag, Typography, message } from 'antd';
import { saveBase64File } from '../../download.ts';
import { useI18n } from '../../i18n/index.ts';
import { trpc, type CaseWorkspace, type ReviewInboxItem } from '../../trpc.ts';
import { ReviewRounds } from '../case/ReviewPanel.tsx';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { BasisLines } from '../GateList.tsx';
import { PageLoading } from '../PageLoading.tsx';

interface OpinionValues {
  checks: Record<string, { passed: boolean; note?: string }>;
  opinion: 'AGREE' | 'PROBLEMS_FOUND' | 'DISAGREE';
  problems?: string;
}

type Check = NonNullable<CaseWorkspace['requirements']>['review']['entries'][number]['checklist'][number];

/** The checklist of every catalogue entry that applies, each item once. */
function checklistOf(workspace: CaseWorkspace): Check[] {
  const seen = new Map<string, Check>();
  for (const entry of workspace.requirements?.review.entries ?? []) for (const check of entry.checklist) if (!seen.has(check.id)) seen.set(check.id, check);
  return [...seen.values()];
}

/** The materials as sent, the documents and evidence on the case, the earlier rounds, the checklist and the opinion. */
export function ReviewWork({ review }: { review: ReviewInboxItem }) {
  const { t, pick, tEnum } = useI18n();
  const queryClient = useQueryClient();
  const workspace = useQuery({ queryKey: ['case', 'workspace', 'review', review.case.id], queryFn: () => trpc.workspace.case.query({ id: review.case.id }) });
  const [form] = Form.useForm<OpinionValues>();
  const opinion = Form.useWatch('opinion', form);
  const download = useMutation({ mutationFn: (id: string) => trpc.document.download.query({ id }), onSuccess: (file) => saveBase64File(file.fileName, file.mediaType, file.base64) });
  const submit = useMutation({
    mutationFn: (values: OpinionValues) =>
      trpc.review.opinion.mutate({
        reviewId: review.id,
        expectedVersion: review.version,
        opinion: values.opinion,
        checklist: Object.entries(values.checks ?? {}).map(([id, check]) => ({ id, passed: check.passed, ...(check.note?.trim() ? { note: check.note.trim() } : {}) })),
        ...(values.problems?.trim() ? { problems: values.problems.split('\n').map((line) => line.trim()).filter(Boolean) } : {}),
      }),
    onSuccess: async () => {
      void message.success(t('reviewer.sent'));
      await queryClient.invalidateQueries({ queryKey: ['case'] });
    },
  });

  if (workspace.isPending) return <PageLoading />;
  if (workspace.isError) return <ErrorAlert error={workspace.error} onRetry={() => void workspace.refetch()} />;
  const data = workspace.data;
  const checklist = checklistOf(data);
  const names = new Map((data.requirements?.review.entries ?? []).flatMap((entry) => entry.materials.map((material) => [material.id, material.name] as const)));

  return (
    <Card title={`${review.case.number} ${review.case.title}`} size="small" data-testid="review-work">
      <Descriptions size="small" column={1} items={[
        { key: 'parties', label: t('case.parties'), children: review.case.parties.join('、') },
        { key: 'triggers', label: t('reviewer.triggers'), children: (data.requirements?.review.entries ?? []).map((entry) => `${entry.name}：${entry.criteria.map(pick).join('；')}`).join(' / ') || '—' },
        {
          key: 'materials', label: t('review.materials'), children: (
            <Space wrap size={4} data-testid="review-materials">
              {review.materials.map((material) => <Tag key={material.id} color={material.provided ? 'green' : 'red'}>{names.get(material.id) ?? material.id}{material.provided ? '' : `（${t('reviewer.notProvided')}）`}</Tag>)}
            </Space>
          ),
        },
        { key: 'reason', label: t('req.review'), children: data.requirements ? <>{pick(data.requirements.review.reason)} <BasisLines basis={data.requirements.review.basis} /></> : '—' },
      ]} />
      <Typography.Title level={5}>{t('docs.title')}</Typography.Title>
      <List size="small" dataSource={data.documents} locale={{ emptyText: t('docs.none') }} renderItem={(document) => (
        <List.Item actions={[<Button key="d" size="small" onClick={() => download.mutate(document.id)}>{t('docs.download')}</Button>]}>{pick(document.name)}</List.Item>
      )} />
      <Typography.Title level={5}>{t('evidence.title')}</Typography.Title>
      <List size="small" dataSource={data.evidence} locale={{ emptyText: t('evidence.none') }} renderItem={(record) => (
        <List.Item><a href={`/api/evidence/${encodeURIComponent(record.id)}`}>{record.fileName}</a>　{tEnum('evidenceKind', record.kind)}　{record.place}</List.Item>
      )} />
      <Typography.Title level={5}>{t('reviewer.rounds')}</Typography.Title>
      <ReviewRounds review={review} />
      {review.status !== 'IN_REVIEW' ? (
        <Alert type="info" showIcon title={`${t('review.status')}：${tEnum('reviewStatus', review.status)}`} />
      ) : (
        <Form<OpinionValues>
          form={form}
          layout="vertical"
          data-testid="opinion-form"
          initialValues={{ opinion: 'AGREE', checks: Object.fromEntries(checklist.map((check) => [check.id, { passed: true }])) }}
          onFinish={(values) => submit.mutate(values)}
          disabled={submit.isPending}
        >
          <Typography.Title level={5}>{t('reviewer.checklist')}</Typography.Title>
          {checklist.map((check) => (
            <div key={check.id} data-testid={`check-${check.id}`} style={{ marginBottom: 8 }}>
              <Space align="start">
                <Form.Item name={['checks', check.id, 'passed']} valuePropName="checked" noStyle>
                  <Switch checkedChildren={t('reviewer.pass')} unCheckedChildren={t('reviewer.fail')} data-testid={`check-${check.id}-passed`} />
                </Form.Item>
                <div>
                  <Typography.Text>{pick(check.question)}</Typography.Text>
                  <div><BasisLines basis={check.basis} /></div>
                  <Form.Item name={['checks', check.id, 'note']} noStyle>
                    <Input size="small" placeholder={t('reviewer.note')} data-testid={`check-${check.id}-note`} />
                  </Form.Item>
                </div>
              </Space>
            </div>
          ))}
          <Form.Item name="opinion" label={t('reviewer.opinion')}>
            <Radio.Group data-testid="opinion-choice" options={(['AGREE', 'PROBLEMS_FOUND', 'DISAGREE'] as const).map((value) => ({ value, label: tEnum('opinion', value) }))} />
          </Form.Item>
          {opinion && opinion !== 'AGREE' && (
            <Form.Item name="problems" label={t('reviewer.problems')} rules={[{ required: true, whitespace: true, message: t('common.required') }]} extra={t('reviewer.problemsHint')}>
              <Input.TextArea rows={3} data-testid="opinion-problems" />
            </Form.Item>
          )}
          {submit.isError && <div style={{ marginBottom: 8 }}><ErrorAlert error={submit.error} testId="opinion-error" /></div>}
          <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="opinion-submit">{t('reviewer.send')}</Button>
        </Form>
      )}
    </Card>
  );
}
