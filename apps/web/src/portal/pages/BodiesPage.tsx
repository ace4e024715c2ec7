import { DataState } from '../components/DataState.tsx';
import { basisLines } from '../legal-basis-text.ts';
import { useBeforeTheAct } from '../portal-data.ts';
import { usePortalText } from '../portal-text.ts';

/** 执法主体 and 执法职责: each enforcement agency with the items it is responsible for (国办发〔2018〕118号 二、（一）). */
export function BodiesPage({ tenant }: { tenant: string }) {
  const { t } = usePortalText();
  const before = useBeforeTheAct(tenant);
  return (
    <section className="portal-page" data-testid="portal-bodies">
      <h2>{t('bodies.title')}</h2>
      <p className="portal-intro">{t('bodies.intro')}</p>
      <DataState query={before}>
        {(data) => data.bodies.map((body) => (
          <article key={body.code}>
            <h3>{body.name}</h3>
            {body.domain && <p className="portal-meta">{t('bodies.domain')}: {body.domain}</p>}
            {body.powers.length === 0 ? <p>{t('bodies.none')}</p> : (
              <div className="portal-table-wrap">
                <table className="portal-table">
                  <thead><tr><th scope="col">{t('items.code')}</th><th scope="col">{t('items.name')}</th><th scope="col">{t('items.basis')}</th></tr></thead>
                  <tbody>
                    {body.powers.map((power) => (
                      <tr key={power.code}><td className="nowrap">{power.code}</td><td>{power.name}</td><td>{basisLines(power.legalBasis).join('；') || '—'}</td></tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </article>
        ))}
      </DataState>
    </section>
  );
}
