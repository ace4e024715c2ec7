import { useQuery } from '@tanstack/react-query';
import { trpc } from '../trpc.ts';
import { type DecisionQuery, searchInput } from './decision-query.ts';

export type BeforeTheAct = Awaited<ReturnType<typeof trpc.portal.beforeTheAct.query>>;
export type PortalEntry = Awaited<ReturnType<typeof trpc.portal.search.query>>['items'][number];
export type PortalSearchResult = Awaited<ReturnType<typeof trpc.portal.search.query>>;
export type PortalDetail = Awaited<ReturnType<typeof trpc.portal.detail.query>>;
export type AnnualReportEntry = Awaited<ReturnType<typeof trpc.portal.annualReports.query>>[number];
export type FlowChartData = BeforeTheAct['flowCharts'][number];

// Everything here is public and changes when something is published: a minute is fresh enough, and a reader moving
// between pages does not fetch the same lists again.
const FRESH = 60_000;

/** Before-the-act disclosure (事前公开): one call feeds the bodies, officers, items, guides, charts and lists pages. */
export function useBeforeTheAct(tenantCode: string) {
  return useQuery({ queryKey: ['portal', tenantCode, 'before-the-act'], queryFn: () => trpc.portal.beforeTheAct.query({ tenantCode }), staleTime: FRESH });
}

export function useDecisionSearch(tenantCode: string, query: DecisionQuery, enabled = true) {
  const input = searchInput(tenantCode, query);
  return useQuery({ queryKey: ['portal', tenantCode, 'search', input], queryFn: () => trpc.portal.search.query(input), staleTime: FRESH, enabled });
}

export function useDecision(tenantCode: string, id: string) {
  return useQuery({ queryKey: ['portal', tenantCode, 'decision', id], queryFn: () => trpc.portal.detail.query({ tenantCode, id }), staleTime: FRESH });
}

export function useAnnualReports(tenantCode: string) {
  return useQuery({ queryKey: ['portal', tenantCode, 'annual-reports'], queryFn: () => trpc.portal.annualReports.query({ tenantCode }), staleTime: FRESH });
}
