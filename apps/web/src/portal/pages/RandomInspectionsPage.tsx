import { DataState } from '../components/DataState.tsx';
import { useBeforeTheAct } from '../portal-data.ts';
import { usePortalText } from '../portal-text.ts';

/** 随机抽查事项清单 with seed 004's columns: subject, basis, object, content, ratio, method, frequency, body. */
export function RandomInspectionsPage({ tenant }: { tenant: string }) {
  const { t } = usePortalText();
  const before = useBeforeTheAct(tenant);
  return (
    <section className="portal-page" data-testid="portal-inspections">
      <h2>{t('inspections.title')}</h2>
      <p className="portal-intro">{t('inspections.intro')}</p>
      <DataState query={before}>
        {(data) => data.randomInspections.length === 0 ? <p>{t('inspections.empty')}</p> : (
          <div className="portal-table-wrap">
            <table className="portal-table">
              <thead>
                <tr>
                  <th scope="col">{t('inspections.subject')}</th><th scope="col">{t('inspections.basis')}</th><th scope="col">{t('inspections.object')}</th>
                  <th scope="col">{t('inspections.content')}</th><th scope="col">{t('inspections.ratio')}</th><th scope="col">{t('inspections.method')}</th>
                  <th scope="col">{t('inspections.frequency')}</th><th scope="col">{t('inspections.body')}</th>
                </tr>
              </thead>
              <tbody>
                {data.randomInspections.map((row) => (
                  <tr key={row.id}>
                    <td>{row.subject}</td><td>{row.basis.join('；')}</td><td>{row.object}</td><td>{row.content}</td>
                    <td className="number">{ratioText(row.ratio)}</td><td>{row.method}</td><td>{row.frequency}</td><td>{row.implementingBody}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </DataState>
    </section>
  );
}

/** The schema keeps ratios as a share from 0 to 1 (random-inspections.schema.json); the lists print percentages. */
function ratioText(ratio: number): string {
  return Number.isFinite(ratio) ? `${Number((ratio * 100).toFixed(2))}%` : '—';
}
