import { Descriptions, Typography } from 'antd';
import { useI18n } from '../i18n/index.ts';
import { citeLaw, readLegalBasis } from '../legal-basis.ts';
import type { CaseDetail } from '../trpc.ts';

/** The catalogued power the case exercises, with the law and article it rests on. */
export function EnforcementItemInfo({ item }: { item: CaseDetail['enforcementItem'] }) {
  const { t, tEnum } = useI18n();
  if (!item) return <Typography.Text type="secondary">{t('case.noItem')}</Typography.Text>;
  const basis = readLegalBasis(item.legalBasis);
  return (
    <Descriptions
      data-testid="case-enforcement-item"
      size="small"
      column={1}
      bordered
      items={[
        { key: 'name', label: t('case.enforcementItem'), children: `${item.name}（${item.code}）` },
        { key: 'category', label: t('case.itemCategory'), children: tEnum('itemCategory', item.category) },
        {
          key: 'basis',
          label: t('case.legalBasis'),
          children:
            basis.length === 0 ? (
              t('common.none')
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {basis.map((provision) => (
                  <li key={`${provision.law}-${provision.article}`}>
                    {citeLaw(provision.law)}
                    {provision.article && ` ${provision.article}`}
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}
