import { useI18n } from '../../i18n/index.ts';
import { DataState } from '../components/DataState.tsx';
import { StatusTag } from '../components/EntryTable.tsx';
import { contentRows } from '../decision-content.ts';
import { useDecision } from '../portal-data.ts';
import { PortalLink } from '../portal-navigation.tsx';
import { portalHref } from '../portal-routes.ts';
import { isPortalTextKey, usePortalText } from '../portal-text.ts';

/** One decision as published, or, once withdrawn, the notice with its reason and basis and nothing of the content. */
export function DecisionDetailPage({ tenant, id }: { tenant: string; id: string }) {
  const { t, formatDateTime } = usePortalText();
  const { tEnum } = useI18n();
  const detail = useDecision(tenant, id);
  const label = (path: string) => {
    const key = `detail.field.${path}`;
    return isPortalTextKey(key) ? t(key) : path;
  };
  const show = (path: string, value: string) => (path === 'party.kind' ? tEnum('partyKind', value) : value);
  return (
    <section className="portal-page" data-testid="portal-decision">
      <DataState query={detail}>
        {(entry) => (
          <>
            <h2>{entry.decisionNumber ?? t('detail.title')} <StatusTag status={entry.status} /></h2>
            <p className="portal-meta">{entry.itemName}</p>
            <dl className="portal-fields">
              <dt>{t('entry.caseType')}</dt>
              <dd>{entry.caseType ? tEnum('caseType', entry.caseType) : '—'}</dd>
              <dt>{t('entry.decidedOn')}</dt>
              <dd>{entry.decidedOn ?? '—'}</dd>
              <dt>{t('entry.publishedOn')}</dt>
              <dd>{entry.publishedOn ?? '—'}</dd>
              {entry.status === 'PUBLISHED' && (
                <>
                  <dt>{t('entry.displayUntil')}</dt>
                  <dd>{entry.displayUntil ?? t('entry.indefinite')}</dd>
                </>
              )}
            </dl>
            {entry.withdrawal ? (
              <div className="portal-notice" role="note" data-testid="portal-withdrawal">
                <h3>{t('detail.withdrawnTitle')}</h3>
                <dl className="portal-fields">
                  <dt>{t('detail.withdrawnAt')}</dt>
                  <dd>{formatDateTime(entry.withdrawal.withdrawnAt)}</dd>
                  <dt>{t('detail.reason')}</dt>
                  <dd data-testid="portal-withdrawal-reason">{entry.withdrawal.reason}</dd>
                  <dt>{t('detail.basis')}</dt>
                  <dd>{entry.withdrawal.basis ?? '—'}</dd>
                </dl>
                <p className="portal-meta">{t('detail.withdrawnNote')}</p>
              </div>
            ) : (
              <>
                <h3>{t('detail.content')}</h3>
                <dl className="portal-fields" data-testid="portal-content">
                  {contentRows(entry.content).map((row) => (
                    <div key={row.path} style={{ display: 'contents' }}>
                      <dt>{label(row.path)}</dt>
                      <dd>{show(row.path, row.value)}</dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
          </>
        )}
      </DataState>
      <p className="portal-no-print"><PortalLink href={portalHref(tenant, 'decisions')}>{t('detail.back')}</PortalLink></p>
    </section>
  );
}
