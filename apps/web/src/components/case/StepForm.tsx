import { Button, Checkbox, Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import { beijingLocalNow, DELIVERY_METHODS, PENALTY_KINDS, type StepField, type StepFormValues } from '../../transition-forms.ts';
import type { CaseWorkspace } from '../../trpc.ts';

/** What a step's form starts with: now for times, the engine's answer for the hearing right, every required material. */
export function initialStepValues(fields: readonly StepField[], workspace: CaseWorkspace): StepFormValues {
  const values: StepFormValues = {};
  const requirements = workspace.requirements;
  for (const field of fields) {
    if (field.name === 'startedAt') values.startedAt = beijingLocalNow(new Date(), -60);
    if (field.name === 'endedAt') values.endedAt = beijingLocalNow();
    if (field.name === 'hearingRightNotified') values.hearingRightNotified = requirements?.hearing.right ?? false;
    if (field.name === 'partyPresent') values.partyPresent = true;
    if (field.name === 'method') values.method = 'DELIVERY_IN_PERSON';
    if (field.name === 'penalties') values.penalties = ['FINE'];
    if (field.name === 'amount' && typeof workspace.case.facts.intendedFine === 'number') values.amount = workspace.case.facts.intendedFine;
    if (field.name === 'materials') values.materials = materialsOf(workspace).filter((material) => material.required).map((material) => material.id);
    if (field.name === 'place') values.place = workspace.case.parties[0]?.address ?? '';
  }
  return values;
}

function materialsOf(workspace: CaseWorkspace | undefined) {
  const seen = new Map<string, { id: string; name: string; required: boolean }>();
  for (const entry of workspace?.requirements?.review.entries ?? []) {
    for (const material of entry.materials) seen.set(material.id, { ...material, required: material.required || (seen.get(material.id)?.required ?? false) });
  }
  return [...seen.values()];
}

/** The inputs of one step; field names match the step's detail (transition-forms.ts turns them into it). */
export function StepFields({ fields, workspace }: { fields: readonly StepField[]; workspace?: CaseWorkspace }) {
  const { t, tEnum } = useI18n();
  return (
    <>
      {fields.map((field) => {
        const label = t(field.label);
        const testId = `step-field-${field.name}`;
        switch (field.kind) {
          case 'instant':
            return (
              <Form.Item key={field.name} name={field.name} label={label} rules={[{ required: field.required, message: t('common.required') }]}>
                <Input type="datetime-local" data-testid={testId} />
              </Form.Item>
            );
          case 'day':
            return (
              <Form.Item key={field.name} name={field.name} label={label} rules={[{ required: field.required, message: t('common.required') }]}>
                <Input type="date" data-testid={testId} />
              </Form.Item>
            );
          case 'text':
            return (
              <Form.Item key={field.name} name={field.name} label={label} rules={[{ required: field.required, whitespace: true, message: t('common.required') }]}>
                <Input data-testid={testId} />
              </Form.Item>
            );
          case 'flag':
            return (
              <Form.Item key={field.name} name={field.name} label={label} valuePropName="checked">
                <Switch data-testid={testId} />
              </Form.Item>
            );
          case 'materials':
            return (
              <Form.Item key={field.name} name="materials" label={label}>
                <Checkbox.Group data-testid={testId} options={materialsOf(workspace).map((material) => ({ value: material.id, label: `${material.name}${material.required ? '' : `（${t('common.optional')}）`}` }))} />
              </Form.Item>
            );
          case 'method':
            return (
              <Form.Item key={field.name} name="method" label={label}>
                <Select data-testid={testId} options={DELIVERY_METHODS.map((method) => ({ value: method, label: tEnum('action', method) }))} />
              </Form.Item>
            );
          case 'penalties':
            return (
              <Form.Item key={field.name} name="penalties" label={label} rules={[{ required: true, message: t('common.required') }]}>
                <Select mode="multiple" data-testid={testId} options={PENALTY_KINDS.map((kind) => ({ value: kind, label: tEnum('penalty', kind) }))} />
              </Form.Item>
            );
          case 'amount':
            return (
              <Form.Item key={field.name} name="amount" label={label}>
                <InputNumber min={0} max={1e12} style={{ width: 200 }} data-testid={testId} suffix={t('common.yuan')} />
              </Form.Item>
            );
          case 'reasoning':
            return (
              <div key={field.name}>
                {(['evidence', 'basis', 'discretion'] as const).map((part) => (
                  <Form.Item key={part} name={['reasoning', part]} label={t(`step.reasoning.${part}`)} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                    <Input.TextArea rows={2} data-testid={`${testId}-${part}`} />
                  </Form.Item>
                ))}
              </div>
            );
          case 'licence':
            return (
              <div key={field.name}>
                <Form.Item name={['licence', 'outcome']} label={label} rules={[{ required: true, message: t('common.required') }]}>
                  <Radio.Group data-testid={testId} options={(['GRANTED', 'REFUSED'] as const).map((outcome) => ({ value: outcome, label: t(`step.licence.${outcome}`) }))} />
                </Form.Item>
                <Form.Item noStyle dependencies={[['licence', 'outcome']]}>
                  {({ getFieldValue }) =>
                    getFieldValue(['licence', 'outcome']) === 'REFUSED' && (
                      <>
                        <Form.Item name={['licence', 'reasons']} label={t('step.licence.reasons')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                          <Input.TextArea rows={3} data-testid={`${testId}-reasons`} />
                        </Form.Item>
                        {(['reconsideration', 'litigation'] as const).map((remedy) => (
                          <Form.Item key={remedy} name={['licence', 'remedies', remedy]} label={t(`step.licence.${remedy}`)} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                            <Input data-testid={`${testId}-${remedy}`} />
                          </Form.Item>
                        ))}
                      </>
                    )
                  }
                </Form.Item>
              </div>
            );
          case 'inventory':
            return (
              <Form.List key={field.name} name="inventory" initialValue={[{ name: '', quantity: 1, unit: '' }]}>
                {(rows, { add, remove }) => (
                  <Form.Item label={label}>
                    {rows.map((row) => (
                      <Space key={row.key} align="baseline">
                        <Form.Item name={[row.name, 'name']} noStyle>
                          <Input placeholder={t('step.itemName')} />
                        </Form.Item>
                        <Form.Item name={[row.name, 'quantity']} noStyle>
                          <InputNumber min={0} />
                        </Form.Item>
                        <Form.Item name={[row.name, 'unit']} noStyle>
                          <Input placeholder={t('step.itemUnit')} style={{ width: 80 }} />
                        </Form.Item>
                        <Button size="small" onClick={() => remove(row.name)}>
                          {t('common.remove')}
                        </Button>
                      </Space>
                    ))}
                    <Button size="small" onClick={() => add({ name: '', quantity: 1, unit: '' })}>
                      {t('common.add')}
                    </Button>
                  </Form.Item>
                )}
              </Form.List>
            );
        }
      })}
    </>
  );
}
