import { DataState } from '../components/DataState.tsx';
import { Pager, pageOf } from '../components/Pager.tsx';
import { ServiceGuideCard } from '../components/ServiceGuideCard.tsx';
import { useBeforeTheAct } from '../portal-data.ts';
import { pageParam, portalHref } from '../portal-routes.ts';
import { usePortalText } from '../portal-text.ts';

const PAGE = 20;

/** 服务指南 for each enforcement item (seed 004): basis, accepting body, time limit, supervision, remedies, contact. */
export function ServiceGuidesPage({ tenant, params }: { tenant: string; params: URLSearchParams }) {
  const { t } = usePortalText();
  const before = useBeforeTheAct(tenant);
  return (
    <section className="portal-page" data-testid="portal-guides">
      <h2>{t('guides.title')}</h2>
      <p className="portal-intro">{t('guides.intro')}</p>
      <DataState query={before}>
        {(data) => {
          const shown = pageOf(data.serviceGuides, pageParam(params), PAGE);
          return (
            <>
              {shown.rows.map((guide) => <ServiceGuideCard key={guide.itemCode} guide={guide} />)}
              <Pager page={shown.page} pages={shown.pages} hrefFor={(page) => portalHref(tenant, 'guides', { page })} />
            </>
          );
        }}
      </DataState>
    </section>
  );
}
