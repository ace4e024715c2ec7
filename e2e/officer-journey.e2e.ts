// Issue 6's journey in the browser, in zh-CN (the refusal also in English): a 50,000-yuan penalty on an organisation of
// Shaoyang's market-regulation bureau, from the catalogue to the downloaded 行政处罚决定书; and a malicious template.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { docxText } from '@sanxiang/docgen';
import { templateWith } from '@sanxiang/docgen/testing';
import { caseIdOf, choose, inputOf, JOURNEY_DIR, loadTimes, open, shot, signIn, signOut, takeStep } from './journey-pages.ts';

const PARTY = '邵阳市湘味食品贸易有限公司';
// A 1×1 PNG: the upload route decides the type from these bytes, not from the name.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('the officer, the reviewer and the head of Shaoyang market regulation', () => {
  let page: Page;
  let close: () => Promise<void>;
  let caseId = '';
  let caseNumber = '';

  const openCase = async (label: string) => open(page, `#/cases/${encodeURIComponent(caseId)}`, 'requirements', label);

  before(async () => {
    const browser = await launchBrowser('zh-CN');
    close = browser.close;
    page = await browser.context.newPage();
  });

  after(async () => {
    console.log(`page load times (ms): ${loadTimes.map((each) => `${each.page}=${each.ms}`).join(', ')}`);
    console.log(`page load max ms: ${Math.max(0, ...loadTimes.map((each) => each.ms))}`);
    await close?.();
  });

  it('1. files the penalty case from the catalogue, fills in the forms, attaches evidence and gives notice', async () => {
    await signIn(page, 'officer1');
    await open(page, '#/cases/new', 'new-case-form', 'new case');
    await choose(page, page.getByTestId('new-case-item'), 'scjg-cf-001', '未取得食品');
    await page.getByTestId('new-case-item-basis').waitFor();
    await page.getByTestId('new-case-title').fill(`${PARTY}未取得食品经营许可经营食品案`);
    await page.getByTestId('new-case-party-name').fill(PARTY);
    await page.getByTestId('new-case-party-identifier').fill('91430500MA4T8Q2K3X');
    await page.getByTestId('new-case-party-address').fill('湖南省邵阳市大祥区宝庆路88号');
    await choose(page, page.getByTestId('new-case-co-officer'), '李华');
    await inputOf(page, 'new-case-fine').fill('50000');
    await shot(page, '01-new-case');
    await page.getByTestId('new-case-submit').click();
    await page.getByTestId('requirements').waitFor({ timeout: 30_000 });
    caseId = caseIdOf(page);
    caseNumber = (await page.getByTestId('case-number').innerText()).trim();
    assert.match(caseNumber, /^SCJG-\d{4}-\d{4}$/);
    assert.match(await page.getByTestId('requirement-hearing').innerText(), /享有听证权利/);

    // The forms: the facts the engine judges by, and the texts the documents print.
    await page.getByTestId('particulars-facts').click();
    await page.getByTestId('fact-complexMultipleRelations').getByText('是', { exact: true }).click();
    await page.getByTestId('particulars-texts').click();
    await page.getByTestId('part-caseCause').fill('未取得食品经营许可从事食品经营活动');
    await page.getByTestId('part-findings').fill('本机关执法人员检查发现，当事人未取得食品经营许可，在大祥区宝庆路88号经营预包装食品，涉及多个供货渠道和关联企业。');
    await page.getByTestId('part-violatedProvision').fill('《中华人民共和国食品安全法》第三十五条第一款');
    await page.getByTestId('part-legalRepresentative').fill('李建国');
    await page.getByTestId('part-reconsiderationBody').fill('邵阳市人民政府');
    await page.getByTestId('part-court').fill('邵阳市大祥区人民法院');
    await page.getByTestId('part-payment-bank').fill('中国工商银行邵阳分行营业部');
    await page.getByTestId('part-payment-accountName').fill('邵阳市财政局非税收入汇缴结算户');
    await page.getByTestId('part-payment-accountNumber').fill('1905021509024001234');
    await page.getByTestId('part-evidence-add').click();
    await page.getByPlaceholder('证据名称').fill('现场检查笔录及现场照片');
    await page.getByPlaceholder('证明事项').fill('证明当事人在经营场所经营食品的事实');
    await page.getByTestId('particulars-save').click();
    await page.locator('[data-testid="case-page"]:not([data-version="1"])').waitFor();
    assert.match(await page.getByTestId('requirement-review').innerText(), /须经法制审核/);
    await shot(page, '02-particulars');

    // The stage's own form (立案审批表, the tenant's form schema), prefilled from the case and checked on the server.
    await page.getByTestId('stage-form-header-filing-approval').click();
    const filing = page.getByTestId('stage-form-filing-approval');
    await choose(page, filing.locator('div[name="root_caseSource"]'), '监督检查发现');
    await filing.locator('#root_unitOpinion').fill('当事人涉嫌未取得食品经营许可从事食品经营，符合立案条件，建议立案调查。');
    await filing.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByTestId('stage-form-header-filing-approval').getByText('已填写').waitFor({ timeout: 30_000 });
    await shot(page, '02b-filing-form');

    // Filing is the head's (行政处罚法 第五十四条).
    await signOut(page);
    await signIn(page, 'head');
    await open(page, '#/approvals', 'head-approvals', 'approvals');
    await page.getByTestId(`approve-${caseNumber}-approve-filing`).click();
    await page.getByTestId('approve-submit').click();
    await page.getByTestId('approve-modal').waitFor({ state: 'detached' });
    await signOut(page);

    await signIn(page, 'officer1');
    await openCase('case page');
    await takeStep(page, 'record-inspection');
    await page.getByTestId('evidence-device').fill('ZFJLY-0031');
    await page.getByTestId('evidence-file').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PHOTO });
    await page.getByTestId('evidence-submit').click();
    await page.getByTestId('evidence').getByText('现场照片.png').waitFor({ timeout: 30_000 });
    await shot(page, '03-evidence');
    await takeStep(page, 'notify', async (modal) => {
      assert.equal(await modal.getByTestId('step-field-hearingRightNotified').getAttribute('aria-checked'), 'true');
    });
    await takeStep(page, 'waive-defence');
    assert.equal(await page.getByTestId('case-page').getAttribute('data-stage'), 'NOTICE');
    await shot(page, '04-notice-given');
  });

  it('2. refuses the officer a decision, with the review gate and its reason', async () => {
    await page.getByTestId('step-try-decide').click();
    const refusal = page.getByTestId('decide-refusal');
    await refusal.waitFor();
    const text = await refusal.innerText();
    assert.match(text, /法制审核/);
    assert.match(text, /第五十八条/);
    assert.ok((await page.getByTestId('decide-refusal-gates').locator('li').count()) >= 1);
    await shot(page, '05-decision-refused-zh');

    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('step-try-decide').click();
    await page.getByTestId('decide-refusal').getByText(/legal review/i).first().waitFor();
    assert.match(await page.getByTestId('decide-refusal').innerText(), /Refused/);
    await shot(page, '06-decision-refused-en');
    await page.getByTestId('language-switch').getByText('中文').click();
  });

  it('3. goes to review, comes back with a problem, is resubmitted and agreed', async () => {
    await takeStep(page, 'submit-review');
    await signOut(page);

    await signIn(page, 'head');
    await open(page, '#/approvals', 'head-reviews', 'approvals');
    await page.getByTestId(`assign-${caseNumber}`).click();
    await page.getByTestId('head-reviews').getByText(caseNumber).waitFor({ state: 'detached', timeout: 30_000 });
    await signOut(page);

    await signIn(page, 'reviewer');
    await open(page, '#/reviews', 'review-inbox', 'review inbox');
    await page.getByTestId(`review-${caseNumber}`).click();
    await page.getByTestId('opinion-form').waitFor();
    assert.ok(await page.getByTestId(`review-due-${caseNumber}`).isVisible(), 'the due date is shown');
    await page.getByTestId('check-facts-evidence-passed').click();
    await page.getByTestId('check-facts-evidence-note').fill('缺少营业场所外观照片');
    await page.getByTestId('opinion-choice').getByText('存在问题').click();
    await page.getByTestId('opinion-problems').fill('缺少营业场所外观照片，不能证明经营地点');
    await shot(page, '07-review-problems');
    await page.getByTestId('opinion-submit').click();
    await page.getByTestId('review-work').getByText('已退回补正').waitFor({ timeout: 30_000 });
    await signOut(page);

    await signIn(page, 'officer1');
    await openCase('case page');
    await page.getByTestId('resubmit-response').fill('已补充营业场所外观照片两张');
    await page.getByTestId('resubmit-submit').click();
    await page.getByTestId('review-round-2').waitFor({ timeout: 30_000 });
    await shot(page, '08-resubmitted');
    await signOut(page);

    await signIn(page, 'reviewer');
    await open(page, '#/reviews', 'review-inbox', 'review inbox');
    await page.getByTestId(`review-${caseNumber}`).click();
    await page.getByTestId('opinion-form').waitFor();
    await page.getByTestId('opinion-submit').click();
    await page.getByTestId('review-work').getByText('审核通过').waitFor({ timeout: 30_000 });
    await shot(page, '09-review-agreed');
    await signOut(page);
  });

  it('4. is decided by the head, and the officer downloads the 行政处罚决定书 with every art. 59 item', async () => {
    await signIn(page, 'officer1');
    await openCase('case page');
    await takeStep(page, 'propose-decision', async (modal) => {
      await modal.getByTestId('step-field-reasoning-evidence').fill('现场检查笔录、现场照片与当事人陈述相互印证，予以采信。');
      await modal.getByTestId('step-field-reasoning-basis').fill('当事人未取得食品经营许可从事食品经营，适用《中华人民共和国食品安全法》第一百二十二条第一款。');
      await modal.getByTestId('step-field-reasoning-discretion').fill('违法情节一般，无从轻、减轻情节，按一般档次处以罚款。');
    });
    await signOut(page);

    await signIn(page, 'head');
    await open(page, '#/approvals', 'head-approvals', 'approvals');
    await page.getByTestId(`approve-${caseNumber}-decide`).click();
    await page.getByTestId('step-field-number').fill('邵市监处罚〔2026〕118号');
    await shot(page, '10-head-decides');
    await page.getByTestId('approve-submit').click();
    await page.getByTestId('approve-modal').waitFor({ state: 'detached', timeout: 30_000 });
    await signOut(page);

    await signIn(page, 'officer1');
    await openCase('case page');
    assert.equal(await page.getByTestId('case-page').getAttribute('data-stage'), 'DELIVERY');
    await choose(page, page.getByTestId('document-kind'), '行政处罚决定书');
    await page.getByTestId('document-generate').click();
    await page.getByTestId('document-download-PENALTY_DECISION').waitFor({ timeout: 60_000 });
    await shot(page, '11-document-generated');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('document-download-PENALTY_DECISION').click()]);
    assert.match(download.suggestedFilename(), /^行政处罚决定书-SCJG-.*\.docx$/);
    const file = path.join(JOURNEY_DIR, '行政处罚决定书.docx');
    await download.saveAs(file);
    const text = docxText(fs.readFileSync(file));
    assert.match(text, new RegExp(`当事人：${PARTY}`));
    assert.match(text, /罚款金额：人民币伍万元整（¥50,000\.00）/);
    assert.match(text, /向邵阳市人民政府申请行政复议/);
    assert.match(text, /向邵阳市大祥区人民法院提起行政诉讼/);
    assert.match(text, /邵市监处罚〔2026〕118号/);
    assert.doesNotMatch(text, /undefined|\+\+\+/);
    await signOut(page);
  });

  it('refuses a malicious template, naming each command and its place', async () => {
    await signIn(page, 'admin');
    await open(page, '#/templates', 'templates-page', 'templates');
    const evil = await templateWith(['行政处罚决定书', '+++INS this.constructor.constructor("return process")().version+++', '+++EXEC require("child_process").execSync("id")+++']);
    await page.getByTestId('template-file-PENALTY_DECISION').setInputFiles({ name: 'evil.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: evil });
    const refusal = page.getByTestId('template-refusal');
    await refusal.waitFor({ timeout: 30_000 });
    const text = await refusal.innerText();
    assert.match(text, /模板未通过安全检查/);
    assert.match(text, /EXEC/);
    assert.match(text, /word\/document\.xml/);
    assert.equal(await page.getByTestId('template-problem').count(), 2);
    await shot(page, '12-malicious-template-refused');
    await signOut(page);
  });
});
