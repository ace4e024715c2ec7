import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, List, Progress, Table, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { appErrorText, templateProblems } from '../app-error.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { SignInRequired } from '../components/SignInRequired.tsx';
import { fileToBase64 } from '../download.ts';
import { useI18n } from '../i18n/index.ts';
import { useSession } from '../session.ts';
import { trpc, type TemplateEntry } from '../trpc.ts';

/**
 * The document templates in force, per kind: the national one or the tenant's own. An upload is checked on the server
 * (command language, zip limits, a trial fill); a refused one is shown with every offending command and its place.
 */
export function TemplatesPage() {
  const { t, pick, formatDate } = useI18n();
  const session = useSession();
  const signedIn = Boolean(session.data);
  const queryClient = useQueryClient();
  const templates = useQuery({ queryKey: ['case', 'templates', session.data?.id], queryFn: () => trpc.document.templates.query(), enabled: signedIn });
  const [target, setTarget] = useState<TemplateEntry['kind'] | null>(null);
  const upload = useMutation({
    mutationFn: async ({ kind, file }: { kind: TemplateEntry['kind']; file: File }) =>
      trpc.document.uploadTemplate.mutate({ kind, fileName: file.name, contentBase64: await fileToBase64(file) }),
    onSuccess: async (accepted) => {
      void message.success(`${t('templates.accepted')}（${accepted.version}）`);
      await queryClient.invalidateQueries({ queryKey: ['case', 'templates'] });
    },
  });

  if (session.isPending) return <PageLoading />;
  if (!signedIn) return <SignInRequired />;
  if (templates.isError) return <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} testId="templates-error" />;

  const problems = upload.isError ? templateProblems(upload.error) : [];
  const refusal = upload.isError ? appErrorText(upload.error) : null;
  return (
    <section data-testid="templates-page">
      <Typography.Title level={2}>{t('templates.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('templates.intro')}</Typography.Paragraph>
      {upload.isPending && <Progress percent={60} status="active" showInfo={false} data-testid="template-progress" />}
      {upload.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="template-refusal"
          title={refusal ? pick(refusal) : t('common.networkError')}
          description={problems.length > 0 && (
            <List size="small" dataSource={problems} renderItem={(problem, index) => (
              <List.Item key={index} data-testid="template-problem">
                <Typography.Text>
                  {problem.place && <Tag>{problem.place}</Tag>}
                  {problem.command !== null && <Typography.Text code>+++{problem.command}+++</Typography.Text>} {pick(problem.message)}
                </Typography.Text>
              </List.Item>
            )} />
          )}
        />
      )}
      <Table<TemplateEntry>
        rowKey="kind"
        size="small"
        loading={templates.isPending}
        dataSource={templates.data ?? []}
        pagination={false}
        columns={[
          { key: 'name', title: t('templates.kind'), render: (_, entry) => pick(entry.name) },
          { key: 'basis', title: t('gates.basis'), render: (_, entry) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{entry.basis.join('；')}</Typography.Text> },
          {
            key: 'source', title: t('templates.inForce'),
            render: (_, entry) => entry.uploaded
              ? <span><Tag color="blue">{t('templates.tenant')}</Tag>{entry.uploaded.fileName} · {formatDate(entry.uploaded.at)}</span>
              : <Tag>{t('templates.national')}</Tag>,
          },
          {
            key: 'upload', title: '',
            render: (_, entry) => (
              <span>
                <input
                  type="file"
                  accept=".docx"
                  style={{ display: 'none' }}
                  data-testid={`template-file-${entry.kind}`}
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    event.target.value = '';
                    if (file) {
                      setTarget(entry.kind);
                      upload.mutate({ kind: entry.kind, file });
                    }
                  }}
                />
                <Button size="small" loading={upload.isPending && target === entry.kind} onClick={(event) => (event.currentTarget.previousElementSibling as HTMLInputElement | null)?.click()}>
                  {t('templates.upload')}
                </Button>
              </span>
            ),
          },
        ]}
      />
    </section>
  );
}
