import { useI18n } from '../../i18n/index.ts';
import { DataState } from '../components/DataState.tsx';
import { Pager, pageOf } from '../components/Pager.tsx';
import { basisLines } from '../legal-basis-text.ts';
import { useBeforeTheAct } from '../portal-data.ts';
import { pageParam, portalHref } from '../portal-routes.ts';
import { usePortalText } from '../portal-text.ts';

const PAGE = 50;

/** 执法事项清单 with legal bases; a city-sized list (Zhongshan: thousands) is paged, each page at its own address. */
export function ItemsPage({ tenant, params }: { tenant: string; params: URLSearchParams }) {
  const { t } = usePortalText();
  const { tEnum } = useI18n();
  const before = useBeforeTheAct(tenant);
  return (
    <section className="portal-page" data-testid="portal-items">
      <h2>{t('items.title')}</h2>
      <p className="portal-intro">{t('items.intro')}</p>
      <DataState query={before}>
        {(data) => {
          const shown = pageOf(data.items, pageParam(params), PAGE);
          return (
            <>
              <div className="portal-table-wrap">
                <table className="portal-table">
                  <thead>
                    <tr><th scope="col">{t('items.code')}</th><th scope="col">{t('items.name')}</th><th scope="col">{t('items.category')}</th><th scope="col">{t('items.department')}</th><th scope="col">{t('items.basis')}</th></tr>
                  </thead>
                  <tbody>
                    {shown.rows.map((item) => (
                      <tr key={item.code}>
                        <td className="nowrap">{item.code}</td><td>{item.name}</td><td className="nowrap">{tEnum('itemCategory', item.category)}</td>
                        <td>{item.department ?? '—'}</td><td>{basisLines(item.legalBasis).join('；') || '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager page={shown.page} pages={shown.pages} hrefFor={(page) => portalHref(tenant, 'items', { page })} />
            </>
          );
        }}
      </DataState>
    </section>
  );
}
