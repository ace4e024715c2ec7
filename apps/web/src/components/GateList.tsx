import { List, Tag, Typography } from 'antd';
import { useI18n } from '../i18n/index.ts';
import type { LocalText } from '../i18n/index.ts';

interface Gate {
  code: string;
  message: LocalText;
  reason: LocalText;
  basis: string[];
}

/** Legal basis lines, each a citation (《法》第几条, a policy document, or a seed document). */
export function BasisLines({ basis }: { basis: readonly string[] }) {
  const { t } = useI18n();
  if (basis.length === 0) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('gates.basis')}：{basis.join('；')}
    </Typography.Text>
  );
}

/** Every gate, each with what it forbids, the sentence saying why it holds for this case, and its basis. */
export function GateList({ gates, testId }: { gates: readonly Gate[]; testId?: string }) {
  const { pick } = useI18n();
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={[...gates]}
      renderItem={(gate) => (
        <List.Item key={gate.code} data-testid={`gate-${gate.code}`}>
          <div>
            <Typography.Text strong>
              <Tag color="red" style={{ whiteSpace: 'normal' }}>{gate.code}</Tag>
              {pick(gate.message)}
            </Typography.Text>
            <div>
              <Typography.Text>{pick(gate.reason)}</Typography.Text>
            </div>
            <BasisLines basis={gate.basis} />
          </div>
        </List.Item>
      )}
    />
  );
}
