/**
 * The public search: by party name (contains), unified social credit code, decision number, enforcement item, case
 * type and decision-date range, newest decision first, a page at a time. Each filter has its index
 * (schema.prisma, model Disclosure); bench/portal measures them on 1,000,000 rows. The date range and the order are
 * on the decision date.
 */
import { Prisma, type CaseType } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';
import { beijingDay } from './beijing-day.ts';
import { entryOf, PORTAL_SELECT, publicPayload, type Portal, type PortalEntry } from './portal-view.ts';
import { creditCodeKey, escapeLikePattern, nameSearchKey, queryTokens } from './search-keys.ts';
import type { PublishedDecision } from './decision-summary.ts';

export interface PortalSearchInput {
  partyName?: string | undefined;
  creditCode?: string | undefined;
  decisionNumber?: string | undefined;
  itemCode?: string | undefined;
  caseType?: CaseType | undefined;
  /** YYYY-MM-DD, inclusive. */
  decidedFrom?: string | undefined;
  decidedTo?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
  /**
   * The `nextCursor` of the page before: the next page starts right after it, at the cost of a first page however
   * deep it is (keyset pagination). Takes the place of `page`.
   */
  after?: string | undefined;
}

export interface PortalSearchResult {
  items: PortalEntry[];
  page: number;
  pageSize: number;
  /**
   * Matches counted up to COUNT_LIMIT; `totalIsLowerBound` says there are more. Null on a page reached by cursor: the
   * reader has the total from the first page, and counting again would cost more than the page.
   */
  total: number | null;
  totalIsLowerBound: boolean;
  /** Pass as `after` for the page after this one; null on the last page. */
  nextCursor: string | null;
}

export const MAX_PAGE_SIZE = 50;
/** Deeper pages cost the database more than any reader gains; narrow the search instead. */
export const MAX_OFFSET = 10_000;
/** Beyond this many matches the total reads "1,000+": counting further costs a heap visit per match. */
export const COUNT_LIMIT = 1000;

function refuse(zh: string, en: string, pointer: string): never {
  throw new AppError('BAD_INPUT', { zh, en }, { details: { problems: [{ pointer, message: en }] } });
}

/**
 * The WHERE of a search, visibility included, as SQL. The page and the count are raw SQL because Prisma adds
 * `ORDER BY id` to any query with a limit and no order of its own, which makes PostgreSQL find and sort every match
 * before counting the first thousand (224 ms for a broad name on 1,000,000 rows in bench/portal, against 17 ms).
 * The tenant is named here explicitly: raw SQL does not pass through the tenant-scoped client.
 */
export function searchConditions(portal: Pick<Portal, 'tenant' | 'today' | 'nameHidden' | 'creditCodeHidden'>, input: PortalSearchInput): Prisma.Sql {
  const parts: Prisma.Sql[] = [
    Prisma.sql`"tenantId" = ${portal.tenant.id}`,
    Prisma.sql`"status" IN ('PUBLISHED', 'WITHDRAWN')`,
    Prisma.sql`"publishedAt" IS NOT NULL`,
    Prisma.sql`("displayUntil" IS NULL OR "displayUntil" >= ${portal.today}::date)`,
  ];
  if (input.partyName !== undefined) {
    if (portal.nameHidden) refuse('本单位不公开当事人名称，不能按名称查询。', 'This body does not publish party names, so they cannot be searched.', '/partyName');
    const key = nameSearchKey(input.partyName);
    if (key.length === 0) refuse('请输入要查询的当事人名称。', 'Enter part of the party name to search for.', '/partyName');
    parts.push(Prisma.sql`"partyNameTokens" @> ${queryTokens(key)}::text[]`);
    // One or two characters are matched exactly by their token; longer queries need the substring check as well.
    if (Array.from(key).length > 2) parts.push(Prisma.sql`"partyNameKey" LIKE ${`%${escapeLikePattern(key)}%`}`);
  }
  if (input.creditCode !== undefined) {
    if (portal.creditCodeHidden) refuse('本单位不公开统一社会信用代码，不能按代码查询。', 'This body does not publish credit codes, so they cannot be searched.', '/creditCode');
    parts.push(Prisma.sql`"creditCode" = ${creditCodeKey(input.creditCode)}`);
  }
  if (input.decisionNumber !== undefined) parts.push(Prisma.sql`"decisionNumber" = ${input.decisionNumber.normalize('NFKC').trim()}`);
  if (input.itemCode !== undefined) parts.push(Prisma.sql`"itemCode" = ${input.itemCode}`);
  if (input.caseType !== undefined) parts.push(Prisma.sql`"caseType" = ${input.caseType}::"CaseType"`);
  if (input.decidedFrom && input.decidedTo && input.decidedFrom > input.decidedTo) refuse('起始日期晚于截止日期。', 'The start date is after the end date.', '/decidedFrom');
  if (input.decidedFrom) parts.push(Prisma.sql`"decidedOn" >= ${input.decidedFrom}::date`);
  if (input.decidedTo) parts.push(Prisma.sql`"decidedOn" <= ${input.decidedTo}::date`);
  return Prisma.join(parts, ' AND ');
}

/** Newest decision first; the id breaks ties so pages never overlap. Both read backwards off the indexes. */
export const PORTAL_ORDER: Prisma.DisclosureOrderByWithRelationInput[] = [{ decidedOn: 'desc' }, { id: 'desc' }];

export async function searchPortal(portal: Portal, input: PortalSearchInput): Promise<PortalSearchResult> {
  const pageSize = Math.min(Math.max(Math.trunc(input.pageSize ?? 20), 1), MAX_PAGE_SIZE);
  const page = Math.max(Math.trunc(input.page ?? 1), 1);
  const skip = (page - 1) * pageSize;
  if (skip > MAX_OFFSET) {
    refuse(`最多翻到第 ${Math.floor(MAX_OFFSET / pageSize) + 1} 页，请增加查询条件缩小范围。`, `Pages beyond ${Math.floor(MAX_OFFSET / pageSize) + 1} are not served; add filters to narrow the search.`, '/page');
  }
  const where = searchConditions(portal, input);
  const cursor = input.after === undefined ? undefined : parseCursor(input.after);
  if (cursor && skip > 0) refuse('翻页游标与页码不能同时使用。', 'Give either a page number or a cursor, not both.', '/after');
  const after = cursor ? Prisma.sql` AND ("decidedOn", "id") < (${cursor.decidedOn}::date, ${cursor.id})` : Prisma.empty;
  const [ids, [counted]] = await Promise.all([
    portal.db.$queryRaw<{ id: string; decidedOn: Date | string | null }[]>`SELECT "id", "decidedOn" FROM "Disclosure" WHERE ${where}${after} ORDER BY "decidedOn" DESC, "id" DESC LIMIT ${pageSize} OFFSET ${skip}`,
    cursor ? [] : portal.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS "n" FROM (SELECT 1 FROM "Disclosure" WHERE ${where} LIMIT ${COUNT_LIMIT + 1}) AS "matches"`,
  ]);
  // The rows themselves through the tenant-scoped client, visibility checked a second time.
  const rows = ids.length === 0 ? [] : await portal.db.disclosure.findMany({ where: { AND: [portal.visible, { id: { in: ids.map((row) => row.id) } }] }, select: PORTAL_SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = ids.flatMap(({ id }) => byId.get(id) ?? []);
  const last = ids.at(-1);
  return {
    items: ordered.map((row) => entryOf(row, portal)),
    page, pageSize,
    // After a cursor the count is of the whole search, so it says nothing about the last page.
    ...(cursor ? { total: null, totalIsLowerBound: false } : totalOf(counted?.n ?? 0, skip, ordered.length, pageSize)),
    nextCursor: ids.length === pageSize && last?.decidedOn ? formatCursor({ decidedOn: dayOf(last.decidedOn), id: last.id }) : null,
  };
}

/** A DATE column as raw SQL returns it: a Date at midnight UTC, or the text of the day. */
function dayOf(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : beijingDay(value);
}

/** `<decision day>~<id>`, base64url: opaque to the reader, checked when it comes back. */
function formatCursor(cursor: { decidedOn: string; id: string }): string {
  return Buffer.from(`${cursor.decidedOn}~${cursor.id}`, 'utf8').toString('base64url');
}

function parseCursor(text: string): { decidedOn: string; id: string } {
  const match = /^(\d{4}-\d{2}-\d{2})~([0-9a-f-]{1,64})$/u.exec(Buffer.from(text, 'base64url').toString('utf8'));
  if (!match || Number.isNaN(Date.parse(match[1]!))) refuse('翻页游标无效，请从第一页重新查询。', 'The page cursor is not valid; start again from the first page.', '/after');
  return { decidedOn: match[1]!, id: match[2]! };
}

/** Exact when the count stayed under the limit or this page is the last; otherwise at least what is known. */
function totalOf(counted: number, skip: number, onPage: number, pageSize: number): { total: number; totalIsLowerBound: boolean } {
  if (onPage < pageSize && (onPage > 0 || skip === 0)) return { total: skip + onPage, totalIsLowerBound: false };
  if (counted <= COUNT_LIMIT) return { total: counted, totalIsLowerBound: false };
  return { total: Math.max(COUNT_LIMIT, skip + onPage), totalIsLowerBound: true };
}

export interface PortalDetail extends PortalEntry {
  /** What was published, for a published entry; null for a withdrawn one, which shows only its notice. */
  content: PublishedDecision | null;
}

export async function portalDetail(portal: Portal, id: string): Promise<PortalDetail> {
  const row = await portal.db.disclosure.findFirst({ where: { AND: [portal.visible, { id }] }, select: PORTAL_SELECT });
  if (!row) throw AppError.notFound({ zh: '公示信息', en: 'Published decision' });
  return { ...entryOf(row, portal), content: publicPayload(row, portal) };
}
