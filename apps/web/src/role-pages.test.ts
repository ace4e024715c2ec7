import { describe, expect, it } from 'vitest';
import { homeFor, pagesFor } from './role-pages.ts';

describe('pages per role', () => {
  it('gives each role its work and nothing it would be refused', () => {
    expect(pagesFor(['OFFICER'])).toEqual(['cases']);
    expect(pagesFor(['LEGAL_REVIEWER'])).toEqual(['cases', 'reviews']);
    expect(pagesFor(['DEPARTMENT_HEAD'])).toEqual(['cases', 'approvals']);
    expect(pagesFor(['DEPARTMENT_ADMIN'])).toEqual(['templates']);
    expect(pagesFor([])).toEqual([]);
  });

  it('lands each role where its work waits', () => {
    expect(homeFor(['OFFICER'])).toEqual({ page: 'cases' });
    expect(homeFor(['LEGAL_REVIEWER'])).toEqual({ page: 'reviews' });
    expect(homeFor(['DEPARTMENT_HEAD'])).toEqual({ page: 'approvals' });
    expect(homeFor(['VENDOR'])).toEqual({ page: 'templates' });
  });
});
