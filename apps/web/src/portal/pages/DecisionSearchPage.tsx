import { DataState } from '../components/DataState.tsx';
import { DecisionSearchForm } from '../components/DecisionSearchForm.tsx';
import { EntryTable } from '../components/EntryTable.tsx';
import { Pager } from '../components/Pager.tsx';
import { type DecisionQuery, hasFilters, LAST_PAGE, PAGE_SIZE, queryParams, readDecisionQuery } from '../decision-query.ts';
import { useBeforeTheAct, useDecisionSearch } from '../portal-data.ts';
import { PortalLink } from '../portal-navigation.tsx';
import { portalHref } from '../portal-routes.ts';
import { type PortalTextKey, usePortalText } from '../portal-text.ts';

const CRITERIA: [keyof Omit<DecisionQuery, 'page'>, PortalTextKey][] = [
  ['partyName', 'search.partyName'], ['creditCode', 'search.creditCode'], ['decisionNumber', 'search.decisionNumber'], ['itemCode', 'search.item'],
  ['caseType', 'search.caseType'], ['decidedFrom', 'search.from'], ['decidedTo', 'search.to'],
];

export function DecisionSearchPage({ tenant, params }: { tenant: string; params: URLSearchParams }) {
  const { t, tEnum } = usePortalText();
  const { query, ignored } = readDecisionQuery(params);
  const search = useDecisionSearch(tenant, query);
  const items = useBeforeTheAct(tenant).data?.items ?? [];
  return (
    <section className="portal-page" data-testid="portal-decisions">
      <h2>{t('search.title')}</h2>
      <DecisionSearchForm key={params.toString()} tenant={tenant} query={query} items={items} />
      {/* The form does not print, so the page says on paper what it lists. */}
      {hasFilters(query) && (
        <p className="portal-print-only portal-meta">
          {t('search.criteria')}: {CRITERIA.filter(([field]) => query[field] !== undefined).map(([field, key]) => `${t(key)} ${field === 'caseType' && query.caseType ? tEnum('caseType', query.caseType) : query[field]}`).join('；')}
        </p>
      )}
      {ignored.length > 0 && <p className="portal-notice" role="status">{t('search.ignored')} {ignored.join(', ')}</p>}
      <DataState query={search}>
        {(result) => {
          const filters = { ...query, after: undefined };
          const hrefFor = (page: number) => portalHref(tenant, 'decisions', queryParams({ ...filters, page }));
          const nextHref = result.nextCursor ? portalHref(tenant, 'decisions', queryParams({ ...filters, after: result.nextCursor })) : null;
          // A page reached by cursor has no count and no number: it offers the next page, and a way back to the first.
          if (result.total === null) {
            return (
              <>
                {result.items.length === 0 ? <p>{t('search.empty')}</p> : <EntryTable tenant={tenant} entries={result.items} />}
                <nav className="portal-pager" aria-label={t('search.pager')} data-testid="portal-pager">
                  <PortalLink href={hrefFor(1)}>{t('search.first')}</PortalLink>
                  {nextHref && <PortalLink href={nextHref} rel="next">{t('search.next')}</PortalLink>}
                </nav>
              </>
            );
          }
          const pages = Math.min(Math.max(1, Math.ceil(result.total / PAGE_SIZE)), LAST_PAGE);
          return (
            <>
              <p className="portal-meta" data-testid="portal-total">
                {result.totalIsLowerBound ? t('search.totalAtLeast', { total: result.total }) : t('search.total', { total: result.total })}
              </p>
              {result.items.length === 0 ? <p>{t('search.empty')}</p> : <EntryTable tenant={tenant} entries={result.items} />}
              <Pager page={result.page} pages={pages} hrefFor={hrefFor} nextHref={result.page >= LAST_PAGE ? nextHref : null} />
            </>
          );
        }}
      </DataState>
    </section>
  );
}
