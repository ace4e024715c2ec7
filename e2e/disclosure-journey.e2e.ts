// Issue 7, end to end: a penalty decided on 2025-09-26 is due for disclosure 7 working days later across the 2025
// National Day holiday (2025-10-13); it is published and the public portal shows it redacted; the decision is revoked
// and the portal shows it withdrawn with its reason. The officers act through the tRPC HTTP endpoint with their session
// cookies; the public side is the real portal in Chromium, without a login. The server runs on its own clock, moved to
// the morning of 2025-09-26 (SANXIANG_CLOCK, refused in production).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshotPath } from './browser.ts';
import { type DecidedCase, decidePenalty, OfficersApi, publishDisclosure, revokeDecision, startServer, type TestServer } from './portal-fixtures.ts';

const DAY = '2025-09-26';
const DECISION_NUMBER = '邵市监罚〔2025〕926号';
// An individual business (个体工商户): the name is published (the Zhejiang default policy), the ID number, phone and
// address never are (浙江省人民政府令第332号 第七条; packages/disclosure redaction-policy.ts).
const PARTY = { kind: 'INDIVIDUAL' as const, name: '邵阳市双清区刘旅程副食店', identifier: '430502198705123411', phone: '13907391234', address: '邵阳市双清区旅程路12号' };
const SECRETS = [PARTY.identifier, PARTY.phone, '旅程路', '198705123411'];
const REASON = '邵阳市人民政府行政复议决定撤销原处罚决定';
const BASIS = '邵政复决字〔2025〕17号';

describe('issue 7: a decision disclosed on time, then withdrawn, on the public portal', () => {
  let server: TestServer;
  let api: OfficersApi;
  let context: BrowserContext;
  let closeBrowser: () => Promise<void>;
  let decided: DecidedCase;

  before(async () => {
    server = await startServer({ name: 'disclosure-journey', clock: `${DAY}T10:00:00+08:00` });
    api = new OfficersApi(server.baseUrl);
    await api.signIn('officer1', 'head');
    ({ context, close: closeBrowser } = await launchBrowser());
  });
  after(async () => {
    await closeBrowser?.();
    await server?.stop();
  });

  const portal = (path = '') => `${server.baseUrl}/p/shaoyang${path}`;
  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(portal(path));
    await settled(page);
    return page;
  }

  it(`1. the decision is made on ${DAY}`, async () => {
    decided = await decidePenalty(api, {
      day: DAY, title: '刘旅程副食店销售超过保质期食品案', party: PARTY, decisionNumber: DECISION_NUMBER, itemCode: 'scjg-cf-001',
      findings: '2025年9月26日，执法人员检查发现当事人店内销售超过保质期的预包装食品。',
    });
    const detail = await api.query<{ stage: string; number: string }>('officer1', 'case.get', { id: decided.caseId });
    assert.equal(detail.stage, 'DELIVERY', 'decided, waiting for delivery');
  });

  it('2. its disclosure is due 2025-10-13: 7 working days across the 2025 National Day holiday, and is not public yet', async () => {
    // 09-28 (Sunday) and 10-11 (Saturday) are make-up working days, 10-01 to 10-08 are off: 09-28, 09-29, 09-30, 10-09,
    // 10-10, 10-11, 10-13 (国办发明电〔2024〕12号).
    assert.equal(decided.dueDate, '2025-10-13');
    const page = await open(`/decisions?decisionNumber=${encodeURIComponent(DECISION_NUMBER)}`);
    assert.match(await page.getByTestId('portal-decisions').innerText(), /没有符合条件的已公示执法决定/);
    await page.goto(portal(`/d/${decided.disclosureId}`));
    await settled(page);
    await page.getByTestId('portal-not-found').first().waitFor();
    assert.ok(!(await page.content()).includes(PARTY.name), 'a scheduled decision shows nothing of its party');
    await page.screenshot({ path: screenshotPath('journey-2-not-yet-public'), fullPage: true });
    await page.close();
  });

  it('3. it is published, and the portal shows it redacted', async () => {
    const preview = await publishDisclosure(api, decided.disclosureId);
    assert.equal((preview.payload.party as { name?: string }).name, PARTY.name);

    const page = await open('');
    await page.getByTestId('portal-search-form').locator('input[name=partyName]').fill('刘旅程');
    await page.getByTestId('portal-search-submit').click();
    await page.waitForURL(/\/p\/shaoyang\/decisions\?partyName=/u);
    const row = page.getByTestId(`portal-entry-${decided.disclosureId}`);
    await row.waitFor();
    assert.match(await row.innerText(), /邵市监罚〔2025〕926号[\s\S]*刘旅程副食店[\s\S]*2025-09-26[\s\S]*已公示/u);
    await page.screenshot({ path: screenshotPath('journey-3-search-result'), fullPage: true });

    await row.getByRole('link', { name: DECISION_NUMBER }).click();
    const content = page.getByTestId('portal-content');
    await content.waitFor();
    assert.equal(new URL(page.url()).pathname, `/p/shaoyang/d/${decided.disclosureId}`);
    const text = await page.getByTestId('portal-decision').innerText();
    assert.match(text, /当事人名称\s+邵阳市双清区刘旅程副食店/u);
    assert.match(text, /决定日期\s+2025-09-26/u);
    assert.match(text, /处罚内容\s+罚款 500 元/u);
    const html = await page.content();
    for (const secret of SECRETS) assert.ok(!html.includes(secret), `the published page must not hold ${secret}`);
    await page.screenshot({ path: screenshotPath('journey-3-published-redacted'), fullPage: true });

    // On paper: the content without the portal's navigation, tools or search form.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.portal-nav').evaluate((nav) => getComputedStyle(nav).display), 'none');
    assert.equal(await page.locator('.portal-tools').evaluate((tools) => getComputedStyle(tools).display), 'none');
    assert.notEqual(await content.evaluate((list) => getComputedStyle(list).display), 'none');
    await page.screenshot({ path: screenshotPath('journey-3-published-print'), fullPage: true });
    await page.close();

    const feed = (await (await fetch(portal('/feed.json'))).json()) as { items: { id: string; tags: string[] }[] };
    assert.deepEqual(feed.items.map((item) => [item.id, item.tags[0]]), [[decided.disclosureId, 'published']]);
  });

  it('4. the decision is revoked, and the portal shows it withdrawn with its reason', async () => {
    await revokeDecision(api, decided.caseId, { reason: REASON, basis: BASIS, changedOn: DAY });

    const page = await open(`/d/${decided.disclosureId}`);
    const notice = page.getByTestId('portal-withdrawal');
    await notice.waitFor();
    assert.match(await notice.innerText(), new RegExp(`本公示已撤回[\\s\\S]*撤回理由\\s+${REASON}[\\s\\S]*撤回依据\\s+${BASIS.replace(/[〔〕]/gu, '.')}`, 'u'));
    assert.equal(await page.getByTestId('portal-content').count(), 0, 'the withdrawn content is not shown');
    const html = await page.content();
    for (const secret of [PARTY.name, '刘旅程', '罚款 500 元', ...SECRETS]) assert.ok(!html.includes(secret), `the withdrawn page must not hold ${secret}`);
    await page.screenshot({ path: screenshotPath('journey-4-withdrawn'), fullPage: true });

    await page.goto(portal('/decisions?partyName=%E5%88%98%E6%97%85%E7%A8%8B'));
    await settled(page);
    assert.match(await page.getByTestId('portal-decisions').innerText(), /没有符合条件的已公示执法决定/, 'a withdrawn party is no longer found by name');
    await page.goto(portal(`/decisions?decisionNumber=${encodeURIComponent(DECISION_NUMBER)}`));
    const row = page.getByTestId(`portal-entry-${decided.disclosureId}`);
    await row.waitFor();
    assert.match(await row.innerText(), /已撤回/);
    assert.ok(!(await row.innerText()).includes('刘旅程'));

    // The reader's other language: the notice in English, the reason as the body wrote it.
    await page.goto(portal(`/d/${decided.disclosureId}`));
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByText('This disclosure was withdrawn').waitFor();
    await page.screenshot({ path: screenshotPath('journey-4-withdrawn-en'), fullPage: true });
    await page.getByTestId('language-switch').getByText('中文').click();
    await page.close();

    const atom = await (await fetch(portal('/feed.atom'))).text();
    assert.ok(atom.includes(`<id>urn:uuid:${decided.disclosureId}#withdrawn</id>`));
    assert.ok(atom.includes(REASON));
    for (const secret of [PARTY.name, ...SECRETS]) assert.ok(!atom.includes(secret), `the feed must not hold ${secret}`);
  });
});

/** Waits until the portal's data has arrived: no request in flight and no loading spinner. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelector('.portal') !== null && document.querySelector('.ant-spin-spinning') === null);
}
