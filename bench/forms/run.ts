/**
 * Forms benchmark (not a test): how long a keystroke takes in a 300-field CaseForm, in Debian's Chromium.
 *
 *   pnpm bench:forms              (from the repository root)
 *
 * It bundles bench/forms/page.tsx (CaseForm from packages/forms, React in production mode, minified) with the esbuild
 * that Vite ships, opens it through playwright-core, and types into six text fields spread over the form: ASCII
 * through key presses, Chinese through text insertion (what an input method commits), and Backspace. Each keystroke
 * is measured in the page from its keydown (or input) event to the frame after it, and the next key waits until
 * that measurement is in, so every keystroke stands alone. It does this twice: with RJSF holding the draft, and with
 * the page holding it through onChange. It also times the first render, a submit that validates all 300 fields, and
 * the server's validateSubmission on the same form.
 * The last line is one JSON object: {"fields":300, "keystrokes":…, "p50_ms":…, "p99_ms":…, "max_ms":…, …}.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser } from '../../e2e/browser.ts';
import { clearValidatorCache, validateSubmission } from '../../packages/forms/src/server.ts';
import { wideForm } from './wide-form.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

/** The part of esbuild's API used here (esbuild is Vite's dependency, not the repository's). */
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ errors: unknown[] }>;
  version: string;
}
const vite = createRequire(join(root, 'apps/web/package.json')).resolve('vite');
const esbuild = createRequire(vite)('esbuild') as Esbuild;

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const round = (n: number): number => Math.round(n * 100) / 100;
const pad = (value: string | number, width: number): string => String(value).padStart(width);

interface Probe {
  keystrokes: number[];
  tabs: number[];
  slowEvents: { name: string; duration: number }[];
  pending: number;
  mountedMs: number;
}
declare global {
  interface Window {
    __probe: Probe;
  }
}

const form = wideForm();
const TEXT = 'Zhang San 2025 03 20 ';
const CHINESE = '邵阳市大祥区查封仓库';
/** A required field left empty, so the refused submit marked it. */
const AFTER_SUBMIT_TARGET = 's7.f03';
const TABS = 20;

// 1. Bundle the page.
const outDir = mkdtempSync(join(tmpdir(), 'sx-forms-bench-'));
await esbuild.build({
  entryPoints: [join(here, 'page.tsx')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  jsx: 'automatic',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  // The page's own imports (react-dom/client) resolve where the forms package's do, so there is one React.
  nodePaths: [join(root, 'packages/forms/node_modules')],
  outfile: join(outDir, 'page.js'),
  logLevel: 'error',
});
writeFileSync(join(outDir, 'index.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>forms bench</title></head><body><div id="app"></div><script src="page.js"></script></body></html>');
const pageUrl = pathToFileURL(join(outDir, 'index.html')).href;

// 2. Type into the form in Chromium.
const browser = await launchBrowser('zh-CN');
interface ModeResult { mode: string; keystrokes: number[]; slowEvents: { name: string; duration: number }[]; mountedMs: number; submitMs: number; afterSubmit: number[]; tabs: number[] }
const results: ModeResult[] = [];
try {
  const version = browser.context.browser()?.version() ?? 'unknown';
  console.log(`forms bench: ${form.fieldCount} fields, Chromium ${version} headless, esbuild ${esbuild.version}, ${TEXT.length + CHINESE.length + 3} keystrokes per field, ${form.typingTargets.length} fields`);
  for (const mode of ['uncontrolled', 'controlled']) {
    const page = await browser.context.newPage();
    await page.goto(`${pageUrl}?mode=${mode}`);
    await page.waitForFunction(() => !Number.isNaN(window.__probe.mountedMs), undefined, { timeout: 60_000 });
    const settle = () => page.waitForFunction(() => window.__probe.pending === 0, undefined, { polling: 'raf' });
    const typeInto = async (target: string): Promise<void> => {
      await page.locator(`#root_${target.replace('.', '_')}`).click();
      for (const key of TEXT) {
        await page.keyboard.press(key === ' ' ? 'Space' : key);
        await settle();
      }
      for (const character of CHINESE) {
        await page.keyboard.insertText(character);
        await settle();
      }
      for (let index = 0; index < 3; index += 1) {
        await page.keyboard.press('Backspace');
        await settle();
      }
    };
    // Warm-up on a field not measured: the first keystrokes compile code paths the rest reuse.
    await typeInto('s3.f00');
    await page.evaluate(() => {
      const probe = window.__probe;
      probe.keystrokes.length = 0;
      probe.slowEvents.length = 0;
    });
    for (const target of form.typingTargets) await typeInto(target);
    // A submit validates all 300 fields and renders the errors of the required ones still empty.
    const submitMs = await page.evaluate(() => new Promise<number>((resolve) => {
      const button = document.querySelector<HTMLButtonElement>('button[type="submit"]');
      const started = performance.now();
      button?.click();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
    }));
    const errorsShown = await page.locator('.ant-form-item-explain-error').count();
    if (errorsShown === 0) throw new Error('the submit showed no errors: the form did not validate');
    const before = await page.evaluate(() => {
      const { keystrokes, slowEvents, mountedMs } = window.__probe;
      const taken = { keystrokes: [...keystrokes], slowEvents: [...slowEvents], mountedMs };
      keystrokes.length = 0;
      return taken;
    });
    // After a refused submit the officer fixes fields: typing again, and Tab to the next field, which validates.
    await typeInto(AFTER_SUBMIT_TARGET);
    for (let index = 0; index < TABS; index += 1) {
      await page.keyboard.press('Tab');
      await settle();
    }
    const after = await page.evaluate(() => ({ keystrokes: window.__probe.keystrokes, tabs: window.__probe.tabs }));
    results.push({ mode, submitMs, ...before, afterSubmit: after.keystrokes, tabs: after.tabs });
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(outDir, { recursive: true, force: true });
}

// 3. The server's validation of the same form, filled in.
const filled = form.example;
clearValidatorCache();
let started = performance.now();
const first = validateSubmission(form.schema, filled);
const serverFirstMs = performance.now() - started;
if (!first.valid) throw new Error(`the filled form does not validate: ${JSON.stringify(first.issues.slice(0, 3))}`);
const serverTimes: number[] = [];
for (let index = 0; index < 300; index += 1) {
  started = performance.now();
  validateSubmission(form.schema, filled);
  serverTimes.push(performance.now() - started);
}
serverTimes.sort((a, b) => a - b);

// 4. Report.
console.log(`${pad('mode', 13)}${pad('keys', 6)}${pad('p50_ms', 9)}${pad('p99_ms', 9)}${pad('max_ms', 9)}${pad('>50ms', 7)}${pad('mount_ms', 10)}${pad('submit_ms', 11)}  Event Timing ≥16 ms (max)`);
const summary: Record<string, number> = { fields: form.fieldCount };
for (const result of results) {
  const sorted = [...result.keystrokes].sort((a, b) => a - b);
  const slow = result.slowEvents.filter((event) => ['keydown', 'keypress', 'input', 'keyup', 'beforeinput'].includes(event.name));
  const slowMax = slow.reduce((max, event) => Math.max(max, event.duration), 0);
  const over = sorted.filter((value) => value > 50).length;
  console.log(`${pad(result.mode, 13)}${pad(sorted.length, 6)}${pad(round(quantile(sorted, 0.5)), 9)}${pad(round(quantile(sorted, 0.99)), 9)}${pad(round(sorted.at(-1) ?? Number.NaN), 9)}${pad(over, 7)}${pad(round(result.mountedMs), 10)}${pad(round(result.submitMs), 11)}  ${slow.length} (${slowMax} ms)`);
  const after = [...result.afterSubmit].sort((a, b) => a - b);
  const tabs = [...result.tabs].sort((a, b) => a - b);
  console.log(`${pad('', 13)} after the refused submit: ${after.length} keys p50 ${round(quantile(after, 0.5))} ms, p99 ${round(quantile(after, 0.99))} ms, max ${round(after.at(-1) ?? Number.NaN)} ms; ${tabs.length} Tabs (blur + validation) p50 ${round(quantile(tabs, 0.5))} ms, max ${round(tabs.at(-1) ?? Number.NaN)} ms`);
  const prefix = result.mode === 'uncontrolled' ? '' : `${result.mode}_`;
  Object.assign(summary, {
    [`${prefix}keystrokes`]: sorted.length, [`${prefix}p50_ms`]: round(quantile(sorted, 0.5)), [`${prefix}p99_ms`]: round(quantile(sorted, 0.99)),
    [`${prefix}max_ms`]: round(sorted.at(-1) ?? Number.NaN), [`${prefix}over_50ms`]: over, [`${prefix}mount_ms`]: round(result.mountedMs),
    [`${prefix}submit_ms`]: round(result.submitMs), [`${prefix}event_timing_max_ms`]: slowMax,
    [`${prefix}after_submit_p50_ms`]: round(quantile(after, 0.5)), [`${prefix}after_submit_max_ms`]: round(after.at(-1) ?? Number.NaN),
    [`${prefix}tab_p50_ms`]: round(quantile(tabs, 0.5)), [`${prefix}tab_max_ms`]: round(tabs.at(-1) ?? Number.NaN),
  });
}
console.log(`server validateSubmission (300 fields): first ${round(serverFirstMs)} ms (guard + strict compile), then p50 ${round(quantile(serverTimes, 0.5))} ms, p99 ${round(quantile(serverTimes, 0.99))} ms`);
Object.assign(summary, { server_first_ms: round(serverFirstMs), server_p50_ms: round(quantile(serverTimes, 0.5)), server_p99_ms: round(quantile(serverTimes, 0.99)) });
console.log(JSON.stringify(summary));
