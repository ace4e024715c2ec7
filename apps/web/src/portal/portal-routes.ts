/**
 * The public portal's addresses. Unlike the officers' app (hash routes), the portal routes on the path, /p/<tenant>/…,
 * so every page and every search-result page has a real URL: a reader can bookmark, print or share it, a search
 * engine and our crawl test can follow it, and the server answers each with the app (its HTML fallback).
 */
export const PORTAL_SECTIONS = ['bodies', 'officers', 'items', 'guides', 'flow', 'inspections', 'discretion', 'reports'] as const;
export type PortalSection = (typeof PORTAL_SECTIONS)[number];

export type PortalRoute =
  | { page: 'home'; tenant: string }
  | { page: 'decisions'; tenant: string; params: URLSearchParams }
  | { page: 'decision'; tenant: string; id: string }
  | { page: PortalSection; tenant: string; params: URLSearchParams }
  | { page: 'not-found'; tenant: string | null };

const TENANT_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/u;
const PREFIX = /^\/p\/([^/]+)(?:\/(.*))?$/u;

export function isPortalPath(pathname: string): boolean {
  return pathname === '/p' || pathname.startsWith('/p/');
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape (%E4%B8) is a bad address, not a crash.
    return null;
  }
}

function isSection(value: string): value is PortalSection {
  return PORTAL_SECTIONS.some((section) => section === value);
}

export function parsePortalLocation(pathname: string, search = ''): PortalRoute {
  const match = PREFIX.exec(pathname);
  const tenant = match?.[1] ? decodeSegment(match[1]) : null;
  if (!tenant || !TENANT_CODE.test(tenant)) return { page: 'not-found', tenant: null };
  const rest = (match?.[2] ?? '').replace(/\/+$/u, '');
  const params = new URLSearchParams(search);
  if (rest === '') return { page: 'home', tenant };
  if (rest === 'decisions') return { page: 'decisions', tenant, params };
  if (isSection(rest)) return { page: rest, tenant, params };
  const detail = /^d\/([^/]+)$/u.exec(rest);
  const id = detail?.[1] ? decodeSegment(detail[1]) : null;
  if (id && id.length <= 64) return { page: 'decision', tenant, id };
  return { page: 'not-found', tenant };
}

const base = (tenant: string) => `/p/${encodeURIComponent(tenant)}`;

/** The address of a portal page; empty parameters are left out so equal pages have equal addresses. */
export function portalHref(tenant: string, page: 'home' | 'decisions' | PortalSection, params: Record<string, string | number | undefined> = {}): string {
  const path = page === 'home' ? base(tenant) : `${base(tenant)}/${page}`;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && String(value) !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function decisionHref(tenant: string, id: string): string {
  return `${base(tenant)}/d/${encodeURIComponent(id)}`;
}

export function feedHref(tenant: string, format: 'atom' | 'json', kind?: 'published' | 'withdrawn'): string {
  return `${base(tenant)}/feed.${format}${kind ? `?kind=${kind}` : ''}`;
}

/** A page number from the address: a whole number from 1, or 1 for anything else. */
export function pageParam(params: URLSearchParams, max = 10_001): number {
  const raw = params.get('page');
  if (raw === null || !/^\d{1,6}$/u.test(raw)) return 1;
  return Math.min(Math.max(Number(raw), 1), max);
}
