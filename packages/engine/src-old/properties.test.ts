import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_TYPES } from './case-snapshot.ts';
import { CASE_SCHEMA } from './case-schema.ts';
import { validateCase } from './case-validator.ts';
import { evaluate } from './evaluate.ts';
import type { Evaluation } from './evaluation.ts';
import { arbitraryFromSchema } from './fixtures/case-arbitrary.ts';
import { decisionCase, seizureCase } from './fixtures/case-factory.ts';
import { provided, shaoyangConfig } from './fixtures/shaoyang-config.ts';
import { testTenant } from './fixtures/test-tenant.ts';

// A tenant with a vendor's rule whose fact no one provides: every evaluation must report it, never crash on it.
const config = shaoyangConfig();
config.rules = [provided({
  id: 'acme.risk-gate', kind: 'GATE', actions: [...ACTION_TYPES], message: { zh: '风险评分过高', en: 'risk score too high' },
  condition: { fact: 'acme.riskScore', operator: 'greaterThan', value: 5 }, basis: [{ seed: '004' }],
}, 'acme', 'rulesets/acme/rules.json', '/rules/0')];
const tenant = testTenant(config);
const unmemoised = testTenant(config, { memoEntries: 0 });

const anyCase = fc.oneof(
  { weight: 3, arbitrary: arbitraryFromSchema(CASE_SCHEMA) },
  { weight: 1, arbitrary: fc.constantFrom(decisionCase(), seizureCase()) },
);
const anyAction = fc.option(fc.constantFrom(...ACTION_TYPES), { nil: undefined });
const anyDate = fc.option(fc.constantFrom('2025-04-21', '2025-10-01', '2026-02-16', '2019-01-01', '2027-12-31', '9999-12-31'), { nil: undefined });
const RUNS = { numRuns: 150 };

/** Everything but the execution statistics, which depend on what the memo already holds. */
const serialised = (evaluation: Evaluation): string => {
  const plain = JSON.parse(JSON.stringify(evaluation)) as Evaluation;
  return JSON.stringify({ ...plain, trace: { ...plain.trace, counts: null } });
};

describe('properties of evaluate', () => {
  it('the arbitrary makes only valid case files', () => {
    fc.assert(fc.property(arbitraryFromSchema(CASE_SCHEMA), (snapshot) => validateCase(snapshot).ok), { numRuns: 300 });
  });

  it('never throws and never fails internally on a case that matches the schema', async () => {
    await fc.assert(fc.asyncProperty(anyCase, anyAction, anyDate, async (snapshot, action, at) => {
      const evaluation = await evaluate({ config: tenant, case: snapshot, ...(action ? { action } : {}), ...(at ? { at } : {}) });
      expect(evaluation.valid).toBe(true);
      expect(evaluation.issues.filter((issue) => issue.code === 'ENGINE_ERROR' || issue.code === 'RULE_ERROR')).toEqual([]);
    }), RUNS);
  });

  it('is deterministic, and remembering results changes nothing', async () => {
    await fc.assert(fc.asyncProperty(anyCase, anyAction, async (snapshot, action) => {
      const input = { case: snapshot, at: '2025-04-21', ...(action ? { action } : {}) };
      const first = serialised(await evaluate({ config: tenant, ...input }));
      const second = serialised(await evaluate({ config: tenant, ...input }));
      const fresh = serialised(await evaluate({ config: unmemoised, ...input }));
      expect(second).toBe(first);
      expect(fresh).toBe(first);
    }), RUNS);
  });

  it('reports a fact no one provides instead of crashing on it', async () => {
    await fc.assert(fc.asyncProperty(anyCase, fc.constantFrom(...ACTION_TYPES), async (snapshot, action) => {
      const evaluation = await evaluate({ config: tenant, case: snapshot, action, at: '2025-04-21' });
      if (evaluation.trace.facts['acme.riskScore'] !== null) return;
      expect(evaluation.trace.unknownFacts).toContainEqual(expect.objectContaining({ name: 'acme.riskScore', reason: 'NOT_CATALOGUED', rules: ['acme.risk-gate'] }));
      expect(evaluation.issues).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_FACT', pointer: '/facts/acme.riskScore' }));
      expect(evaluation.gates.undetermined.map((gate) => gate.code)).toContain('acme.risk-gate');
    }), RUNS);
  });

  it('gives every gate, warning and obligation a non-empty trace with a legal basis', async () => {
    await fc.assert(fc.asyncProperty(anyCase, anyAction, async (snapshot, action) => {
      const evaluation = await evaluate({ config: tenant, case: snapshot, at: '2025-04-21', ...(action ? { action } : {}) });
      const { failing, undetermined, warnings, obligations } = evaluation.gates;
      for (const finding of [...failing, ...undetermined, ...warnings, ...obligations]) {
        expect(finding.basis.length, finding.code).toBeGreaterThan(0);
        for (const basis of finding.basis) expect(Boolean((basis.law && basis.article) || basis.document || basis.seed), finding.code).toBe(true);
        expect(finding.trace.ruleId).toBe(finding.code);
        expect(finding.trace.provenance.file.length).toBeGreaterThan(0);
        expect(finding.sentence.zh.length).toBeGreaterThan(0);
        expect(finding.sentence.en.length).toBeGreaterThan(0);
        if (finding.kind === 'GATE') expect(finding.trace.condition, finding.code).not.toBeNull();
      }
      for (const rule of evaluation.trace.rules) expect(rule.basis.length, rule.ruleId).toBeGreaterThan(0);
    }), RUNS);
  });
});
