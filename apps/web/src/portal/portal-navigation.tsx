import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';
import { parsePortalLocation, type PortalRoute } from './portal-routes.ts';

/**
 * Path routing for the portal with the History API: links are real <a href> (a crawler, a middle click and "open in
 * new tab" all work), and a plain click moves without reloading the app.
 */
const CHANGE = 'sanxiang:portal-navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const currentLocation = () => `${window.location.pathname}${window.location.search}`;

export function usePortalRoute(): PortalRoute {
  const location = useSyncExternalStore(subscribe, currentLocation, () => '/p/');
  const query = location.indexOf('?');
  return query === -1 ? parsePortalLocation(location) : parsePortalLocation(location.slice(0, query), location.slice(query));
}

export function navigatePortal(href: string): void {
  window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(CHANGE));
  window.scrollTo(0, 0);
}

/** Left clicks without modifiers move inside the app; everything else is left to the browser. */
export function PortalLink({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigatePortal(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}
