import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCondition, MAX_CONDITION_ENTRIES, type ConditionFindings } from './condition.ts';
import { defineFact, defineOperator, ExtensionRegistry, vocabularyOf, type Vocabulary } from './extension.ts';
import { readJsonSource } from './json-source.ts';
import { makeTempRoot } from './test-tenant-folders.ts';

const temp = makeTempRoot();
afterAll(() => temp.remove());
const builtIns = vocabularyOf(undefined, { operators: [], facts: [] });
let counter = 0;

/** Checks `{ "condition": <text> }` and returns what was found; the condition starts on line 1. */
function check(conditionText: string, vocabulary: Vocabulary = builtIns): ConditionFindings {
  counter += 1;
  const file = join(temp.root, `condition-${counter}.json`);
  writeFileSync(file, `{ "condition": ${conditionText} }`);
  const { source } = readJsonSource(file);
  if (!source) throw new Error(`fixture is not JSON: ${conditionText}`);
  const findings: ConditionFindings = { issues: [], thresholds: [] };
  checkCondition(source, '/condition', Reflect.get(Object(source.value), 'condition'), vocabulary, findings);
  return findings;
}

const codes = (findings: ConditionFindings): string[] => findings.issues.map((issue) => `${issue.code} ${issue.pointer}`);

describe('checkCondition', () => {
  it('accepts nested all/any/not over catalogued facts, and collects threshold ids', () => {
    const findings = check(JSON.stringify({
      all: [
        { fact: 'partyType', operator: 'equal', value: 'ORGANISATION' },
        { any: [{ fact: 'intendedFine', operator: 'atLeastThreshold', value: 'hearing-large-fine' }, { not: { fact: 'hearingHeld', operator: 'equal', value: false } }] },
        { fact: 'category', operator: 'in', value: ['PENALTY', 'COERCION'] },
        { fact: 'penaltyTypes', operator: 'contains', value: 'FINE' },
        { fact: 'party', operator: 'equal', value: '湖南省', path: 'address.province' },
        { fact: 'itemCode', operator: 'matchesPattern', value: '^scjg-cf-\\d{3}$' },
        { fact: 'intendedFine', operator: 'greaterThan', value: { fact: 'illegalGains' } },
      ],
    }));
    expect(findings.issues).toEqual([]);
    expect(findings.thresholds.map((reference) => [reference.id, reference.pointer])).toEqual([['hearing-large-fine', '/condition/all/1/any/0/value']]);
  });

  it.each([
    ['a string instead of a condition', '"intendedFine > 100"', 'CONDITION_SHAPE /condition'],
    ['two heads', '{ "all": [], "fact": "emergency", "operator": "equal", "value": true }', 'CONDITION_SHAPE /condition'],
    ['no head', '{ "operator": "equal", "value": true }', 'CONDITION_SHAPE /condition'],
    ['an empty all', '{ "all": [] }', 'CONDITION_SHAPE /condition/all'],
    ['an unknown field', '{ "fact": "emergency", "operator": "equal", "value": true, "params": {} }', 'CONDITION_SHAPE /condition/params'],
    ['an onSuccess handler smuggled in', '{ "any": [{ "fact": "emergency", "operator": "equal", "value": true }], "onSuccess": "x" }', 'CONDITION_SHAPE /condition/onSuccess'],
    ['a missing value', '{ "fact": "emergency", "operator": "equal" }', 'CONDITION_SHAPE /condition'],
    ['a decorator operator', '{ "fact": "penaltyTypes", "operator": "everyFact:equal", "value": "FINE" }', 'UNKNOWN_OPERATOR /condition/operator'],
    ['a number compared with a string', '{ "fact": "intendedFine", "operator": "greaterThan", "value": "1000" }', 'CONDITION_VALUE /condition/value'],
    ['lessThan on an enum', '{ "fact": "partyType", "operator": "lessThan", "value": 1 }', 'CONDITION_VALUE /condition/operator'],
    ['in without an array', '{ "fact": "category", "operator": "in", "value": "PENALTY" }', 'CONDITION_VALUE /condition/value'],
    ['contains on a scalar', '{ "fact": "itemCode", "operator": "contains", "value": "x" }', 'CONDITION_VALUE /condition/operator'],
    ['contains with an unknown penalty', '{ "fact": "penaltyTypes", "operator": "contains", "value": "CANING" }', 'CONDITION_VALUE /condition/value'],
    ['a threshold id that is not a string', '{ "fact": "intendedFine", "operator": "atLeastThreshold", "value": 1000 }', 'CONDITION_VALUE /condition/value'],
    ['a path on a number fact', '{ "fact": "intendedFine", "operator": "equal", "value": 1, "path": "amount" }', 'CONDITION_SHAPE /condition/path'],
    ['a JSONPath filter', '{ "fact": "party", "operator": "equal", "value": 1, "path": "$[?(@.x)]" }', 'UNSAFE_PATH /condition/path'],
    ['a bracket path', '{ "fact": "party", "operator": "equal", "value": 1, "path": "address[0]" }', 'UNSAFE_PATH /condition/path'],
    ['a fact value naming an unknown fact', '{ "fact": "intendedFine", "operator": "greaterThan", "value": { "fact": "budget" } }', 'UNKNOWN_FACT /condition/value/fact'],
    ['a backtracking regex', '{ "fact": "itemCode", "operator": "matchesPattern", "value": "(x|x)*y" }', 'UNSAFE_REGEX /condition/value'],
  ])('refuses %s', (_name, text, expected) => {
    expect(codes(check(text))).toEqual([expected]);
  });

  it('points at the right entry deep inside, and reports every problem at once', () => {
    const text = '{ "all": [{ "fact": "emergency", "operator": "equal", "value": true }, { "any": [{ "fact": "intendedFin", "operator": "equal", "value": 1 }, { "fact": "atNight", "operator": "eq", "value": true }] }] }';
    const findings = check(text);
    expect(codes(findings)).toEqual(['UNKNOWN_FACT /condition/all/1/any/0/fact', 'UNKNOWN_OPERATOR /condition/all/1/any/1/operator']);
    const written = `{ "condition": ${text} }`;
    expect(findings.issues[0]).toMatchObject({ line: 1, column: written.indexOf('"intendedFin"') + 1 });
    expect(findings.issues[1]).toMatchObject({ line: 1, column: written.indexOf('"eq"') + 1 });
    expect(findings.issues[0]?.message.en).toContain('(did you mean intendedFine?)');
  });

  it('caps the width of a list and the depth of nesting without recursing', () => {
    const wide = JSON.stringify({ any: Array.from({ length: MAX_CONDITION_ENTRIES + 1 }, () => ({ fact: 'emergency', operator: 'equal', value: true })) });
    expect(codes(check(wide))).toEqual(['CONDITION_SHAPE /condition/any']);
    const deep = `${'{ "not": '.repeat(60)}{ "fact": "emergency", "operator": "equal", "value": true }${' }'.repeat(60)}`;
    expect(codes(check(deep))).toEqual([`CONDITION_TOO_DEEP /condition${'/not'.repeat(8)}`]);
  });

  it('knows a vendor operator and fact only once they are registered and declared', () => {
    const registry = new ExtensionRegistry({
      operators: [defineOperator<number, number>({ name: 'acme.withinMetres', description: { zh: '距离以内', en: 'within a distance' }, valueType: 'number', factTypes: ['number'], evaluate: (fact, value) => fact <= value })],
      facts: [defineFact({ name: 'acme.distanceToSchool', type: 'number', description: { zh: '距学校的距离（米）', en: 'Distance to a school, in metres' } })],
    });
    const text = '{ "fact": "acme.distanceToSchool", "operator": "acme.withinMetres", "value": 200 }';
    expect(codes(check(text))).toEqual(['UNKNOWN_FACT /condition/fact', 'UNKNOWN_OPERATOR /condition/operator']);
    expect(codes(check(text, vocabularyOf(registry, { operators: [], facts: [] })))).toHaveLength(2);
    expect(codes(check(text, vocabularyOf(registry, { operators: ['acme.withinMetres'], facts: ['acme.distanceToSchool'] })))).toEqual([]);
    expect(codes(check('{ "fact": "acme.distanceToSchool", "operator": "acme.withinMetres", "value": "near" }', vocabularyOf(registry, { operators: ['acme.withinMetres'], facts: ['acme.distanceToSchool'] })))).toEqual(['CONDITION_VALUE /condition/value']);
  });
});
