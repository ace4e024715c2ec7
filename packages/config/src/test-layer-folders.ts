// Test support: a small national → hunan → tenant tree written one item per line, so tests can name exact lines.
// Not exported from the package.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tenantJson } from './test-tenant-folders.ts';

const PENALTY_LAW = '{ "law": "《中华人民共和国行政处罚法》", "article": "第五十一条" }';
const HEARING_LAW = '{ "law": "《中华人民共和国行政处罚法》", "article": "第六十三条" }';

/** Lines of a JSON file; `edit` may change them before they are joined. */
export type Lines = string[];

/** national/rules.json: line 3 the two-officer gate (mandatory), line 4 the hearing rule, line 5 a warning. */
export function nationalRules(): Lines {
  return [
    '{',
    '  "rules": [',
    '    { "id": "officers.two-certified", "kind": "GATE", "actions": ["ON_SITE_INSPECTION"], "condition": { "fact": "certifiedOfficers", "operator": "lessThan", "value": 2 }, "mandatory": true, "message": { "zh": "两名执法人员", "en": "Two officers" }, "basis": [{ "law": "《中华人民共和国行政处罚法》", "article": "第四十二条" }] },',
    `    { "id": "hearing.large-fine", "kind": "OBLIGATION", "actions": ["NOTIFY"], "outcome": "HEARING_RIGHT", "condition": { "fact": "intendedFine", "operator": "atLeastThreshold", "value": "hearing-large-fine" }, "mandatory": true, "message": { "zh": "告知听证权利", "en": "Tell of the hearing right" }, "basis": [${HEARING_LAW}] },`,
    '    { "id": "decision.within-90-days", "kind": "WARNING", "actions": ["DECIDE"], "condition": { "fact": "daysSinceFiling", "operator": "greaterThan", "value": 90 }, "message": { "zh": "超过九十日", "en": "Past 90 days" }, "basis": [{ "law": "《中华人民共和国行政处罚法》", "article": "第六十条" }] }',
    '  ]',
    '}',
  ];
}

/** national/thresholds.json: line 3 the simple-procedure limit (mandatory), line 4 the delegated hearing threshold. */
export function nationalThresholds(): Lines {
  return [
    '{',
    '  "thresholds": [',
    `    { "id": "simple-procedure-limit", "kind": "SIMPLE_PROCEDURE_LIMIT", "mandatory": true, "individual": { "amount": 200, "inclusive": true }, "organisation": { "amount": 3000, "inclusive": true }, "basis": [${PENALTY_LAW}] },`,
    `    { "id": "hearing-large-fine", "kind": "HEARING_LARGE_FINE", "delegated": true, "basis": [${HEARING_LAW}] }`,
    '  ]',
    '}',
  ];
}

/** national/deadlines.json: line 3 the 90-day limit (not mandatory: other rules may provide otherwise). */
export function nationalDeadlines(): Lines {
  return [
    '{',
    '  "deadlines": [',
    '    { "id": "decide.90-days", "type": "AGENCY_LIMIT", "name": "九十日内作出决定", "from": "CASE_FILED", "period": { "days": 90, "unit": "CALENDAR" }, "basis": [{ "law": "《中华人民共和国行政处罚法》", "article": "第六十条" }] }',
    '  ]',
    '}',
  ];
}

export function rulesetJson(name: string, parents: readonly string[], kind = name === 'national' ? 'national' : 'province'): Lines {
  return [
    '{',
    `  "name": "${name}", "kind": "${kind}", "extends": [${parents.map((parent) => `"${parent}"`).join(', ')}],`,
    '  "title": { "zh": "测试层", "en": "Test layer" }, "source": "测试"',
    '}',
  ];
}

/** hunan/thresholds.json: line 3 sets the hearing amounts (以上, inclusive). */
export function hunanThresholds(): Lines {
  return [
    '{',
    '  "thresholds": [',
    `    { "id": "hearing-large-fine", "kind": "HEARING_LARGE_FINE", "individual": { "amount": 1000, "inclusive": true }, "organisation": { "amount": 20000, "inclusive": true }, "basis": [${HEARING_LAW}] }`,
    '  ]',
    '}',
  ];
}

/** A file written from lines, or from text (for bytes that are not lines at all). */
export type FixtureFile = Lines | string;

/** Paths relative to the temporary root: "rulesets/national/rules.json", "tenant-configs/tt/rules.json"… */
export type Fixture = Record<string, FixtureFile>;

/** The standard tree: national and hunan rulesets and a tenant "tt" that extends both. */
export function standardFixture(tenantCode = 'tt'): Fixture {
  return {
    'rulesets/national/ruleset.json': rulesetJson('national', []),
    'rulesets/national/rules.json': nationalRules(),
    'rulesets/national/thresholds.json': nationalThresholds(),
    'rulesets/national/deadlines.json': nationalDeadlines(),
    'rulesets/hunan/ruleset.json': rulesetJson('hunan', ['national']),
    'rulesets/hunan/thresholds.json': hunanThresholds(),
    [`tenant-configs/${tenantCode}/tenant.json`]: tenantJson(tenantCode, (lines) => {
      lines[5] = '  "extends": ["national", "hunan"],';
    }).split('\n'),
  };
}

export function writeFixture(root: string, fixture: Fixture): void {
  for (const [path, content] of Object.entries(fixture)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : content.join('\n'));
  }
}

/** One line of a file in a fixture, for computing where an issue must point. */
export function lineOf(fixture: Fixture, path: string, line: number): string {
  const content = fixture[path];
  const lines = typeof content === 'string' ? content.split('\n') : content;
  const text = lines?.[line - 1];
  if (text === undefined) throw new Error(`fixture ${path} has no line ${line}`);
  return text;
}
