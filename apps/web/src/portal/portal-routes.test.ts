import { describe, expect, it } from 'vitest';
import { decisionHref, feedHref, isPortalPath, pageParam, parsePortalLocation, portalHref } from './portal-routes.ts';

describe('portal addresses', () => {
  it.each([
    ['/p/shaoyang', { page: 'home', tenant: 'shaoyang' }],
    ['/p/shaoyang/', { page: 'home', tenant: 'shaoyang' }],
    ['/p/siping-commerce/officers', { page: 'officers', tenant: 'siping-commerce' }],
    ['/p/shaoyang/d/0199-abc', { page: 'decision', tenant: 'shaoyang', id: '0199-abc' }],
    ['/p/shaoyang/nowhere', { page: 'not-found', tenant: 'shaoyang' }],
    ['/p/shaoyang/d/a/b', { page: 'not-found', tenant: 'shaoyang' }],
    ['/p/Shaoyang', { page: 'not-found', tenant: null }],
    ['/p/%E4%B8', { page: 'not-found', tenant: null }],
    ['/p/shaoyang/d/%E4%B8', { page: 'not-found', tenant: 'shaoyang' }],
    ['/p', { page: 'not-found', tenant: null }],
  ])('%s → %o', (path, route) => {
    expect(parsePortalLocation(path)).toMatchObject(route);
  });

  it('keeps the query of a search and of a paged section', () => {
    const route = parsePortalLocation('/p/shaoyang/decisions', '?partyName=%E9%82%B5%E9%98%B3&page=3');
    expect(route.page).toBe('decisions');
    expect(route.page === 'decisions' && route.params.get('partyName')).toBe('邵阳');
    const items = parsePortalLocation('/p/shaoyang/items', '?page=2');
    expect(items.page === 'items' && pageParam(items.params)).toBe(2);
  });

  it('builds addresses that parse back, leaving out empty parameters', () => {
    expect(portalHref('shaoyang', 'home')).toBe('/p/shaoyang');
    expect(portalHref('shaoyang', 'decisions', { partyName: '甲 乙', creditCode: '', page: 2 })).toBe('/p/shaoyang/decisions?partyName=%E7%94%B2+%E4%B9%99&page=2');
    const id = 'a/b c';
    expect(parsePortalLocation(decisionHref('shaoyang', id))).toEqual({ page: 'decision', tenant: 'shaoyang', id });
    expect(feedHref('shaoyang', 'atom', 'withdrawn')).toBe('/p/shaoyang/feed.atom?kind=withdrawn');
  });

  it('tells portal paths from the officers\' app', () => {
    expect(isPortalPath('/p/shaoyang')).toBe(true);
    expect(isPortalPath('/')).toBe(false);
    expect(isPortalPath('/pages')).toBe(false);
  });

  it('reads a page number defensively', () => {
    const page = (query: string) => pageParam(new URLSearchParams(query), 40);
    expect(page('')).toBe(1);
    expect(page('page=0')).toBe(1);
    expect(page('page=-2')).toBe(1);
    expect(page('page=2.5')).toBe(1);
    expect(page('page=99')).toBe(40);
    expect(page('page=7')).toBe(7);
  });
});
