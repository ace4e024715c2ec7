import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Collapse, Form, Input, InputNumber, Radio, Row, Space, message } from 'antd';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { trpc, type CaseWorkspace } from '../../trpc.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';

type Particulars = CaseWorkspace['case']['particulars'];

interface Values {
  facts: Record<string, number | boolean | null | undefined>;
  particulars: Particulars;
}

const TEXTS: Array<{ name: keyof Particulars; label: MessageKey; long?: boolean }> = [
  { name: 'caseCause', label: 'part.caseCause' },
  { name: 'source', label: 'part.source' },
  { name: 'summary', label: 'part.summary', long: true },
  { name: 'findings', label: 'part.findings', long: true },
  { name: 'violatedProvision', label: 'part.violatedProvision' },
  { name: 'penaltyBasis', label: 'part.penaltyBasis' },
  { name: 'penaltyDescription', label: 'part.penaltyDescription', long: true },
  { name: 'statementSummary', label: 'part.statementSummary', long: true },
  { name: 'compliance', label: 'part.compliance', long: true },
  { name: 'legalRepresentative', label: 'part.legalRepresentative' },
  { name: 'noticeNumber', label: 'part.noticeNumber' },
  { name: 'reconsiderationBody', label: 'part.reconsiderationBody' },
  { name: 'court', label: 'part.court' },
];

/**
 * The case particulars: the facts the engine judges by (stated as yes, no, or not established: an unanswered
 * question stays unknown, and the engine reports what depends on it), and the texts the documents print.
 */
export function ParticularsForm({ workspace }: { workspace: CaseWorkspace }) {
  const { t, pick } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (values: Values) =>
      trpc.workspace.saveParticulars.mutate({
        caseId: workspace.case.id,
        expectedVersion: workspace.case.version,
        facts: Object.fromEntries(workspace.statedFacts.map((fact) => [fact.name, values.facts?.[fact.name] ?? null])),
        particulars: values.particulars,
      }),
    onSuccess: async () => {
      void message.success(t('part.saved'));
      await queryClient.invalidateQueries({ queryKey: ['case'] });
    },
  });
  const editable = workspace.permissions.update;
  const initial: Values = { facts: workspace.case.facts, particulars: workspace.case.particulars };

  return (
    <Card title={t('part.title')} size="small" data-testid="particulars">
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(values) => save.mutate(values)} disabled={!editable || save.isPending}>
        <Collapse
          size="small"
          items={[
            {
              key: 'facts',
              label: <span data-testid="particulars-facts">{t('part.facts')}</span>,
              children: (
                <Row gutter={16}>
                  {workspace.statedFacts.map((fact) => (
                    <Col span={12} key={fact.name}>
                      <Form.Item name={['facts', fact.name]} label={pick(fact.description)}>
                        {fact.type === 'number' ? (
                          <InputNumber min={0} style={{ width: '100%' }} data-testid={`fact-${fact.name}`} />
                        ) : (
                          <Radio.Group size="small" data-testid={`fact-${fact.name}`} optionType="button" options={[
                            { value: true, label: t('common.yes') },
                            { value: false, label: t('common.no') },
                            { value: null, label: t('part.unknown') },
                          ]} />
                        )}
                      </Form.Item>
                    </Col>
                  ))}
                </Row>
              ),
            },
            {
              key: 'texts',
              label: <span data-testid="particulars-texts">{t('part.texts')}</span>,
              children: (
                <>
                  {TEXTS.map((field) => (
                    <Form.Item key={field.name} name={['particulars', field.name]} label={t(field.label)}>
                      {field.long ? <Input.TextArea rows={3} data-testid={`part-${field.name}`} /> : <Input data-testid={`part-${field.name}`} />}
                    </Form.Item>
                  ))}
                  <Form.List name={['particulars', 'evidence']}>
                    {(rows, { add, remove }) => (
                      <Form.Item label={t('part.evidence')}>
                        {rows.map((row) => (
                          <Space key={row.key} align="baseline" style={{ display: 'flex' }}>
                            <Form.Item name={[row.name, 'name']} noStyle>
                              <Input placeholder={t('part.evidenceName')} style={{ width: 200 }} />
                            </Form.Item>
                            <Form.Item name={[row.name, 'description']} noStyle>
                              <Input placeholder={t('part.evidenceProves')} style={{ width: 360 }} />
                            </Form.Item>
                            <Button size="small" onClick={() => remove(row.name)}>{t('common.remove')}</Button>
                          </Space>
                        ))}
                        <Button size="small" onClick={() => add({ name: '', description: '' })} data-testid="part-evidence-add">{t('common.add')}</Button>
                      </Form.Item>
                    )}
                  </Form.List>
                  <Row gutter={16}>
                    <Col span={8}><Form.Item name={['particulars', 'payment', 'bank']} label={t('part.paymentBank')}><Input data-testid="part-payment-bank" /></Form.Item></Col>
                    <Col span={8}><Form.Item name={['particulars', 'payment', 'accountName']} label={t('part.paymentAccountName')}><Input data-testid="part-payment-accountName" /></Form.Item></Col>
                    <Col span={8}><Form.Item name={['particulars', 'payment', 'accountNumber']} label={t('part.paymentAccountNumber')}><Input data-testid="part-payment-accountNumber" /></Form.Item></Col>
                    <Col span={8}><Form.Item name={['particulars', 'contact', 'name']} label={t('part.contactName')}><Input data-testid="part-contact-name" /></Form.Item></Col>
                    <Col span={8}><Form.Item name={['particulars', 'contact', 'phone']} label={t('part.contactPhone')}><Input data-testid="part-contact-phone" /></Form.Item></Col>
                    <Col span={8}><Form.Item name={['particulars', 'contact', 'address']} label={t('part.contactAddress')}><Input data-testid="part-contact-address" /></Form.Item></Col>
                  </Row>
                </>
              ),
            },
          ]}
        />
        {save.isError && <div style={{ marginTop: 8 }}><ErrorAlert error={save.error} testId="particulars-error" /></div>}
        {editable && (
          <Button type="primary" htmlType="submit" style={{ marginTop: 12 }} loading={save.isPending} data-testid="particulars-save">
            {t('common.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}
