import { DataState } from '../components/DataState.tsx';
import { Pager, pageOf } from '../components/Pager.tsx';
import { useBeforeTheAct } from '../portal-data.ts';
import { pageParam, portalHref } from '../portal-routes.ts';
import { usePortalText } from '../portal-text.ts';

const PAGE = 100;

/**
 * 执法人员清单 (seed 004's fields: name, unit, certificate number, domain, area). The router lists only certificates
 * valid today, so a suspension or revocation shows here the day it is recorded.
 */
export function OfficersPage({ tenant, params }: { tenant: string; params: URLSearchParams }) {
  const { t } = usePortalText();
  const before = useBeforeTheAct(tenant);
  return (
    <section className="portal-page" data-testid="portal-officers">
      <h2>{t('officers.title')}</h2>
      <p className="portal-intro">{t('officers.intro')}</p>
      <DataState query={before}>
        {(data) => {
          if (data.officers.length === 0) return <p>{t('officers.empty')}</p>;
          const shown = pageOf(data.officers, pageParam(params), PAGE);
          return (
            <>
              <div className="portal-table-wrap">
                <table className="portal-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('officers.name')}</th><th scope="col">{t('officers.unit')}</th><th scope="col">{t('officers.certificate')}</th>
                      <th scope="col">{t('officers.domain')}</th><th scope="col">{t('officers.area')}</th><th scope="col">{t('officers.validUntil')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.rows.map((officer) => (
                      <tr key={officer.certificateNumber} data-testid={`officer-${officer.certificateNumber}`}>
                        <td>{officer.name}</td><td>{officer.unit ?? '—'}</td><td className="nowrap">{officer.certificateNumber}</td>
                        <td>{officer.domain}</td><td>{officer.area}</td><td className="nowrap">{officer.validUntil}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager page={shown.page} pages={shown.pages} hrefFor={(page) => portalHref(tenant, 'officers', { page })} />
            </>
          );
        }}
      </DataState>
    </section>
  );
}
