import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileTenant, defineFact, defineOperator, ExtensionRegistry, formatIssue } from './index.ts';
import { standardFixture, writeFixture, type Fixture } from './test-layer-folders.ts';
import { makeTempRoot } from './test-tenant-folders.ts';

const withinMetres = defineOperator<number, number>({
  name: 'acme.withinMetres',
  description: { zh: '在给定距离（米）以内', en: 'within the given distance in metres' },
  valueType: 'number',
  factTypes: ['number'],
  evaluate: (distance, limit) => distance <= limit,
});
const distanceToSchool = defineFact({ name: 'acme.distanceToSchool', type: 'number', description: { zh: '经营场所距学校的距离（米）', en: 'Distance from the premises to a school, in metres' } });

describe('defineOperator and defineFact', () => {
  it('return frozen definitions whose evaluate the engine can call', () => {
    expect(Object.isFrozen(withinMetres)).toBe(true);
    expect(withinMetres.evaluate(150, 200)).toBe(true);
    expect(withinMetres.evaluate(250, 200)).toBe(false);
    expect(distanceToSchool.type).toBe('number');
  });

  it.each([
    ['an unnamespaced name that could shadow a built-in', () => defineOperator({ ...withinMetres, name: 'equal' }), /namespaced/],
    ['a description missing English', () => defineOperator({ ...withinMetres, description: { zh: '距离', en: ' ' } }), /Chinese and English/],
    ['an unknown value type', () => defineOperator({ ...withinMetres, valueType: 'date' as never }), /unknown valueType/],
    ['no evaluate function', () => defineOperator({ ...withinMetres, evaluate: undefined as never }), /evaluate function/],
    ['an enum fact without values', () => defineFact({ name: 'acme.zone', type: 'enum', description: { zh: '区域', en: 'Zone' } }), /needs its values/],
  ])('throw on %s, a mistake in the vendor module', (_name, define, message) => {
    expect(define).toThrow(message);
  });

  it('refuse to register the same name twice', () => {
    const registry = new ExtensionRegistry({ operators: [withinMetres] });
    expect(() => registry.addOperator(withinMetres)).toThrow(/registered twice/);
    expect(registry.operatorNames()).toEqual(['acme.withinMetres']);
  });
});

describe('a vendor ruleset in a tenant chain', () => {
  const temp = makeTempRoot();
  afterAll(() => temp.remove());
  const usage = '{ "id": "acme.near-school", "kind": "WARNING", "actions": ["LICENCE_DECIDE"], "condition": { "fact": "acme.distanceToSchool", "operator": "acme.withinMetres", "value": 200 }, "message": { "zh": "距学校过近", "en": "Too close to a school" }, "basis": [{ "law": "《中华人民共和国未成年人保护法》", "article": "第五十八条" }] }';

  function tree(name: string, extendsAcme: boolean): { rulesetsDir: string; tenantsDir: string } {
    const root = join(temp.root, name);
    const fixture: Fixture = standardFixture();
    fixture['rulesets/acme/ruleset.json'] = [
      '{',
      '  "name": "acme", "kind": "vendor", "extends": ["national"],',
      '  "title": { "zh": "厂商规则包", "en": "Vendor pack" }, "source": "Acme",',
      '  "operators": ["acme.withinMetres"], "facts": ["acme.distanceToSchool"]',
      '}',
    ];
    fixture['tenant-configs/tt/rules.json'] = ['{', '  "rules": [', `    ${usage}`, '  ]', '}'];
    if (extendsAcme) {
      fixture['tenant-configs/tt/tenant.json'] = (fixture['tenant-configs/tt/tenant.json'] as string[]).map((line) => line.replace('"hunan"]', '"hunan", "acme"]'));
    }
    writeFixture(root, fixture);
    return { rulesetsDir: join(root, 'rulesets'), tenantsDir: join(root, 'tenant-configs') };
  }

  it('compiles when the vendor module registered what the ruleset declares', () => {
    const extensions = new ExtensionRegistry({ operators: [withinMetres], facts: [distanceToSchool] });
    const result = compileTenant({ ...tree('registered', true), tenantCode: 'tt', extensions });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.config?.extensions).toEqual({ operators: ['acme.withinMetres'], facts: ['acme.distanceToSchool'] });
    expect(result.config?.layers.map((layer) => `${layer.name}:${layer.kind}`)).toEqual(['national:national', 'hunan:province', 'acme:vendor', 'tt:tenant']);
  });

  it('reports a declaration no module registered, and the conditions that use it', () => {
    const dirs = tree('unregistered', true);
    const result = compileTenant({ ...dirs, tenantCode: 'tt' });
    expect(result.issues.map((issue) => [issue.file, issue.line, issue.pointer, issue.code])).toEqual([
      [join(dirs.rulesetsDir, 'acme', 'ruleset.json'), 4, '/operators/0', 'UNREGISTERED_EXTENSION'],
      [join(dirs.rulesetsDir, 'acme', 'ruleset.json'), 4, '/facts/0', 'UNREGISTERED_EXTENSION'],
      [join(dirs.tenantsDir, 'tt', 'rules.json'), 3, '/rules/0/condition/fact', 'UNKNOWN_FACT'],
      [join(dirs.tenantsDir, 'tt', 'rules.json'), 3, '/rules/0/condition/operator', 'UNKNOWN_OPERATOR'],
    ]);
    expect(result.issues[0]?.message.en).toBe('expected the declared operator "acme.withinMetres" to be registered by the vendor module with defineOperator and passed to compilation, found it missing');
  });

  it('does not lend a registered operator to a tenant whose chain does not declare it', () => {
    const extensions = new ExtensionRegistry({ operators: [withinMetres], facts: [distanceToSchool] });
    const result = compileTenant({ ...tree('undeclared', false), tenantCode: 'tt', extensions });
    expect(result.issues.map((issue) => `${issue.code} ${issue.pointer}`)).toEqual(['UNKNOWN_FACT /rules/0/condition/fact', 'UNKNOWN_OPERATOR /rules/0/condition/operator']);
  });
});
