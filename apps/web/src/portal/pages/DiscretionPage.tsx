import { DataState } from '../components/DataState.tsx';
import { type BeforeTheAct, useBeforeTheAct } from '../portal-data.ts';
import { isPortalTextKey, usePortalText } from '../portal-text.ts';

type Range = BeforeTheAct['discretionBenchmarks'][number]['tiers'][number]['range'];

/** 裁量基准 (《行政处罚法》第三十四条) per violation and tier, then the lenient-enforcement lists (seed 003). */
export function DiscretionPage({ tenant }: { tenant: string }) {
  const { t, pick } = usePortalText();
  const before = useBeforeTheAct(tenant);
  const word = (key: string, fallback: string) => (isPortalTextKey(key) ? t(key) : fallback);
  const range = (value: Range) => (value.kind === 'ABSOLUTE'
    ? t('discretion.yuan', { min: value.min.toLocaleString(), max: value.max.toLocaleString() })
    : t('discretion.multiple', { min: value.min, max: value.max, of: word(`of.${value.of ?? ''}`, value.of ?? '') }));
  return (
    <section className="portal-page" data-testid="portal-discretion">
      <h2>{t('discretion.title')}</h2>
      <p className="portal-intro">{t('discretion.intro')}</p>
      <DataState query={before}>
        {(data) => (
          <>
            {data.discretionBenchmarks.length === 0 && <p>{t('discretion.empty')}</p>}
            {data.discretionBenchmarks.map((benchmark) => (
              <div key={benchmark.id} className="portal-table-wrap">
                <table className="portal-table">
                  <caption>
                    {benchmark.violation}
                    {benchmark.itemCodes.length > 0 && <span className="portal-meta"> · {t('discretion.items')}: {benchmark.itemCodes.join('、')}</span>}
                  </caption>
                  <thead><tr><th scope="col">{t('discretion.level')}</th><th scope="col">{t('discretion.description')}</th><th scope="col">{t('discretion.range')}</th></tr></thead>
                  <tbody>
                    {benchmark.tiers.map((tier, index) => (
                      <tr key={index}><td className="nowrap">{word(`tier.${tier.level}`, tier.level)}</td><td>{pick(tier.description)}</td><td className="nowrap">{range(tier.range)}</td></tr>
                    ))}
                  </tbody>
                  <tfoot><tr><td colSpan={3} className="portal-meta">{t('discretion.basis')}: {benchmark.basis.join('；')}</td></tr></tfoot>
                </table>
              </div>
            ))}
            {data.lenientLists.length > 0 && <h3>{t('discretion.lenient')}</h3>}
            {data.lenientLists.map((list) => (
              <div key={list.id} className="portal-table-wrap">
                <table className="portal-table">
                  <caption>{word(`lenient.${list.kind}`, list.kind)} <span className="portal-meta">（{list.basis.join('；')}）</span></caption>
                  <thead><tr><th scope="col">{t('discretion.description')}</th><th scope="col">{t('discretion.items')}</th><th scope="col">{t('discretion.basis')}</th></tr></thead>
                  <tbody>
                    {list.entries.map((entry) => (
                      <tr key={entry.id}><td>{pick(entry.description)}</td><td>{entry.itemCodes.join('、') || '—'}</td><td>{entry.basis.join('；')}</td></tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </>
        )}
      </DataState>
    </section>
  );
}
