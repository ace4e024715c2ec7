import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Spin, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { RefusalAlert } from '../components/RefusalAlert.tsx';
import { SignInRequired } from '../components/SignInRequired.tsx';
import { useI18n } from '../i18n/index.ts';
import { citeLaw, readLegalBasis } from '../legal-basis.ts';
import { navigate } from '../routing.ts';
import { useSession } from '../session.ts';
import { trpc, type CatalogueItem } from '../trpc.ts';

interface Values {
  enforcementItemId: string;
  title: string;
  procedure: 'GENERAL' | 'SIMPLE';
  actDate: string;
  violationAt?: string;
  discoveredAt?: string;
  partyKind: 'INDIVIDUAL' | 'ORGANISATION';
  partyName: string;
  partyIdentifier?: string;
  partyAddress?: string;
  partyPhone?: string;
  coOfficerId: string;
  intendedFine?: number | null;
}

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** A new case, opened from an enforcement item found in the catalogue by its name or code. */
export function NewCasePage() {
  const { t, tEnum } = useI18n();
  const session = useSession();
  const signedIn = Boolean(session.data);
  const [query, setQuery] = useState('');
  // The catalogue is searched as the officer types; a deferred value keeps typing smooth while results load.
  const deferred = useDeferredValue(query);
  const catalogue = useQuery({
    queryKey: ['case', 'catalogue', session.data?.id, deferred],
    queryFn: () => trpc.workspace.catalogue.query({ query: deferred, take: 20 }),
    enabled: signedIn,
    placeholderData: (previous) => previous,
  });
  const options = useQuery({ queryKey: ['case', 'openingOptions', session.data?.id], queryFn: () => trpc.workspace.openingOptions.query(), enabled: signedIn });
  const [item, setItem] = useState<CatalogueItem | null>(null);
  const open = useMutation({
    mutationFn: (values: Values) =>
      trpc.workspace.openCase.mutate({
        enforcementItemId: values.enforcementItemId,
        title: values.title,
        procedure: values.procedure,
        actDate: values.actDate,
        ...(values.violationAt ? { violationAt: values.violationAt } : {}),
        ...(values.discoveredAt ? { discoveredAt: values.discoveredAt } : {}),
        party: {
          kind: values.partyKind, name: values.partyName,
          ...(values.partyIdentifier ? { identifier: values.partyIdentifier } : {}),
          ...(values.partyAddress ? { address: values.partyAddress } : {}),
          ...(values.partyPhone ? { phone: values.partyPhone } : {}),
        },
        coOfficerId: values.coOfficerId,
        ...(typeof values.intendedFine === 'number' ? { facts: { intendedFine: values.intendedFine } } : {}),
      }),
    onSuccess: (created) => navigate({ page: 'case', id: created.id }),
  });

  if (session.isPending) return <PageLoading />;
  if (!signedIn) return <SignInRequired />;
  if (options.isError) return <ErrorAlert error={options.error} onRetry={() => void options.refetch()} testId="new-case-error" />;

  const basis = item ? readLegalBasis(item.legalBasis) : [];
  return (
    <Card title={t('newCase.title')} data-testid="new-case-page">
      {options.data && !options.data.certificateNumber && <Alert type="warning" showIcon title={t('newCase.noCertificate')} style={{ marginBottom: 12 }} />}
      <Form<Values>
        layout="vertical"
        data-testid="new-case-form"
        initialValues={{ procedure: 'GENERAL', actDate: today(), partyKind: 'ORGANISATION' }}
        onFinish={(values) => open.mutate(values)}
        disabled={open.isPending}
      >
        <Form.Item name="enforcementItemId" label={t('newCase.item')} rules={[{ required: true, message: t('common.required') }]} extra={t('newCase.itemHint')}>
          <Select
            showSearch={{ filterOption: false, onSearch: setQuery }}
            data-testid="new-case-item"
            notFoundContent={catalogue.isFetching ? <Spin size="small" /> : t('newCase.noItem')}
            onChange={(id: string) => setItem(catalogue.data?.find((entry) => entry.id === id) ?? null)}
            options={(catalogue.data ?? []).map((entry) => ({ value: entry.id, label: `${entry.code} ${entry.name}` }))}
          />
        </Form.Item>
        {item && (
          <Typography.Paragraph type="secondary" data-testid="new-case-item-basis">
            {tEnum('itemCategory', item.category)} · {basis.map((provision) => `${citeLaw(provision.law)}${provision.article}`).join('、')}
          </Typography.Paragraph>
        )}
        <Form.Item name="title" label={t('newCase.caseTitle')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="new-case-title" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="procedure" label={t('cases.procedure')}>
              <Radio.Group optionType="button" options={[{ value: 'GENERAL', label: tEnum('procedure', 'GENERAL') }, { value: 'SIMPLE', label: tEnum('procedure', 'SIMPLE') }]} />
            </Form.Item>
          </Col>
          <Col span={5}><Form.Item name="actDate" label={t('cases.actDate')} rules={[{ required: true, message: t('common.required') }]}><Input type="date" /></Form.Item></Col>
          <Col span={5}><Form.Item name="violationAt" label={t('newCase.violationAt')}><Input type="date" /></Form.Item></Col>
          <Col span={6}><Form.Item name="discoveredAt" label={t('newCase.discoveredAt')}><Input type="date" /></Form.Item></Col>
        </Row>
        <Typography.Title level={5}>{t('case.parties')}</Typography.Title>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="partyKind" label={t('case.partyKind')}>
              <Radio.Group options={[{ value: 'ORGANISATION', label: tEnum('partyKind', 'ORGANISATION') }, { value: 'INDIVIDUAL', label: tEnum('partyKind', 'INDIVIDUAL') }]} data-testid="new-case-party-kind" />
            </Form.Item>
          </Col>
          <Col span={16}><Form.Item name="partyName" label={t('case.partyName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}><Input data-testid="new-case-party-name" /></Form.Item></Col>
          <Col span={8}><Form.Item name="partyIdentifier" label={t('case.partyIdentifier')}><Input data-testid="new-case-party-identifier" /></Form.Item></Col>
          <Col span={10}><Form.Item name="partyAddress" label={t('case.partyAddress')}><Input data-testid="new-case-party-address" /></Form.Item></Col>
          <Col span={6}><Form.Item name="partyPhone" label={t('newCase.phone')}><Input /></Form.Item></Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="coOfficerId" label={t('newCase.coOfficer')} rules={[{ required: true, message: t('common.required') }]} extra={t('newCase.coOfficerHint')}>
              <Select data-testid="new-case-co-officer" loading={options.isPending}
                options={(options.data?.coOfficers ?? []).map((colleague) => ({ value: colleague.id, label: `${colleague.displayName}（${colleague.certificateNumber}）` }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="intendedFine" label={t('newCase.intendedFine')}>
              <InputNumber min={0} style={{ width: '100%' }} data-testid="new-case-fine" suffix={t('common.yuan')} />
            </Form.Item>
          </Col>
        </Row>
        {open.isError && <div style={{ marginBottom: 12 }}><RefusalAlert error={open.error} testId="new-case-refusal" /></div>}
        <Button type="primary" htmlType="submit" loading={open.isPending} data-testid="new-case-submit">
          {t('newCase.submit')}
        </Button>
      </Form>
    </Card>
  );
}
