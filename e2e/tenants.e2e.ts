import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, launchBrowser, screenshotPath } from './browser.ts';

describe('the foundation journey', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  before(async () => {
    ({ context, close } = await launchBrowser());
  });
  after(async () => close?.());

  it('/healthz answers 200 with the embedded database', async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.db, 'pglite');
    assert.equal(body.migrations.state, 'up-to-date');
  });

  it('renders the tenant list in Chinese', async () => {
    const page = await context.newPage();
    await page.goto(baseUrl);
    const list = page.getByTestId('tenant-list');
    await list.getByText('邵阳市').first().waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    assert.match(await page.locator('body').innerText(), /执法/);
    const file = screenshotPath('01-tenant-list-zh');
    await page.screenshot({ path: file, fullPage: true });
    assert.ok(fs.statSync(file).size > 10_000, 'the screenshot has content');
    await page.close();
  });

  it('signs in as the demo officer and opens the demo case through tRPC', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/#/login`);
    const form = page.getByTestId('login-form');
    await form.waitFor();
    await form.locator('input#username, input[name=username]').first().fill('officer1');
    await form.locator('input#password, input[name=password]').first().fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    const list = page.getByTestId('case-list');
    await list.getByText('某食品有限公司').first().waitFor({ timeout: 30_000 });
    await list.getByText('某食品有限公司').first().click();
    const casePage = page.getByTestId('case-page');
    await casePage.waitFor({ timeout: 30_000 });
    const text = await casePage.innerText();
    assert.match(text, /shaoyang-demo-0001/);
    assert.match(text, /立案/);
    assert.match(text, /法制审核/);
    await page.screenshot({ path: screenshotPath('02-demo-case-zh'), fullPage: true });
    await page.close();
  });
});
