import { createHash } from 'node:crypto';
import { AppError } from '@sanxiang/errors';
import createReport from 'docx-templates';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { docxText } from './docx-text.ts';
import { EXAMPLE_DATA } from './example-data.ts';
import { createEvaluator } from './expression-evaluator.mjs';
import { loadNationalTemplate } from './document-kinds.ts';
import { createRenderPool } from './render-pool.ts';
import { closeSharedRenderPools, describeRendered, renderDocument } from './render-document.ts';
import { templateWith } from './test-docx.ts';

afterAll(closeSharedRenderPools);

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('renderDocument', () => {
  it('gives the same bytes and SHA-256 for the same template and data, and describes them for storage', async () => {
    const template = await loadNationalTemplate('PENALTY_DECISION');
    const data = EXAMPLE_DATA.PENALTY_DECISION;
    const [first, second] = await Promise.all([renderDocument({ template, data }), renderDocument({ template, data })]);
    expect(first.sha256).toBe(createHash('sha256').update(first.docx).digest('hex'));
    expect(second.sha256).toBe(first.sha256);
    const stored = describeRendered({ templateBuffer: template, templateVersion: 'national-2025.1', data, docx: first.docx });
    expect(stored).toMatchObject({ templateVersion: 'national-2025.1', sha256: first.sha256, templateHash: createHash('sha256').update(template).digest('hex') });
    expect(JSON.parse(stored.data)).toEqual(data);
    expect(stored.dataHash).toBe(createHash('sha256').update(stored.data).digest('hex'));
  });

  it('renders what docx-templates createReport() renders from the same template', async () => {
    const template = await loadNationalTemplate('PENALTY_DECISION');
    const data = EXAMPLE_DATA.PENALTY_DECISION;
    const evaluate = createEvaluator('\u2063test\u2063');
    const reference = await createReport({
      template,
      data,
      cmdDelimiter: ['+++', '+++'],
      literalXmlDelimiter: '\u2063test\u2063',
      rejectNullish: true,
      runJs: ({ sandbox }) => ({ modifiedSandbox: sandbox, result: evaluate(String(sandbox.__code__), sandbox) }),
    });
    const ours = await renderDocument({ template, data });
    expect(docxText(ours.docx)).toBe(docxText(reference));
    expect(docxText(ours.docx, 'word/footer1.xml')).toBe(docxText(reference, 'word/footer1.xml'));
  });

  it('refuses a template that fails the check, with every problem', async () => {
    const template = await templateWith(['+++INS this.constructor.constructor("return process")().version+++', '+++EXEC x+++']);
    const error = await failure(renderDocument({ template, data: {} }));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.details).toMatchObject({ problems: [{ command: expect.stringContaining('constructor') }, { command: 'EXEC x' }] });
  });

  it('names the command whose data is missing or wrong, instead of writing "undefined"', async () => {
    const template = await templateWith(['当事人：+++INS party.name+++', '住所：+++INS party.address+++', '罚款：+++INS amountInChineseCapitals(fine)+++']);
    const missing = await failure(renderDocument({ template, data: { party: { name: '某公司' }, fine: 1 } }));
    expect(missing.code).toBe('BAD_INPUT');
    expect(missing.text.en).toMatch(/no value for "party.address"/);
    expect(missing.details).toEqual({ command: 'party.address' });
    const negative = await failure(renderDocument({ template, data: { party: { name: 'a', address: 'b' }, fine: -5 } }));
    expect(negative.text.zh).toMatch(/不能为负数/);
    const inherited = await failure(renderDocument({ template, data: { party: Object.assign(Object.create({ address: 'inherited' }), { name: 'a' }), fine: 1 } }));
    expect(inherited.text.en).toMatch(/party.address/);
  });

  it('refuses data that is not plain JSON before it reaches a worker', async () => {
    const template = await templateWith(['+++INS a+++']);
    expect((await failure(renderDocument({ template, data: { a: () => 'x' } }))).text.en).toMatch(/cannot be written as JSON/);
    expect((await failure(renderDocument({ template, data: { a: Number.NaN } }))).code).toBe('BAD_INPUT');
  });

  it('escapes data: no party name can inject markup, and control characters are refused', async () => {
    const template = await templateWith(['当事人：+++INS name+++']);
    const hostile = 'A</w:t></w:r><w:r><w:t>B || <w:br/> ||C';
    const { docx } = await renderDocument({ template, data: { name: `${hostile}\n第二行` } });
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
    expect(xml).toContain('A&lt;/w:t&gt;&lt;/w:r&gt;');
    expect(xml).toContain('<w:br/>'); // the newline, and only the newline, became a line break
    expect(docxText(docx)).toBe(`当事人：${hostile}第二行`);
    const control = await failure(renderDocument({ template, data: { name: 'a\u0001b' } }));
    expect(control.text.en).toMatch(/control characters/);
  });
});

describe('createRenderPool', () => {
  const rows = (count: number) => ({ rows: Array.from({ length: count }, (_, i) => ({ name: `第${i}行` })) });
  const loopTemplate = () => templateWith(['+++FOR r IN rows+++', '行：+++INS $r.name+++', '+++END-FOR r+++']);

  it('stops a job that overruns its time limit, keeps the caller responsive, and renders the next one', async () => {
    // Only the hostile job gets the short limit: the next job starts a fresh worker, which on a loaded machine can
    // itself take longer than 200 ms.
    const pool = createRenderPool({ size: 1, timeoutMs: 60_000 });
    try {
      const template = await loopTemplate();
      let ticks = 0;
      const ticker = setInterval(() => { ticks += 1; }, 10);
      const started = performance.now();
      const error = await failure(pool.render({ template, data: rows(20_000), timeoutMs: 200 }));
      clearInterval(ticker);
      expect(error.code).toBe('UNAVAILABLE');
      expect(error.text.en).toBe('Document generation took longer than 200 ms; its worker was stopped.');
      expect(performance.now() - started).toBeLessThan(5_000);
      // The caller's event loop kept running while the worker was stuck (a blocked loop would count none). How many
      // ticks fit in 200 ms depends on the machine's load, so only their presence is asserted.
      expect(ticks).toBeGreaterThan(0);
      const next = await pool.render({ template, data: rows(3) });
      expect(docxText(next.docx)).toBe('行：第0行\n行：第1行\n行：第2行');
    } finally {
      await pool.close();
    }
  });

  it('stops a job that exceeds the memory cap and renders the next one', async () => {
    const pool = createRenderPool({ size: 1, timeoutMs: 60_000, maxOldGenerationSizeMb: 16 });
    try {
      const template = await loopTemplate();
      const error = await failure(pool.render({ template, data: rows(50_000) }));
      expect(error.code).toBe('UNAVAILABLE');
      expect(error.text.en).toMatch(/exceeded its memory cap \(16 MB\)/);
      const next = await pool.render({ template, data: rows(1) });
      expect(docxText(next.docx)).toBe('行：第0行');
    } finally {
      await pool.close();
    }
  });

  it('spreads jobs over its workers and refuses work once closed', async () => {
    const pool = createRenderPool({ size: 2 });
    const template = await loadNationalTemplate('PENALTY_NOTICE');
    const results = await Promise.all(Array.from({ length: 6 }, () => pool.render({ template, data: EXAMPLE_DATA.PENALTY_NOTICE })));
    expect(new Set(results.map((result) => result.sha256)).size).toBe(1);
    const pending = failure(pool.render({ template, data: EXAMPLE_DATA.PENALTY_NOTICE }));
    await pool.close();
    expect((await pending).code).toBe('UNAVAILABLE');
    expect((await failure(pool.render({ template, data: {} }))).text.en).toMatch(/closed/);
  });
});
