import { useI18n } from '../../i18n/index.ts';
import type { PortalEntry } from '../portal-data.ts';
import { PortalLink } from '../portal-navigation.tsx';
import { decisionHref } from '../portal-routes.ts';
import { usePortalText } from '../portal-text.ts';

export function StatusTag({ status }: { status: PortalEntry['status'] }) {
  const { t } = usePortalText();
  return status === 'PUBLISHED'
    ? <span className="portal-tag published">{t('entry.published')}</span>
    : <span className="portal-tag withdrawn">{t('entry.withdrawn')}</span>;
}

/** Published and withdrawn entries; a withdrawn one shows its number and notice only, never its party. */
export function EntryTable({ tenant, entries }: { tenant: string; entries: PortalEntry[] }) {
  const { t } = usePortalText();
  const { tEnum } = useI18n();
  return (
    <div className="portal-table-wrap">
      <table className="portal-table" data-testid="portal-results">
        <thead>
          <tr>
            <th scope="col">{t('entry.decisionNumber')}</th>
            <th scope="col">{t('entry.party')}</th>
            <th scope="col">{t('entry.caseType')}</th>
            <th scope="col">{t('entry.agency')}</th>
            <th scope="col">{t('entry.decidedOn')}</th>
            <th scope="col">{t('entry.publishedOn')}</th>
            <th scope="col">{t('entry.status')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-testid={`portal-entry-${entry.id}`}>
              <td><PortalLink href={decisionHref(tenant, entry.id)}>{entry.decisionNumber ?? entry.itemName ?? entry.id}</PortalLink></td>
              <td>{entry.status === 'WITHDRAWN' ? '—' : (entry.partyName ?? t('entry.hidden'))}</td>
              <td className="nowrap">{entry.caseType ? tEnum('caseType', entry.caseType) : '—'}</td>
              <td>{entry.agency ?? '—'}</td>
              <td className="nowrap">{entry.decidedOn ?? '—'}</td>
              <td className="nowrap">{entry.publishedOn ?? '—'}</td>
              <td><StatusTag status={entry.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
