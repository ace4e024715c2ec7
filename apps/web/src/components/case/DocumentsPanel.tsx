import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, List, Progress, Select, Space, Table, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import { appErrorText, missingItems } from '../../app-error.ts';
import { saveBase64File } from '../../download.ts';
import { useI18n, type LocalText } from '../../i18n/index.ts';
import { trpc, type CaseWorkspace } from '../../trpc.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';

type GeneratedDocument = CaseWorkspace['documents'][number];

/** The documents a stage usually produces, offered for generating together. */
const STAGE_DOCUMENTS: Record<string, string[]> = {
  FILING: ['CASE_FILING_APPROVAL'],
  INVESTIGATION: ['INSPECTION_RECORD', 'INQUIRY_RECORD'],
  NOTICE: ['PENALTY_NOTICE', 'HEARING_NOTICE'],
  HEARING: ['HEARING_NOTICE'],
  LEGAL_REVIEW: ['REVIEW_SUBMISSION', 'REVIEW_OPINION'],
  DECISION: ['REVIEW_OPINION'],
  DELIVERY: ['PENALTY_DECISION', 'DELIVERY_RECEIPT'],
  EXECUTION: ['PENALTY_DECISION', 'DELIVERY_RECEIPT'],
  ON_SITE: ['SEIZURE_DECISION', 'SEIZURE_INVENTORY'],
  IN_FORCE: ['SEIZURE_DECISION', 'SEIZURE_INVENTORY'],
};

/** Seconds since `since`, ticking while work is under way, so a long render visibly progresses. */
function useElapsed(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return undefined;
    setSeconds(0);
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 250);
    return () => clearInterval(timer);
  }, [running]);
  return seconds;
}

interface BulkResult {
  kind: string;
  ok: boolean;
  text: LocalText | null;
}

export function DocumentsPanel({ workspace }: { workspace: CaseWorkspace }) {
  const { t, pick, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const kinds = useQuery({ queryKey: ['document', 'kinds'], queryFn: () => trpc.document.kinds.query(), staleTime: Infinity });
  const suggested = STAGE_DOCUMENTS[workspace.case.stage] ?? [];
  const [kind, setKind] = useState<string | undefined>(suggested[0]);
  const [bulk, setBulk] = useState<{ done: number; total: number; results: BulkResult[] } | null>(null);
  const editable = workspace.permissions.update;
  const nameOf = (value: string) => {
    const entry = kinds.data?.find((each) => each.kind === value);
    return entry ? pick(entry.name) : value;
  };

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['case'] });
  const generate = useMutation({
    mutationFn: (value: string) => trpc.document.generate.mutate({ caseId: workspace.case.id, kind: value as never }),
    onSuccess: async (created) => {
      void message.success(`${pick(created.name)}：${t('docs.generated')}`);
      await refresh();
    },
  });
  const download = useMutation({
    mutationFn: (id: string) => trpc.document.download.query({ id }),
    onSuccess: (file) => saveBase64File(file.fileName, file.mediaType, file.base64),
  });
  const elapsed = useElapsed(generate.isPending);

  // Bulk generation: one document after another, with a bar that counts them and a line per result.
  const generateAll = async () => {
    const results: BulkResult[] = [];
    setBulk({ done: 0, total: suggested.length, results });
    for (const [index, value] of suggested.entries()) {
      try {
        await trpc.document.generate.mutate({ caseId: workspace.case.id, kind: value as never });
        results.push({ kind: value, ok: true, text: null });
      } catch (error) {
        results.push({ kind: value, ok: false, text: appErrorText(error) });
      }
      setBulk({ done: index + 1, total: suggested.length, results: [...results] });
    }
    await refresh();
  };

  const missing = generate.isError ? missingItems(generate.error) : [];
  return (
    <Card title={t('docs.title')} size="small" data-testid="documents">
      {editable && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            style={{ minWidth: 260 }}
            value={kind}
            onChange={setKind}
            placeholder={t('docs.choose')}
            data-testid="document-kind"
            options={(kinds.data ?? []).map((entry) => ({ value: entry.kind, label: pick(entry.name) }))}
          />
          <Button type="primary" disabled={!kind} loading={generate.isPending} onClick={() => kind && generate.mutate(kind)} data-testid="document-generate">
            {t('docs.generate')}
          </Button>
          {suggested.length > 1 && (
            <Button onClick={() => void generateAll()} disabled={bulk !== null && bulk.done < bulk.total} data-testid="document-generate-all">
              {t('docs.generateStage')}（{suggested.length}）
            </Button>
          )}
        </Space>
      )}
      {generate.isPending && (
        <div data-testid="document-progress">
          <Progress percent={Math.min(95, 20 + elapsed * 25)} status="active" showInfo={false} />
          <Typography.Text type="secondary">{t('docs.rendering')}（{elapsed}s）</Typography.Text>
        </div>
      )}
      {generate.isError && (
        missing.length > 0 ? (
          <Alert type="warning" showIcon data-testid="document-missing" title={t('docs.missing')} description={missing.map(pick).join('、')} style={{ marginBottom: 12 }} />
        ) : (
          <div style={{ marginBottom: 12 }}><ErrorAlert error={generate.error} testId="document-error" /></div>
        )
      )}
      {bulk && (
        <div data-testid="document-bulk" style={{ marginBottom: 12 }}>
          <Progress percent={Math.round((bulk.done / bulk.total) * 100)} format={() => `${bulk.done}/${bulk.total}`} />
          <List size="small" dataSource={bulk.results} renderItem={(result) => (
            <List.Item>
              <Typography.Text type={result.ok ? 'success' : 'warning'}>{nameOf(result.kind)}：{result.ok ? t('docs.generated') : result.text ? pick(result.text) : t('common.networkError')}</Typography.Text>
            </List.Item>
          )} />
        </div>
      )}
      {download.isError && <ErrorAlert error={download.error} testId="document-download-error" />}
      <Table<GeneratedDocument>
        size="small"
        rowKey="id"
        dataSource={workspace.documents}
        pagination={false}
        locale={{ emptyText: t('docs.none') }}
        columns={[
          { key: 'name', title: t('docs.name'), render: (_, row) => pick(row.name) },
          { key: 'created', title: t('docs.createdAt'), render: (_, row) => formatDate(row.createdAt) },
          { key: 'template', title: t('docs.template'), render: (_, row) => <Typography.Text code>{row.templateVersion}</Typography.Text> },
          { key: 'hash', title: 'SHA-256', render: (_, row) => <Typography.Text code>{row.sha256.slice(0, 12)}…</Typography.Text> },
          {
            key: 'download',
            title: '',
            render: (_, row) => (
              <Button size="small" onClick={() => download.mutate(row.id)} loading={download.isPending && download.variables === row.id} data-testid={`document-download-${row.kind}`}>
                {t('docs.download')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
