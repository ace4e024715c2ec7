/**
 * Feeds of new and withdrawn decisions for a tenant's portal, as data (JSON Feed 1.1 shape) and as Atom (RFC 4287).
 * A withdrawn decision appears in the withdrawn feed with its reason and never with its party; a published one
 * appears in the new feed only while it is still published.
 */
import { entryOf, PORTAL_SELECT, type Portal, type PortalEntry } from './portal-view.ts';

export type FeedKind = 'published' | 'withdrawn' | 'all';

export interface FeedItem {
  id: string;
  event: 'published' | 'withdrawn';
  at: Date;
  title: string;
  summary: string;
  entry: PortalEntry;
}

export const MAX_FEED_ITEMS = 100;

export async function portalFeed(portal: Portal, input: { kind?: FeedKind | undefined; limit?: number | undefined }): Promise<FeedItem[]> {
  const kind = input.kind ?? 'all';
  const take = Math.min(Math.max(Math.trunc(input.limit ?? 50), 1), MAX_FEED_ITEMS);
  const [published, withdrawn] = await Promise.all([
    kind === 'withdrawn' ? [] : portal.db.disclosure.findMany({
      where: { AND: [portal.visible, { status: 'PUBLISHED' }] }, select: PORTAL_SELECT, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], take,
    }),
    kind === 'published' ? [] : portal.db.disclosure.findMany({
      where: { AND: [portal.visible, { status: 'WITHDRAWN' }] }, select: PORTAL_SELECT, orderBy: [{ withdrawnAt: 'desc' }, { id: 'desc' }], take,
    }),
  ]);
  const items: FeedItem[] = [
    ...published.map((row) => {
      const entry = entryOf(row, portal);
      return {
        id: row.id, event: 'published' as const, at: row.publishedAt ?? new Date(0), entry,
        title: `${entry.itemName ?? '执法决定'}：${entry.decisionNumber ?? ''}`,
        summary: [entry.agency, entry.partyName, entry.decidedOn ? `决定日期 ${entry.decidedOn}` : null].filter(Boolean).join('，'),
      };
    }),
    ...withdrawn.map((row) => {
      const entry = entryOf(row, portal);
      return {
        id: row.id, event: 'withdrawn' as const, at: row.withdrawnAt ?? new Date(0), entry,
        title: `撤回公示：${entry.decisionNumber ?? ''}`,
        summary: `撤回理由：${entry.withdrawal?.reason ?? ''}${entry.withdrawal?.basis ? `（依据：${entry.withdrawal.basis}）` : ''}`,
      };
    }),
  ];
  return items.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1)).slice(0, take);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Escapes text for XML and drops the control characters XML 1.0 cannot carry at all. */
function xml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '').replace(/[&<>"']/gu, (ch) => XML_ESCAPES[ch] ?? ch);
}

/**
 * The feed as an Atom document. Entry ids are `urn:uuid:` of the disclosure (its id is a UUID), so a reader keeps one
 * entry per disclosure; a withdrawal is a separate entry id (`…#withdrawn`) because it is a new event.
 */
export function renderAtomFeed(portal: Pick<Portal, 'tenant'>, items: readonly FeedItem[], options: { baseUrl: string; now: Date }): string {
  const base = options.baseUrl.replace(/\/+$/u, '');
  const self = `${base}/p/${encodeURIComponent(portal.tenant.code)}`;
  const updated = (items[0]?.at ?? options.now).toISOString();
  const entries = items.map((item) => [
    '  <entry>',
    `    <id>urn:uuid:${xml(item.id)}${item.event === 'withdrawn' ? '#withdrawn' : ''}</id>`,
    `    <title>${xml(item.title)}</title>`,
    `    <updated>${item.at.toISOString()}</updated>`,
    `    <link rel="alternate" href="${xml(`${self}/d/${encodeURIComponent(item.id)}`)}"/>`,
    `    <category term="${item.event}"/>`,
    `    <summary>${xml(item.summary)}</summary>`,
    '  </entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${xml(`${self}/feed`)}</id>`,
    `  <title>${xml(`${portal.tenant.name} 行政执法公示`)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(portal.tenant.name)}</name></author>`,
    `  <link rel="self" href="${xml(`${self}/feed.atom`)}"/>`,
    `  <link rel="alternate" href="${xml(self)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

