import { DataState } from '../components/DataState.tsx';
import { DecisionSearchForm } from '../components/DecisionSearchForm.tsx';
import { EntryTable } from '../components/EntryTable.tsx';
import { useTenantName } from '../components/PortalLayout.tsx';
import { useBeforeTheAct, useDecisionSearch } from '../portal-data.ts';
import { PortalLink } from '../portal-navigation.tsx';
import { portalHref, type PortalSection } from '../portal-routes.ts';
import { isPortalTextKey, type PortalTextKey, usePortalText } from '../portal-text.ts';

const LATEST = 10;

const BEFORE: { page: PortalSection; key: PortalTextKey; intro: PortalTextKey }[] = [
  { page: 'bodies', key: 'nav.bodies', intro: 'bodies.intro' },
  { page: 'officers', key: 'nav.officers', intro: 'officers.intro' },
  { page: 'items', key: 'nav.items', intro: 'items.intro' },
  { page: 'guides', key: 'nav.guides', intro: 'guides.intro' },
  { page: 'flow', key: 'nav.flow', intro: 'flow.intro' },
  { page: 'inspections', key: 'nav.inspections', intro: 'inspections.intro' },
  { page: 'discretion', key: 'nav.discretion', intro: 'discretion.intro' },
];

export function PortalHomePage({ tenant }: { tenant: string }) {
  const { t, formatDateTime } = usePortalText();
  const { name } = useTenantName(tenant);
  const before = useBeforeTheAct(tenant);
  const latest = useDecisionSearch(tenant, { page: 1 });
  return (
    <section className="portal-page" data-testid="portal-home">
      <h2>{name}</h2>
      <p className="portal-intro">{t('portal.intro')}</p>
      <DecisionSearchForm tenant={tenant} query={{ page: 1 }} items={before.data?.items ?? []} />

      <h3>{t('home.latest')}</h3>
      <DataState query={latest}>
        {(result) => (result.items.length === 0
          ? <p>{t('search.empty')}</p>
          : <EntryTable tenant={tenant} entries={result.items.slice(0, LATEST)} />)}
      </DataState>
      <p><PortalLink href={portalHref(tenant, 'decisions')}>{t('home.more')}</PortalLink></p>

      <h3>{t('portal.section.before')}</h3>
      <ul className="portal-cards">
        {BEFORE.map((section) => (
          <li key={section.page}>
            <PortalLink href={portalHref(tenant, section.page)}><strong>{t(section.key)}</strong><span>{t(section.intro)}</span></PortalLink>
          </li>
        ))}
      </ul>
      <h3>{t('portal.section.after')}</h3>
      <ul className="portal-cards">
        <li><PortalLink href={portalHref(tenant, 'decisions')}><strong>{t('nav.decisions')}</strong><span>{t('portal.feedNote')}</span></PortalLink></li>
        <li><PortalLink href={portalHref(tenant, 'reports')}><strong>{t('nav.reports')}</strong><span>{t('reports.intro')}</span></PortalLink></li>
      </ul>

      <DataState query={before}>
        {(data) => (
          <>
            {data.disclosureItems.length > 0 && (
              <>
                <h3>{t('home.disclosureItems')}</h3>
                <div className="portal-table-wrap">
                  <table className="portal-table">
                    <thead><tr><th scope="col">{t('entry.item')}</th><th scope="col">{t('home.fields')}</th><th scope="col">{t('home.channels')}</th><th scope="col">{t('discretion.basis')}</th></tr></thead>
                    <tbody>
                      {data.disclosureItems.map((item) => (
                        <tr key={item.id}><td>{item.name}</td><td>{item.fields.join('、') || '—'}</td><td>{item.channels.map((channel) => { const key = `channel.${channel}`; return isPortalTextKey(key) ? t(key) : channel; }).join('、') || '—'}</td><td>{item.basis.join('；') || '—'}</td></tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
            {data.configVersion && (
              <p className="portal-meta" data-testid="portal-config-version">
                {t('portal.configVersion')}: {data.configVersion.sequence} ({data.configVersion.hash.slice(0, 12)}) · {formatDateTime(data.configVersion.publishedAt)}
              </p>
            )}
          </>
        )}
      </DataState>
    </section>
  );
}
