// Issue 7: the public portal never shows an unpublished or withdrawn decision, nor a field the tenant marked private.
// A seeded tenant gets deliberate markers: a decision never published, one published and then withdrawn, and one
// whose address and credit code the tenant marks private after publishing. A crawler then starts at /p/shaoyang,
// follows every same-origin link (every page, every result page, every detail, the feeds), runs every search the form
// offers plus searches for each marker, and asserts that no page, no feed and no API answer the portal received holds
// any marker, while the published decisions (the positive control) are all there.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshotPath } from './browser.ts';
import { decidePenalty, OfficersApi, publishDisclosure, revokeDecision, startServer, type TestServer } from './portal-fixtures.ts';

const DAY = '2025-09-26';
const PUBLISHED = 21; // with the private-field one, 22 published and one withdrawn: two result pages of 20
const publishedName = (n: number) => `邵阳市公开测试商行${String(n).padStart(2, '0')}`;

const UNPUBLISHED = { name: '邵阳市未公开标记甲号商行', number: '邵市监罚〔2025〕未公开标记1号' };
const WITHDRAWN = { name: '邵阳市撤回标记乙号商行', address: '邵阳市撤回地址标记路1号', number: '邵市监罚〔2025〕801号', reason: '人民法院判决撤销原处罚决定', basis: '邵阳市大祥区人民法院行政判决书' };
const PRIVATE = { name: '邵阳市隐私测试丙号商行', address: '邵阳市隐私地址标记路8号', creditCode: '91430500PRIVMARK7X', number: '邵市监罚〔2025〕802号' };
const MARKERS = [UNPUBLISHED.name, UNPUBLISHED.number, '未公开标记', WITHDRAWN.name, WITHDRAWN.address, '撤回标记', '撤回地址标记', PRIVATE.address, PRIVATE.creditCode, '隐私地址标记', 'PRIVMARK'];

const PAGE_LIMIT = 400;

interface Leak {
  where: string;
  marker: string;
}

describe('the portal crawl: nothing unpublished, withdrawn or private on any page of a seeded tenant', () => {
  let server: TestServer;
  let api: OfficersApi;
  let context: BrowserContext;
  let closeBrowser: () => Promise<void>;
  const ids = { unpublished: '', withdrawn: '', private: '' };

  before(async () => {
    server = await startServer({ name: 'portal-crawl', clock: `${DAY}T10:00:00+08:00` });
    api = new OfficersApi(server.baseUrl);
    await api.signIn('officer1', 'head', 'admin');
    ({ context, close: closeBrowser } = await launchBrowser());
  });
  after(async () => {
    await closeBrowser?.();
    await server?.stop();
  });

  const publicDetail = (id: string) => api.query<{ status: string; partyName: string | null; content: unknown }>(null, 'portal.detail', { tenantCode: 'shaoyang', id });

  it('seeds published decisions and the three kinds of marker, each visible where it should be before the crawl', async () => {
    for (let n = 1; n <= PUBLISHED; n += 1) {
      const decided = await decidePenalty(api, {
        day: DAY, title: `${publishedName(n)}案`, decisionNumber: `邵市监罚〔2025〕${600 + n}号`,
        party: { kind: 'ORGANISATION', name: publishedName(n), address: `邵阳市大祥区公开路${n}号` },
      });
      await publishDisclosure(api, decided.disclosureId);
    }

    const unpublished = await decidePenalty(api, { day: DAY, title: '未公开案', decisionNumber: UNPUBLISHED.number, party: { kind: 'ORGANISATION', name: UNPUBLISHED.name, address: '邵阳市北塔区未公开路3号' } });
    ids.unpublished = unpublished.disclosureId;

    const withdrawn = await decidePenalty(api, { day: DAY, title: '撤回案', decisionNumber: WITHDRAWN.number, party: { kind: 'ORGANISATION', name: WITHDRAWN.name, address: WITHDRAWN.address } });
    ids.withdrawn = withdrawn.disclosureId;
    await publishDisclosure(api, ids.withdrawn);
    // The marker is real: while published, the public detail carried it.
    assert.ok(JSON.stringify(await publicDetail(ids.withdrawn)).includes(WITHDRAWN.address));
    await revokeDecision(api, withdrawn.caseId, { reason: WITHDRAWN.reason, basis: WITHDRAWN.basis, changedOn: DAY });

    const hidden = await decidePenalty(api, { day: DAY, title: '隐私案', decisionNumber: PRIVATE.number, party: { kind: 'ORGANISATION', name: PRIVATE.name, identifier: PRIVATE.creditCode, address: PRIVATE.address } });
    ids.private = hidden.disclosureId;
    await publishDisclosure(api, ids.private);
    const before = JSON.stringify(await publicDetail(ids.private));
    assert.ok(before.includes(PRIVATE.address) && before.includes(PRIVATE.creditCode), 'published with the default policy, address and code show');
    // Then the tenant marks both private: the portal must stop showing them for entries already published.
    const settings = await api.query<{ version: number }>('admin', 'disclosure.settings');
    await api.mutate('admin', 'disclosure.updateSettings', {
      expectedVersion: settings.version,
      redactionPolicy: {
        naturalPersonName: 'KEEP', privateFields: ['party.address', 'party.creditCode'], publicNumbers: [],
        basis: [{ law: '《中华人民共和国政府信息公开条例》', article: '第十五条' }],
      },
    });

    const statuses = await api.query<{ id: string; status: string }[]>('officer1', 'disclosure.list', { take: 200 });
    const status = (id: string) => statuses.find((row) => row.id === id)?.status;
    assert.deepEqual([status(ids.unpublished), status(ids.withdrawn), status(ids.private)], ['SCHEDULED', 'WITHDRAWN', 'PUBLISHED']);
    assert.equal(statuses.filter((row) => row.status === 'PUBLISHED').length, PUBLISHED + 1);
  });

  it('crawls every portal page, result page, detail and feed, and finds no marker anywhere', async () => {
    const base = new URL(server.baseUrl);
    const home = `${server.baseUrl}/p/shaoyang`;
    const leaks: Leak[] = [];
    const seen = new Map<string, string>(); // url → what it was (page, feed, other)
    const pageTexts: string[] = [];
    const apiBodies: Promise<void>[] = [];
    const check = (where: string, text: string) => {
      for (const marker of MARKERS) if (text.includes(marker)) leaks.push({ where, marker });
    };

    const page = await context.newPage();
    // Every answer the portal pages get from the API is checked too, not only what they chose to render.
    page.on('response', (response) => {
      if (!response.url().includes('/trpc/')) return;
      apiBodies.push(response.text().then((body) => check(`API ${decodeURIComponent(response.url())}`, body), () => {}));
    });

    const search = (params: Record<string, string>) => `${home}/decisions?${new URLSearchParams(params).toString()}`;
    const queue: string[] = [
      home,
      // A reader may type anything: each marker searched by name and number, and the marker entries' own addresses.
      ...[UNPUBLISHED.name, '未公开标记', WITHDRAWN.name, '撤回标记', PRIVATE.name].map((name) => search({ partyName: name })),
      ...[UNPUBLISHED.number, WITHDRAWN.number, PRIVATE.number].map((number) => search({ decisionNumber: number })),
      search({ creditCode: PRIVATE.creditCode }),
      `${home}/d/${ids.unpublished}`, `${home}/d/${ids.withdrawn}`, `${home}/d/${ids.private}`,
    ];
    const enqueue = (href: string) => {
      const url = new URL(href, base);
      if (url.origin !== base.origin) return;
      url.hash = '';
      const key = url.toString();
      if (!seen.has(key) && !queue.includes(key)) queue.push(key);
    };

    while (queue.length > 0 && seen.size < PAGE_LIMIT) {
      const url = new URL(queue.shift()!);
      const key = url.toString();
      if (seen.has(key)) continue;
      if (/\/feed\.(atom|json)$/u.test(url.pathname)) {
        seen.set(key, 'feed');
        const response = await fetch(key);
        assert.equal(response.status, 200, key);
        check(`feed ${key}`, await response.text());
        continue;
      }
      const inPortal = url.pathname === '/p/shaoyang' || url.pathname.startsWith('/p/shaoyang/');
      seen.set(key, inPortal ? 'page' : 'other');
      await page.goto(key);
      await settled(page).catch((error: Error) => {
        throw new Error(`${decodeURIComponent(key)} did not settle: ${error.message}`);
      });
      // A search for a marker shows the reader's own words in the form and in the print line: that is the query, not data.
      const html = await page.evaluate(() => {
        const copy = document.documentElement.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('form, .portal-print-only').forEach((echo) => echo.remove());
        return copy.outerHTML;
      });
      check(`page ${decodeURIComponent(key)}`, html);
      if (!inPortal) continue; // the officers' app is outside the portal: checked, not explored
      pageTexts.push(await page.locator('main').innerText());
      for (const href of await page.$$eval('a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href))) enqueue(href);
      // Every search the form offers: each enforcement item and each type, whatever the links already reached.
      if (url.pathname === '/p/shaoyang/decisions' && url.search === '') {
        for (const name of ['itemCode', 'caseType']) {
          const values = await page.$$eval(`form select[name=${name}] option`, (options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
          for (const value of values) enqueue(search({ [name]: value }));
        }
      }
      if (url.pathname === '/p/shaoyang/decisions' && url.searchParams.get('page') === '2') await page.screenshot({ path: screenshotPath('crawl-results-page-2'), fullPage: true });
      if (url.pathname === `/p/shaoyang/d/${ids.private}`) await page.screenshot({ path: screenshotPath('crawl-private-fields-gone'), fullPage: true });
    }
    await Promise.all(apiBodies);
    await page.screenshot({ path: screenshotPath('crawl-last-page'), fullPage: true });
    await page.close();

    assert.ok(seen.size < PAGE_LIMIT, `the crawl stopped at ${PAGE_LIMIT} addresses; something generates endless links`);
    assert.deepEqual(leaks, [], `markers found:\n${leaks.map((leak) => `${leak.marker} in ${leak.where}`).join('\n')}`);

    // The crawl saw the portal, not an empty shell: every section, both result pages, every published decision.
    const pages = [...seen].filter(([, kind]) => kind === 'page').map(([url]) => new URL(url));
    const paths = new Set(pages.map((url) => url.pathname));
    for (const section of ['', '/decisions', '/bodies', '/officers', '/items', '/guides', '/flow', '/inspections', '/discretion', '/reports']) {
      assert.ok(paths.has(`/p/shaoyang${section}`), `reached /p/shaoyang${section}`);
    }
    assert.ok(pages.some((url) => url.pathname === '/p/shaoyang/decisions' && url.searchParams.get('page') === '2'), 'followed the pager to page 2');
    assert.ok(pages.some((url) => url.searchParams.has('itemCode')) && pages.some((url) => url.searchParams.has('caseType')), 'ran the form\'s searches');
    assert.ok([...seen].filter(([, kind]) => kind === 'feed').length >= 2, 'fetched both feeds');
    const details = pages.filter((url) => url.pathname.startsWith('/p/shaoyang/d/'));
    assert.ok(details.length >= PUBLISHED + 2, `opened every published and withdrawn decision (${details.length})`);
    const everything = pageTexts.join('\n');
    for (let n = 1; n <= PUBLISHED; n += 1) assert.ok(everything.includes(publishedName(n)), `${publishedName(n)} is on the portal`);
    assert.ok(everything.includes(PRIVATE.name), 'the entry with private fields is shown, without them');
    assert.ok(everything.includes(WITHDRAWN.reason) && everything.includes(WITHDRAWN.number), 'the withdrawn decision shows its number and reason');
    console.log(`# crawled ${pages.length} portal pages, ${seen.size - pages.length} feeds and other addresses, no marker found`);
  });
});

/** Waits until the page's data has arrived: no request in flight and no loading spinner. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelector('.ant-spin-spinning') === null);
}
