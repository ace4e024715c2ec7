import { describe, expect, it } from 'vitest';
import { hrefOf, parseHash } from './routing.ts';

describe('hash routes', () => {
  it.each([
    ['', { page: 'tenants' }],
    ['#', { page: 'tenants' }],
    ['#/', { page: 'tenants' }],
    ['#/login', { page: 'login' }],
    ['#/cases/', { page: 'cases' }],
    ['#/cases/abc123', { page: 'case', id: 'abc123' }],
    ['#/cases/new', { page: 'new-case' }],
    ['#/reviews', { page: 'reviews' }],
    ['#/approvals/', { page: 'approvals' }],
    ['#/templates', { page: 'templates' }],
    ['#/cases/abc/extra', { page: 'not-found', path: '/cases/abc/extra' }],
    ['#/nowhere', { page: 'not-found', path: '/nowhere' }],
  ])('%s → %o', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('round-trips every page', () => {
    for (const route of [{ page: 'new-case' }, { page: 'reviews' }, { page: 'approvals' }, { page: 'templates' }, { page: 'cases' }] as const) {
      expect(parseHash(hrefOf(route))).toEqual(route);
    }
  });

  it('round-trips case ids, including ones that need escaping', () => {
    const id = 'a b/c';
    expect(parseHash(hrefOf({ page: 'case', id }))).toEqual({ page: 'case', id });
  });
});
