import { useSyncExternalStore } from 'react';

/** The pages of the app. A hash router keeps the server's static handler trivial and needs no dependency. */
export type Route =
  | { page: 'tenants' }
  | { page: 'login' }
  | { page: 'cases' }
  | { page: 'new-case' }
  | { page: 'case'; id: string }
  | { page: 'reviews' }
  | { page: 'approvals' }
  | { page: 'templates' }
  | { page: 'not-found'; path: string };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/') return { page: 'tenants' };
  if (path === '/login') return { page: 'login' };
  if (path === '/cases') return { page: 'cases' };
  if (path === '/cases/new') return { page: 'new-case' };
  if (path === '/reviews') return { page: 'reviews' };
  if (path === '/approvals') return { page: 'approvals' };
  if (path === '/templates') return { page: 'templates' };
  const caseMatch = /^\/cases\/([^/]+)$/.exec(path);
  if (caseMatch?.[1]) return { page: 'case', id: decodeURIComponent(caseMatch[1]) };
  return { page: 'not-found', path };
}

export function hrefOf(route: Exclude<Route, { page: 'not-found' }>): string {
  switch (route.page) {
    case 'tenants':
      return '#/';
    case 'login':
      return '#/login';
    case 'cases':
      return '#/cases';
    case 'new-case':
      return '#/cases/new';
    case 'case':
      return `#/cases/${encodeURIComponent(route.id)}`;
    case 'reviews':
      return '#/reviews';
    case 'approvals':
      return '#/approvals';
    case 'templates':
      return '#/templates';
  }
}

export function navigate(route: Exclude<Route, { page: 'not-found' }>): void {
  window.location.hash = hrefOf(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The current route; re-renders on every hash change (links, back button, `navigate`). */
export function useRoute(): Route {
  return parseHash(useSyncExternalStore(subscribe, currentHash, () => ''));
}
