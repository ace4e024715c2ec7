import { describe, expect, it } from 'vitest';
import { renderAtomFeed, type FeedItem } from './portal-feed.ts';
import type { PortalEntry } from './portal-view.ts';

const entry: PortalEntry = {
  id: '01a205dc-ad0a-733b-92a2-ac550d6350d2', status: 'PUBLISHED', itemName: '行政处罚决定信息', decisionNumber: '罚〔2025〕1号',
  partyName: 'A&B <食品> "商行"', creditCode: null, itemCode: null, caseType: 'PENALTY', decidedOn: '2025-09-26', publishedOn: '2025-10-13',
  displayUntil: null, agency: '某局', withdrawal: null,
};

describe('the Atom feed', () => {
  it('escapes what tenants and parties typed, and drops characters XML cannot carry', () => {
    const item: FeedItem = { id: entry.id, event: 'published', at: new Date('2025-10-13T02:00:00Z'), title: `标题\u0001${entry.partyName}`, summary: '<script>x</script>', entry };
    const atom = renderAtomFeed({ tenant: { id: 't', code: 'shaoyang', name: '邵阳市' } }, [item], { baseUrl: 'https://gk.example.gov.cn/', now: new Date() });
    expect(atom).toContain('<title>标题A&amp;B &lt;食品&gt; &quot;商行&quot;</title>');
    expect(atom).toContain('<summary>&lt;script&gt;x&lt;/script&gt;</summary>');
    expect(atom).not.toContain('\u0001');
    expect(atom).toContain('<link rel="self" href="https://gk.example.gov.cn/p/shaoyang/feed.atom"/>');
    expect(atom).toContain(`<id>urn:uuid:${entry.id}</id>`);
    expect(atom).toContain('<updated>2025-10-13T02:00:00.000Z</updated>');
  });
});
