import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import { decisionCase, seizureCase } from './fixtures/case-factory.ts';
import { testTenant } from './fixtures/test-tenant.ts';

const tenant = testTenant();

describe('evaluate on bad input', () => {
  it('reports an invalid case file with pointers and answers nothing', async () => {
    const evaluation = await evaluate({ config: tenant, case: { party: { kind: 'ROBOT' }, actDate: '2025-13-01' }, action: 'DECIDE' });
    expect(evaluation.valid).toBe(false);
    expect(evaluation.issues.map((issue) => [issue.code, issue.pointer])).toEqual([['INVALID_CASE', '/party/kind'], ['INVALID_CASE', '/actDate']]);
    expect(evaluation.gates.blocked).toBe(true);
    expect(evaluation.review.required).toBe(false);
  });

  it('reports an unknown action and a bad date', async () => {
    const evaluation = await evaluate({ config: tenant, case: decisionCase(), action: 'LAUNCH', at: '2025-02-30' });
    expect(evaluation.issues.map((issue) => issue.pointer)).toEqual(['/action', '/at']);
  });

  it('assumes today, and says so, when the case gives no date', async () => {
    const evaluation = await evaluate({ config: tenant, case: {}, action: 'FILE' });
    expect(evaluation.valid).toBe(true);
    expect(evaluation.issues.map((issue) => issue.code)).toContain('DATE_ASSUMED');
  });

  it('never throws, whatever it is given', async () => {
    await fc.assert(fc.asyncProperty(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }), fc.string(), async (input, action) => {
      const evaluation = await evaluate({ config: tenant, case: input, action });
      expect(evaluation.issues.some((issue) => issue.code === 'ENGINE_ERROR')).toBe(false);
    }), { numRuns: 300 });
  });

  it('serialises to JSON with every sentence rendered', async () => {
    const evaluation = await evaluate({ config: tenant, case: decisionCase(), action: 'DECIDE' });
    const json = JSON.parse(JSON.stringify(evaluation)) as { trace: { rules: { sentence: { zh: string } }[] }; review: { reason: { zh: string } } };
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['review', 'hearing', 'recording', 'disclosure', 'discretion', 'gates', 'forms', 'documents', 'trace']));
    expect(json.trace.rules.length).toBeGreaterThan(20);
    for (const rule of json.trace.rules) expect(rule.sentence.zh).toMatch(/（.+）$/u);
    expect(json.review.reason.zh).toContain('无须法制审核');
  });

  // An accessor on an object literal is allocated in V8's old generation and keeps its closure, and through it the
  // evaluation, alive through every minor GC (rule-trace.ts): answers hold plain data, and only classes may be lazy.
  it('answers with plain data: no object literal carries a getter', async () => {
    const accessors: string[] = [];
    const walk = (value: unknown, path: string, seen: Set<object>): void => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      seen.add(value);
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) return;
      for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
        if (descriptor.get) accessors.push(`${path}/${key}`);
        else walk(descriptor.value, `${path}/${key}`, seen);
      }
    };
    for (const [snapshot, action] of [[decisionCase(), 'DECIDE'], [seizureCase(), 'SEIZURE'], [decisionCase(), undefined]] as const) {
      const evaluation = await evaluate({ config: tenant, case: snapshot, ...(action ? { action } : {}) });
      expect(evaluation.review.reason.zh.length).toBeGreaterThan(0);
      walk(evaluation, '', new Set());
    }
    expect(accessors).toEqual([]);
  });
});
