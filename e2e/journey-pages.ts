// What the officer's journey does on a page, named after what a person does: sign in, open a page, pick from an
// antd select, take a step of the case, and keep a screenshot of each moment.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, outputDir } from './browser.ts';

export const JOURNEY_DIR = path.join(outputDir, 'officer-journey');
const TIMEOUT = 30_000;

/** Page load times, printed at the end (a journey measures; bench/ and people judge the numbers). */
export const loadTimes: Array<{ page: string; ms: number }> = [];

export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(JOURNEY_DIR, { recursive: true });
  const file = path.join(JOURNEY_DIR, `${name}.png`);
  // Let antd's open and close animations (modals, toasts) settle, so the picture shows the page, not a fade.
  await page.locator('.ant-zoom-appear, .ant-zoom-enter, .ant-zoom-leave, .ant-fade-enter, .ant-fade-leave').first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Opens a route as a fresh page load (not a hash change inside the running app, which would skip loading and starting
 * the app) and waits for the element that shows the page has its data; records how long that took.
 */
export async function open(page: Page, hash: string, ready: string, label = hash): Promise<void> {
  await page.goto('about:blank');
  const started = Date.now();
  await page.goto(`${baseUrl}/${hash}`);
  await page.getByTestId(ready).first().waitFor({ timeout: TIMEOUT });
  loadTimes.push({ page: label, ms: Date.now() - started });
}

export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  const form = page.getByTestId('login-form');
  await form.waitFor({ timeout: TIMEOUT });
  await form.locator('input#username').fill(username);
  await form.locator('input#password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('session-user').waitFor({ timeout: TIMEOUT });
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await page.getByTestId('header-login').waitFor({ timeout: TIMEOUT });
}

/** The input behind a test id, whether antd put the id on the input itself or on a wrapper around it. */
export function inputOf(page: Page, testId: string): Locator {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

/** Types into an antd Select (with search) and clicks the option whose text contains `option`. */
export async function choose(page: Page, select: Locator, option: string, typed?: string): Promise<void> {
  await select.click();
  if (typed !== undefined) await select.locator('input').fill(typed);
  const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first();
  await item.waitFor({ timeout: TIMEOUT });
  await item.click();
}

/** Opens a step of the case, lets `fill` complete its form, confirms it and waits until the page shows the new version. */
export async function takeStep(page: Page, key: string, fill?: (modal: Locator) => Promise<void>): Promise<void> {
  const version = await page.getByTestId('case-page').getAttribute('data-version');
  await page.getByTestId(`step-${key}`).click();
  const modal = page.getByTestId('step-modal');
  await modal.waitFor({ timeout: TIMEOUT });
  if (fill) await fill(modal);
  await page.getByTestId('step-submit').click();
  await modal.waitFor({ state: 'detached', timeout: TIMEOUT });
  await page.locator(`[data-testid="case-page"]:not([data-version="${version}"])`).waitFor({ timeout: TIMEOUT });
}

/** The id of the case the page shows, from its address. */
export function caseIdOf(page: Page): string {
  const match = /#\/cases\/([^/?]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a case page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}
