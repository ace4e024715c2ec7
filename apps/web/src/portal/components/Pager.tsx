import { PortalLink } from '../portal-navigation.tsx';
import { usePortalText } from '../portal-text.ts';

/** Page links with real addresses (a reader can open page 3 in a new tab, and a crawler can reach every page). */
export function Pager({ page, pages, hrefFor, nextHref }: { page: number; pages: number; hrefFor: (page: number) => string; nextHref?: string | null }) {
  const { t } = usePortalText();
  if (pages <= 1 && !nextHref) return null;
  // The first, the last, and two either side of the current page; gaps shown as an ellipsis.
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((each) => each >= 1 && each <= pages).sort((a, b) => a - b);
  return (
    <nav className="portal-pager" aria-label={t('search.pager')} data-testid="portal-pager">
      {page > 1 && <PortalLink href={hrefFor(page - 1)} rel="prev">{t('search.previous')}</PortalLink>}
      {shown.map((each, index) => (
        <span key={each}>
          {index > 0 && each - shown[index - 1]! > 1 && <span aria-hidden="true">… </span>}
          {each === page ? <span className="current" aria-current="page">{each}</span> : <PortalLink href={hrefFor(each)}>{each}</PortalLink>}
        </span>
      ))}
      {page < pages && <PortalLink href={hrefFor(page + 1)} rel="next">{t('search.next')}</PortalLink>}
      {/* Past the last numbered page the router continues by cursor (keyset pagination). */}
      {page >= pages && nextHref && <PortalLink href={nextHref} rel="next">{t('search.next')}</PortalLink>}
      <span className="portal-meta">{t('search.page', { page, pages })}</span>
    </nav>
  );
}

/** One page of a list that arrived whole (before-the-act lists), with the page number clamped to what exists. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(page, 1), pages);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pages };
}
