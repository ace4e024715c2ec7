import { CaseForm } from '@sanxiang/forms';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Collapse, Tag, message } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { trpc, type CaseWorkspace } from '../../trpc.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';

type StageForm = Awaited<ReturnType<typeof trpc.workspace.forms.query>>[number];
type Issue = { pointer: string; keyword: string; zh: string; en: string };

/** The server's refusal of a submission: its issues, each naming a field, shown under that field. */
function issuesOf(error: unknown): Issue[] {
  const details = (error as { data?: { appError?: { details?: { issues?: unknown } } } } | null)?.data?.appError?.details;
  return Array.isArray(details?.issues) ? (details.issues as Issue[]) : [];
}

function StageFormPanel({ form, workspace }: { form: StageForm; workspace: CaseWorkspace }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (data: Record<string, unknown>) => trpc.workspace.saveForm.mutate({ caseId: workspace.case.id, expectedVersion: workspace.case.version, kind: form.kind, data }),
    onSuccess: async () => {
      void message.success(t('forms.saved'));
      await queryClient.invalidateQueries({ queryKey: ['case'] });
    },
  });
  const issues = save.isError ? issuesOf(save.error) : [];
  return (
    <div data-testid={`stage-form-${form.kind}`}>
      <CaseForm
        schema={form.schema}
        uiSchema={form.uiSchema}
        overlay={form.overlay}
        formData={form.data}
        language={language}
        onSubmit={(data) => save.mutate(data)}
        serverIssues={issues}
        disabled={!workspace.permissions.update || save.isPending}
      />
      {save.isError && issues.length === 0 && <ErrorAlert error={save.error} testId={`stage-form-error-${form.kind}`} />}
    </div>
  );
}

/**
 * The forms of the case's current stage (the tenant's form schemas, with the engine's overlay: fields the facts make
 * required or visible carry the rule's reason). The server validates each submission again before keeping it.
 */
export function StageForms({ workspace }: { workspace: CaseWorkspace }) {
  const { t } = useI18n();
  // Keyed by version: a saved form or a step changes the overlay and the stage, so the forms are read again.
  const forms = useQuery({
    queryKey: ['case', 'forms', workspace.case.id, workspace.case.version],
    queryFn: () => trpc.workspace.forms.query({ caseId: workspace.case.id }),
  });
  const [open, setOpen] = useState<string[]>([]);
  if (forms.isError) return <ErrorAlert error={forms.error} onRetry={() => void forms.refetch()} testId="stage-forms-error" />;
  if (!forms.data || forms.data.length === 0) return null;
  return (
    <Card title={t('forms.title')} size="small" data-testid="stage-forms">
      <Collapse
        size="small"
        activeKey={open}
        onChange={(keys) => setOpen(Array.isArray(keys) ? keys.map(String) : [String(keys)])}
        items={forms.data.map((form) => ({
          key: form.kind,
          label: (
            <span data-testid={`stage-form-header-${form.kind}`}>
              {typeof form.schema.title === 'string' ? form.schema.title : form.kind}{' '}
              {form.saved ? <Tag color="green">{t('forms.savedTag')}</Tag> : <Tag>{t('forms.notSaved')}</Tag>}
              {form.overlay.required.length > 0 && <Tag color="orange">{t('forms.engineRequires')} {form.overlay.required.length}</Tag>}
            </span>
          ),
          children: <StageFormPanel form={form} workspace={workspace} />,
        }))}
      />
    </Card>
  );
}
