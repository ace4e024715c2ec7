import { DataState } from '../components/DataState.tsx';
import { Pager, pageOf } from '../components/Pager.tsx';
import { basisLines } from '../legal-basis-text.ts';
import { type BeforeTheAct, useBeforeTheAct } from '../portal-data.ts';
import { pageParam, portalHref } from '../portal-routes.ts';
import { type PortalTextKey, usePortalText } from '../portal-text.ts';

const PAGE = 20;

type Guide = BeforeTheAct['serviceGuides'][number];

/**
 * Fields of seed 004's service guide that the portal router does not carry yet (time limit, supervision, office hours
 * and address, telephone). They are read by name so they appear as soon as the router sends them; until then the
 * guide says plainly that the body has not published them, rather than leaving the line out.
 */
const PENDING_FIELDS: { field: string; key: PortalTextKey }[] = [
  { field: 'timeLimit', key: 'guides.timeLimit' },
  { field: 'supervision', key: 'guides.supervision' },
  { field: 'officeHours', key: 'guides.officeHours' },
  { field: 'address', key: 'guides.address' },
  { field: 'phone', key: 'guides.phone' },
];

function textField(guide: Guide, field: string): string | null {
  const value: unknown = (guide as Record<string, unknown>)[field];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

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
              {shown.rows.map((guide) => (
                <article key={guide.itemCode} data-testid={`guide-${guide.itemCode}`}>
                  <h3>{guide.itemName}</h3>
                  <dl className="portal-fields">
                    <dt>{t('items.code')}</dt>
                    <dd>{guide.itemCode}</dd>
                    <dt>{t('guides.basis')}</dt>
                    <dd>{basisLines(guide.legalBasis).join('；') || '—'}</dd>
                    <dt>{t('guides.acceptingBody')}</dt>
                    <dd>{guide.acceptingBody ?? t('guides.notPublished')}</dd>
                    <dt>{t('guides.remedies')}</dt>
                    <dd>
                      {guide.remedies.map((remedy) => <div key={remedy.basis}>{remedy.zh}（{remedy.basis}）</div>)}
                    </dd>
                    {PENDING_FIELDS.map(({ field, key }) => (
                      <div key={field} style={{ display: 'contents' }}>
                        <dt>{t(key)}</dt>
                        <dd>{textField(guide, field) ?? <span className="portal-meta">{t('guides.notPublished')}</span>}</dd>
                      </div>
                    ))}
                  </dl>
                </article>
              ))}
              <Pager page={shown.page} pages={shown.pages} hrefFor={(page) => portalHref(tenant, 'guides', { page })} />
            </>
          );
        }}
      </DataState>
    </section>
  );
}
