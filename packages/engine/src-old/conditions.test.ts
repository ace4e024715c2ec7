import { defineOperator, ExtensionRegistry } from '@sanxiang/config';
import { describe, expect, it } from 'vitest';
import { ACTION_TYPES } from './case-snapshot.ts';
import type { Condition, LegalRule } from './config-kinds.ts';
import { evaluate } from './evaluate.ts';
import { decisionCase, withCase } from './fixtures/case-factory.ts';
import { provided, shaoyangConfig } from './fixtures/shaoyang-config.ts';
import { testTenant } from './fixtures/test-tenant.ts';
import { resolvePath } from './operators.ts';

const gate = (id: string, condition: unknown): LegalRule => ({
  id, kind: 'GATE', actions: ['DECIDE'], message: { zh: id, en: id }, basis: [{ seed: '004' }],
  // Deliberately unchecked: these tests hand the engine conditions config would have refused.
  condition: condition as Condition,
});

function tenantWith(rules: LegalRule[], operators: { name: string; evaluate(fact: unknown, value: unknown): boolean }[] = []) {
  const config = shaoyangConfig();
  config.rules = rules.map((rule, index) => provided(rule, 'acme', 'rulesets/acme/rules.json', `/rules/${index}`));
  config.extensions = { operators };
  return testTenant(config);
}

describe('conditions and operators', () => {
  it('matches a pre-compiled pattern against a path of the party', async () => {
    const tenant = tenantWith([gate('acme.outside-city', { not: { fact: 'party', path: 'address', operator: 'matchesPattern', value: '^湖南省邵阳市' } })]);
    const local = withCase(decisionCase(), { party: { kind: 'ORGANISATION', address: '湖南省邵阳市双清区' } });
    const away = withCase(decisionCase(), { party: { kind: 'ORGANISATION', address: '广东省中山市' } });
    const codes = async (snapshot: typeof local) => (await evaluate({ config: tenant, case: snapshot, action: 'DECIDE' })).gates.failing.map((each) => each.code);
    expect(await codes(local)).not.toContain('acme.outside-city');
    expect(await codes(away)).toContain('acme.outside-city');
  });

  it('calls a vendor operator registered through config\'s ExtensionRegistry', async () => {
    const registry = new ExtensionRegistry({ operators: [defineOperator<number, number>({
      name: 'acme.multipleOf', valueType: 'number', factTypes: ['number'], description: { zh: '是倍数', en: 'is a multiple of' },
      evaluate: (fact, value) => fact % value === 0,
    })] });
    const operator = registry.operator('acme.multipleOf');
    const tenant = tenantWith([gate('acme.round-fine', { fact: 'intendedFine', operator: 'acme.multipleOf', value: 10000 })], operator ? [operator] : []);
    const evaluation = await evaluate({ config: tenant, case: decisionCase(), action: 'DECIDE' });
    expect(evaluation.gates.failing.map((each) => each.code)).toContain('acme.round-fine');
  });

  it('blocks, and reports, when a vendor operator throws', async () => {
    const tenant = tenantWith([gate('acme.broken', { fact: 'intendedFine', operator: 'acme.explode', value: 1 })], [{ name: 'acme.explode', evaluate: () => { throw new Error('boom'); } }]);
    const evaluation = await evaluate({ config: tenant, case: decisionCase(), action: 'DECIDE' });
    expect(evaluation.valid).toBe(true);
    expect(evaluation.gates.failing.map((each) => each.code)).toContain('acme.broken');
    expect(evaluation.issues.map((issue) => issue.code)).toContain('RULE_ERROR');
  });

  it.each([
    ['an unknown operator', { fact: 'intendedFine', operator: 'sortaEqual', value: 1 }, '/rules/0/operator'],
    ['a JSONPath path', { fact: 'party', path: '$..name', operator: 'equal', value: 'x' }, '/rules/0/path'],
    ['a value that names a fact', { fact: 'intendedFine', operator: 'equal', value: { fact: 'goodsValue' } }, '/rules/0/value'],
    ['a named condition reference', { all: [{ condition: 'shared' }] }, '/rules/0/all/0'],
    ['an unknown threshold', { fact: 'intendedFine', operator: 'atLeastThreshold', value: 'nowhere' }, '/rules/0/value'],
    ['a broken pattern', { fact: 'itemCode', operator: 'matchesPattern', value: '([' }, '/rules/0/value'],
    ['nesting 40 levels deep', Array.from({ length: 40 }).reduce<unknown>((inner) => ({ not: inner }), { fact: 'intendedFine', operator: 'equal', value: 1 }), undefined],
  ])('refuses %s at compile time, with a pointer, and leaves the rule out', (_, condition, pointer) => {
    const tenant = tenantWith([gate('acme.bad', condition)]);
    expect(tenant.issues).toHaveLength(1);
    expect(tenant.issues[0]?.rule).toBe('acme.bad');
    if (pointer) expect(tenant.issues[0]?.pointer).toBe(pointer);
    expect(tenant.rules.all.map((rule) => rule.id)).not.toContain('acme.bad');
  });

  it('never resolves a path into a prototype', () => {
    expect(resolvePath({ a: { b: 1 } }, 'a.b')).toBe(1);
    expect(resolvePath({}, '__proto__.constructor')).toBeUndefined();
    expect(resolvePath({ a: 1 }, 'constructor')).toBeUndefined();
    expect(resolvePath({ a: 'text' }, 'a.length')).toBeUndefined();
  });

  it('lets every action reach the rules that name it, and no others', async () => {
    const tenant = tenantWith([{ ...gate('acme.inspections', { fact: 'intendedFine', operator: 'greaterThan', value: 0 }), actions: ['ON_SITE_INSPECTION'] }]);
    for (const action of ACTION_TYPES) {
      const evaluation = await evaluate({ config: tenant, case: decisionCase(), action });
      expect(evaluation.gates.failing.some((each) => each.code === 'acme.inspections'), action).toBe(action === 'ON_SITE_INSPECTION');
    }
  });
});
