// One way to start Debian's Chromium for every journey (shared/STACK.md lists the flags and why).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:3000';
export const outputDir = process.env.E2E_OUTPUT ?? path.join(import.meta.dirname, 'output');
export const DEMO_PASSWORD = process.env.SANXIANG_DEMO_PASSWORD ?? 'sanxiang-demo-2026';

/** A fresh Chromium profile per call, as STACK.md prescribes; Playwright passes it as --user-data-dir. */
export async function launchBrowser(locale = 'zh-CN'): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    locale,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(outputDir, { recursive: true });
  return path.join(outputDir, `${name}.png`);
}
