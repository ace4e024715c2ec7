import type { ReactNode } from 'react';
import { basisLines } from '../legal-basis-text.ts';
import type { BeforeTheAct } from '../portal-data.ts';
import { usePortalText } from '../portal-text.ts';

export type ServiceGuide = BeforeTheAct['serviceGuides'][number];

/**
 * One 服务指南 (seed 004): basis, accepting body, time limit, supervision, remedies, office hours, address and phone.
 * A field the body has not configured is printed as "not yet published" rather than left out, so a reader can tell
 * a missing line from one the page forgot.
 */
export function ServiceGuideCard({ guide }: { guide: ServiceGuide }) {
  const { t } = usePortalText();
  const notPublished = <span className="portal-meta">{t('guides.notPublished')}</span>;
  const limit = guide.timeLimit;
  const rows: [string, ReactNode][] = [
    [t('items.code'), guide.itemCode],
    [t('guides.basis'), basisLines(guide.legalBasis).join('；') || '—'],
    [t('guides.acceptingBody'), guide.acceptingBody ?? notPublished],
    [t('guides.timeLimit'), limit
      ? <>{t(limit.unit === 'WORKING' ? 'guides.workingDays' : 'guides.calendarDays', { days: limit.days })}{limit.basis.length > 0 ? `（${limit.basis.join('；')}）` : ''}{limit.note ? <div className="portal-meta">{limit.note}</div> : null}</>
      : notPublished],
    [t('guides.supervision'), guide.supervision.length > 0
      ? guide.supervision.map((body) => <div key={`${body.body} ${body.phone}`}>{body.body} <a href={`tel:${body.phone}`}>{body.phone}</a></div>)
      : notPublished],
    [t('guides.remedies'), guide.remedies.map((remedy) => <div key={remedy.basis}>{remedy.zh}（{remedy.basis}）</div>)],
    [t('guides.officeHours'), guide.officeHours ?? notPublished],
    [t('guides.address'), guide.address ?? notPublished],
    [t('guides.phone'), guide.phone ? <a href={`tel:${guide.phone}`}>{guide.phone}</a> : notPublished],
  ];
  return (
    <article data-testid={`guide-${guide.itemCode}`}>
      <h3>{guide.itemName}</h3>
      <dl className="portal-fields">
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
