/**
 * The public decision search as it travels in the address bar (/p/<tenant>/decisions?partyName=…&page=2) and as the
 * portal router takes it. Read from a URL anyone can type, so every value is checked here against the router's limits
 * (packages/api routers/portal/schemas.ts): a bad one is dropped and named, never sent to fail the whole page.
 */
export const CASE_TYPES = ['PENALTY', 'COERCION', 'INSPECTION', 'LICENCE', 'EXPROPRIATION', 'CONFIRMATION', 'OTHER'] as const;
export type CaseTypeCode = (typeof CASE_TYPES)[number];

export interface DecisionQuery {
  partyName?: string;
  creditCode?: string;
  decisionNumber?: string;
  itemCode?: string;
  caseType?: CaseTypeCode;
  decidedFrom?: string;
  decidedTo?: string;
  page: number;
  /** The router's keyset cursor for pages past LAST_PAGE (its `nextCursor`); it takes the place of the page number. */
  after?: string;
}

/** The names in the address, shorter than the router's for the two dates. */
export const QUERY_PARAMETER = {
  partyName: 'partyName',
  creditCode: 'creditCode',
  decisionNumber: 'decisionNumber',
  itemCode: 'itemCode',
  caseType: 'caseType',
  decidedFrom: 'from',
  decidedTo: 'to',
} as const;
type TextField = 'partyName' | 'creditCode' | 'decisionNumber' | 'itemCode';

const MAX_LENGTH: Record<TextField, number> = { partyName: 100, creditCode: 40, decisionNumber: 200, itemCode: 80 };
export const PAGE_SIZE = 20;
/** The router serves no page past an offset of 10,000 (portal-search.ts MAX_OFFSET). */
export const LAST_PAGE = Math.floor(10_000 / PAGE_SIZE) + 1;

function isCaseType(value: string): value is CaseTypeCode {
  return CASE_TYPES.some((type) => type === value);
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export interface ReadQuery {
  query: DecisionQuery;
  /** Address parameters that were present but unusable, by their name in the address. */
  ignored: string[];
}

export function readDecisionQuery(params: URLSearchParams): ReadQuery {
  const query: DecisionQuery = { page: 1 };
  const ignored: string[] = [];
  for (const field of ['partyName', 'creditCode', 'decisionNumber', 'itemCode'] as const) {
    const value = params.get(QUERY_PARAMETER[field])?.trim();
    if (!value) continue;
    if (value.length > MAX_LENGTH[field]) ignored.push(QUERY_PARAMETER[field]);
    else query[field] = value;
  }
  const caseType = params.get('caseType');
  if (caseType) {
    if (isCaseType(caseType)) query.caseType = caseType;
    else ignored.push('caseType');
  }
  for (const field of ['decidedFrom', 'decidedTo'] as const) {
    const value = params.get(QUERY_PARAMETER[field])?.trim();
    if (!value) continue;
    if (isCalendarDate(value)) query[field] = value;
    else ignored.push(QUERY_PARAMETER[field]);
  }
  const after = params.get('after');
  if (after) {
    if (/^[A-Za-z0-9_-]{1,200}$/u.test(after)) query.after = after;
    else ignored.push('after');
  }
  const page = params.get('page');
  if (page && query.after === undefined) {
    if (/^\d{1,6}$/u.test(page) && Number(page) >= 1 && Number(page) <= LAST_PAGE) query.page = Number(page);
    else ignored.push('page');
  }
  return { query, ignored };
}

/** The query as address parameters: only what is set, the page only past the first. */
export function queryParams(query: Partial<DecisionQuery>): Record<string, string | undefined> {
  const params: Record<string, string | undefined> = {};
  for (const [field, name] of Object.entries(QUERY_PARAMETER) as [keyof typeof QUERY_PARAMETER, string][]) {
    const value = query[field];
    if (value) params[name] = value;
  }
  if (query.after) params.after = query.after;
  else if (query.page && query.page > 1) params.page = String(query.page);
  return params;
}

/** What the router is asked: the query without the page size the portal pages at. */
export function searchInput(tenantCode: string, query: DecisionQuery) {
  const { page, ...filters } = query;
  return { tenantCode, ...filters, page, pageSize: PAGE_SIZE };
}

/** A search form's fields (FormData) as a query, back at page 1. */
export function queryFromForm(form: FormData): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of Object.values(QUERY_PARAMETER)) {
    const value = form.get(name);
    if (typeof value === 'string' && value.trim() !== '') params.set(name, value.trim());
  }
  return params;
}

export function hasFilters(query: DecisionQuery): boolean {
  return Object.keys(QUERY_PARAMETER).some((field) => query[field as keyof typeof QUERY_PARAMETER] !== undefined);
}
