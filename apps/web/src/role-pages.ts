import type { Route } from './routing.ts';

export type WorkPage = 'cases' | 'reviews' | 'approvals' | 'templates';

/** The pages each role works in; the server still checks every call, the menu only leaves out what would be refused. */
export function pagesFor(roles: readonly string[]): WorkPage[] {
  const pages = new Set<WorkPage>();
  for (const role of roles) {
    if (role === 'OFFICER' || role === 'SUPERVISOR' || role === 'DEPARTMENT_HEAD' || role === 'LEGAL_REVIEWER') pages.add('cases');
    if (role === 'LEGAL_REVIEWER') pages.add('reviews');
    if (role === 'DEPARTMENT_HEAD') pages.add('approvals');
    if (role === 'DEPARTMENT_ADMIN' || role === 'VENDOR') pages.add('templates');
  }
  return (['cases', 'reviews', 'approvals', 'templates'] as const).filter((page) => pages.has(page));
}

/** Where a person lands after signing in: the reviewer's inbox, the head's approvals, else the first page they have. */
export function homeFor(roles: readonly string[]): Extract<Route, { page: WorkPage }> {
  const pages = pagesFor(roles);
  const page = pages.includes('reviews') ? 'reviews' : pages.includes('approvals') ? 'approvals' : (pages[0] ?? 'cases');
  return { page };
}
