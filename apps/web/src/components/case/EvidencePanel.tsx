import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Input, Progress, Row, Select, Table, Tag, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import { beijingInstant } from '../../transition-forms.ts';
import { uploadEvidence, UploadRefused } from '../../evidence-upload.ts';
import { useI18n } from '../../i18n/index.ts';
import { trpc, type CaseWorkspace } from '../../trpc.ts';

type Action = CaseWorkspace['actions'][number];
type Evidence = CaseWorkspace['evidence'][number];

interface Values {
  actionId: string;
  deviceId: string;
  certificateNumber: string;
  startedAt: string;
  endedAt: string;
  place: string;
}

const localOf = (date: Date | null): string => (date ? new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 16) : '');

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Whole-process records: each file attached to the act it records, with device, officer, times, place and hash. */
export function EvidencePanel({ workspace }: { workspace: CaseWorkspace }) {
  const { t, tEnum, pick, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const editable = workspace.permissions.update;
  const options = useQuery({ queryKey: ['case', 'openingOptions'], queryFn: () => trpc.workspace.openingOptions.query(), enabled: editable, staleTime: 60_000 });

  const showsForm = editable && workspace.actions.length > 0;
  // The officer's own certificate arrives after the form is first drawn; fill it in unless something was typed.
  useEffect(() => {
    if (showsForm && options.data?.certificateNumber && !form.getFieldValue('certificateNumber')) form.setFieldValue('certificateNumber', options.data.certificateNumber);
  }, [showsForm, options.data, form]);

  const pickAction = (action: Action | undefined) => {
    if (!action) return;
    form.setFieldsValue({ actionId: action.id, startedAt: localOf(action.startedAt), endedAt: localOf(action.endedAt ?? action.startedAt), place: action.place ?? '' });
  };

  const submit = async (values: Values) => {
    if (!file) {
      setFailure(t('evidence.chooseFile'));
      return;
    }
    setFailure(null);
    setProgress(0);
    try {
      await uploadEvidence(workspace.case.id, file, {
        actionId: values.actionId, deviceId: values.deviceId.trim(), certificateNumber: values.certificateNumber.trim(),
        startedAt: beijingInstant(values.startedAt), endedAt: beijingInstant(values.endedAt), place: values.place.trim(), fileName: file.name,
      }, setProgress);
      void message.success(t('evidence.uploaded'));
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: ['case'] });
    } catch (error) {
      setFailure(error instanceof UploadRefused && error.text ? pick(error.text) : t('common.networkError'));
    } finally {
      setProgress(null);
    }
  };

  const latest = workspace.actions.at(-1);
  return (
    <Card title={t('evidence.title')} size="small" data-testid="evidence">
      <Table<Evidence>
        size="small"
        rowKey="id"
        dataSource={workspace.evidence}
        pagination={false}
        locale={{ emptyText: t('evidence.none') }}
        columns={[
          { key: 'file', title: t('evidence.file'), render: (_, row) => <a href={`/api/evidence/${encodeURIComponent(row.id)}`}>{row.fileName}</a> },
          { key: 'kind', title: t('evidence.kind'), render: (_, row) => <Tag>{tEnum('evidenceKind', row.kind)}</Tag> },
          { key: 'size', title: t('evidence.size'), render: (_, row) => sizeText(row.size) },
          { key: 'device', title: t('evidence.device'), dataIndex: 'deviceId' },
          { key: 'when', title: t('evidence.when'), render: (_, row) => (row.startedAt ? formatDate(row.startedAt) : '—') },
          { key: 'place', title: t('evidence.place'), dataIndex: 'place' },
          { key: 'hash', title: 'SHA-256', render: (_, row) => <Typography.Text code copyable={{ text: row.sha256 }}>{row.sha256.slice(0, 12)}…</Typography.Text> },
        ]}
      />
      {editable && (workspace.actions.length === 0 ? (
        <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('evidence.recordActFirst')} />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ marginTop: 12 }}
          data-testid="evidence-form"
          initialValues={{ actionId: latest?.id, startedAt: localOf(latest?.startedAt ?? null), endedAt: localOf(latest?.endedAt ?? latest?.startedAt ?? null), place: latest?.place ?? '', deviceId: '', certificateNumber: options.data?.certificateNumber ?? '' }}
          onFinish={(values) => void submit(values)}
          disabled={progress !== null}
        >
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="actionId" label={t('evidence.action')} rules={[{ required: true, message: t('common.required') }]}>
                <Select data-testid="evidence-action" onChange={(id: string) => pickAction(workspace.actions.find((action) => action.id === id))}
                  options={workspace.actions.map((action) => ({ value: action.id, label: `${tEnum('action', action.type)} · ${formatDate(action.startedAt)}` }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="deviceId" label={t('evidence.device')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                <Input data-testid="evidence-device" placeholder="ZFJLY-0001" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="certificateNumber" label={t('evidence.certificate')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                <Input data-testid="evidence-certificate" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="startedAt" label={t('step.startedAt')} rules={[{ required: true, message: t('common.required') }]}>
                <Input type="datetime-local" data-testid="evidence-started" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="endedAt" label={t('step.endedAt')} rules={[{ required: true, message: t('common.required') }]}>
                <Input type="datetime-local" data-testid="evidence-ended" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="place" label={t('evidence.place')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                <Input data-testid="evidence-place" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label={t('evidence.file')} required>
                <input type="file" data-testid="evidence-file" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
              </Form.Item>
            </Col>
          </Row>
          {progress !== null && <Progress percent={progress} status="active" data-testid="evidence-progress" />}
          {failure && <Alert type="error" showIcon title={failure} data-testid="evidence-error" style={{ marginBottom: 8 }} />}
          <Button type="primary" htmlType="submit" loading={progress !== null} data-testid="evidence-submit">
            {t('evidence.upload')}
          </Button>
        </Form>
      ))}
    </Card>
  );
}
