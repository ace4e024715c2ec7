import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import createReport from 'docx-templates';
import { describe, expect, it } from 'vitest';
import { createEvaluator } from './expression-evaluator.mjs';
import { templateWith } from './test-docx.ts';

// The pool never sends a template that failed the upload check. These tests bypass the pool on purpose, to show
// that the worker's own second check holds even if that first one were wrong.

type Reply = { ok: true; sha256: string } | { ok: false; failure: { kind: string; text: { zh: string; en: string } } };

async function renderDirectly(template: Uint8Array, data: unknown): Promise<Reply> {
  const worker = new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData: 'sanxiang-docgen-render-worker', execArgv: [], env: {} });
  try {
    return await new Promise<Reply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ id: 1, templateHash: createHash('sha256').update(template).digest('hex'), template, dataJson: JSON.stringify(data) });
    });
  } finally {
    await worker.terminate();
  }
}

describe('the render worker on its own', () => {
  it.each([['EXEC process.exit(1)'], ['IMAGE img'], ['HTML html'], ['INS this.constructor.constructor("return process")()'], ['ALIAS x INS a']])(
    'refuses +++%s+++ before walking the template',
    async (command) => {
      const reply = await renderDirectly(await templateWith([`+++${command}+++`]), { img: {}, html: '<b>x</b>', a: 1 });
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.failure.text.en).toMatch(/is not allowed/);
    },
  );

  it('renders a valid template', async () => {
    const reply = await renderDirectly(await templateWith(['+++INS a+++']), { a: 'x' });
    expect(reply.ok).toBe(true);
  });
});

describe('the evaluator behind runJs', () => {
  it('never evaluates JavaScript, even when docx-templates is handed a hostile template directly', async () => {
    const evaluate = createEvaluator('\u2063t\u2063');
    const render = async (command: string) => createReport({
      template: await templateWith([`+++${command}+++`]),
      data: { a: { b: 'ok' } },
      cmdDelimiter: ['+++', '+++'],
      rejectNullish: true,
      runJs: ({ sandbox }) => ({ modifiedSandbox: sandbox, result: evaluate(String(sandbox.__code__), sandbox) }),
    });
    await expect(render('INS this.constructor.constructor("return process")().version')).rejects.toThrow(/constructor/);
    await expect(render('EXEC globalThis.hacked = 1')).rejects.toThrow(/EvaluationError/);
    expect((globalThis as Record<string, unknown>).hacked).toBeUndefined();
    await expect(render('INS a.toString')).rejects.toThrow(/null or undefined/);
    await expect(render('INS a.b')).resolves.toBeInstanceOf(Uint8Array);
  });
});
