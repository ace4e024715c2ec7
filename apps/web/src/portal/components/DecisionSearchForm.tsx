import type { FormEvent } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { CASE_TYPES, type DecisionQuery, QUERY_PARAMETER, queryFromForm } from '../decision-query.ts';
import { navigatePortal } from '../portal-navigation.tsx';
import { portalHref } from '../portal-routes.ts';
import { usePortalText } from '../portal-text.ts';

/**
 * The search form is a plain GET form to the results page, so it works before the app has loaded and its result is
 * an address; with the app running the submit stays in the page. Keyed by the query so it shows the current terms.
 */
export function DecisionSearchForm({ tenant, query, items }: { tenant: string; query: DecisionQuery; items: { code: string; name: string }[] }) {
  const { t } = usePortalText();
  const { tEnum } = useI18n();
  const action = portalHref(tenant, 'decisions');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = queryFromForm(new FormData(event.currentTarget)).toString();
    navigatePortal(params ? `${action}?${params}` : action);
  };
  return (
    <form className="portal-search" method="get" action={action} onSubmit={submit} role="search" data-testid="portal-search-form">
      <label>
        {t('search.partyName')}
        <input name={QUERY_PARAMETER.partyName} defaultValue={query.partyName ?? ''} maxLength={100} />
      </label>
      <label>
        {t('search.creditCode')}
        <input name={QUERY_PARAMETER.creditCode} defaultValue={query.creditCode ?? ''} maxLength={40} autoCapitalize="characters" spellCheck={false} />
      </label>
      <label>
        {t('search.decisionNumber')}
        <input name={QUERY_PARAMETER.decisionNumber} defaultValue={query.decisionNumber ?? ''} maxLength={200} />
      </label>
      <label>
        {t('search.item')}
        <select name={QUERY_PARAMETER.itemCode} defaultValue={query.itemCode ?? ''}>
          <option value="">{t('search.anyItem')}</option>
          {items.map((item) => <option key={item.code} value={item.code}>{item.name}</option>)}
          {/* An item no longer listed (an old link) stays selectable, so the form shows what is searched. */}
          {query.itemCode && !items.some((item) => item.code === query.itemCode) && <option value={query.itemCode}>{query.itemCode}</option>}
        </select>
      </label>
      <label>
        {t('search.caseType')}
        <select name={QUERY_PARAMETER.caseType} defaultValue={query.caseType ?? ''}>
          <option value="">{t('search.anyType')}</option>
          {CASE_TYPES.map((type) => <option key={type} value={type}>{tEnum('caseType', type)}</option>)}
        </select>
      </label>
      <label>
        {t('search.from')}
        <input type="date" name={QUERY_PARAMETER.decidedFrom} defaultValue={query.decidedFrom ?? ''} />
      </label>
      <label>
        {t('search.to')}
        <input type="date" name={QUERY_PARAMETER.decidedTo} defaultValue={query.decidedTo ?? ''} />
      </label>
      <div className="portal-search-actions">
        <button type="submit" data-testid="portal-search-submit">{t('search.submit')}</button>
        <a href={action}>{t('search.reset')}</a>
      </div>
    </form>
  );
}
