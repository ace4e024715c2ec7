import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileTenant, formatIssue, type ConfigIssueCode } from './index.ts';
import { lineOf, rulesetJson, standardFixture, writeFixture, type Fixture, type Lines } from './test-layer-folders.ts';
import { makeTempRoot } from './test-tenant-folders.ts';

const BASIS = '[{ "law": "《中华人民共和国行政处罚法》", "article": "第六十条" }]';
const TENANT = 'tenant-configs/tt';

/** A tenant rules.json whose line 3 is one rule (and line 4 another, when given). */
function tenantRules(...rules: string[]): Lines {
  return ['{', '  "rules": [', ...rules.map((rule, index) => `    ${rule}${index < rules.length - 1 ? ',' : ''}`), '  ]', '}'];
}

/** A WARNING rule with the given condition. */
function warning(condition: string, id = 't.warn'): string {
  return `{ "id": "${id}", "kind": "WARNING", "actions": ["DECIDE"], "condition": ${condition}, "message": { "zh": "提醒", "en": "Warning" }, "basis": ${BASIS} }`;
}

function list(key: string, entries: string[]): Lines {
  return ['{', `  "${key}": [`, ...entries.map((entry, index) => `    ${entry}${index < entries.length - 1 ? ',' : ''}`), '  ]', '}'];
}

interface BrokenCase {
  name: string;
  edit: (fixture: Fixture) => void;
  expected: {
    file: string;
    line: number;
    /** The text the issue's column points at, found on that line; or a column number, or how to find it. */
    at: string | number | ((line: string) => number);
    pointer: string;
    code: ConfigIssueCode;
    zh: string;
    en: string;
  };
}

/** A tenant calendar.json naming a Xinjiang overlay, whose lines 6 and 7 are two days off in 2025. */
function withOverlay(fixture: Fixture, edit: (lines: Lines) => void): void {
  fixture[`${TENANT}/calendar.json`] = ['{ "region": "CN-XJ", "overlay": "calendar/xinjiang.overlay.json" }'];
  const lines = [
    '{',
    '  "region": "CN-XJ",',
    '  "years": {',
    '    "2025": {',
    '      "holidays": [',
    '        { "date": "2025-03-31", "name": "肉孜节" },',
    '        { "date": "2025-06-06", "name": "古尔邦节" }',
    '      ],',
    '      "workdays": []',
    '    }',
    '  }',
    '}',
  ];
  edit(lines);
  fixture[`${TENANT}/calendar/xinjiang.overlay.json`] = lines;
}
const OVERLAY = `${TENANT}/calendar/xinjiang.overlay.json`;

const deepNot = `${'{ "not": '.repeat(9)}{ "fact": "emergency", "operator": "equal", "value": true }${' }'.repeat(9)}`;

const corpus: BrokenCase[] = [
  {
    name: 'unknown-operator',
    edit: (f) => { f[`${TENANT}/rules.json`] = tenantRules(warning('{ "fact": "intendedFine", "operator": "lessThen", "value": 10 }')); },
    expected: { file: `${TENANT}/rules.json`, line: 3, at: '"lessThen"', pointer: '/rules/0/condition/operator', code: 'UNKNOWN_OPERATOR', zh: '实际为未知的 "lessThen"（是否想写 lessThan？）', en: 'found the unknown "lessThen" (did you mean lessThan?)' },
  },
  {
    name: 'unknown-fact',
    edit: (f) => { f[`${TENANT}/rules.json`] = tenantRules(warning('{ "fact": "intendedFines", "operator": "greaterThan", "value": 10 }')); },
    expected: { file: `${TENANT}/rules.json`, line: 3, at: '"intendedFines"', pointer: '/rules/0/condition/fact', code: 'UNKNOWN_FACT', zh: '事实应为事实目录中的名称', en: 'found the unknown "intendedFines" (did you mean intendedFine?)' },
  },
  {
    name: 'extends-cycle',
    edit: (f) => { f['rulesets/national/ruleset.json'] = rulesetJson('national', ['hunan']); },
    expected: { file: 'rulesets/hunan/ruleset.json', line: 2, at: '"national"]', pointer: '/extends/0', code: 'EXTENDS_CYCLE', zh: '实际形成循环：national → hunan → national', en: 'expected extends to form a hierarchy, found a loop: national → hunan → national' },
  },
  {
    name: 'unknown-ruleset',
    edit: (f) => { f[`${TENANT}/tenant.json`] = (f[`${TENANT}/tenant.json`] as Lines).map((l) => l.replace('"hunan"]', '"hunnan"]')); },
    expected: { file: `${TENANT}/tenant.json`, line: 6, at: '"hunnan"', pointer: '/extends/1', code: 'UNKNOWN_RULESET', zh: '实际为不存在的 "hunnan"（是否想写 hunan？）', en: 'expected a ruleset in rulesets/ (hunan, national), found the unknown "hunnan" (did you mean hunan?)' },
  },
  {
    name: 'dropped-mandatory-rule',
    edit: (f) => { f[`${TENANT}/rules.json`] = tenantRules('{ "id": "officers.two-certified", "disabled": true, "override": { "reason": "本市执法人员不足" } }'); },
    expected: { file: `${TENANT}/rules.json`, line: 3, at: '"disabled"', pointer: '/rules/0/disabled', code: 'MANDATORY_REMOVED', zh: 'national 层的强制规则 "officers.two-certified"（依据：《中华人民共和国行政处罚法》第四十二条）应保留，实际被删除', en: 'mandatory rules cannot be removed, even with an override' },
  },
  {
    name: 'weakened-mandatory-threshold-with-override',
    edit: (f) => {
      f[`${TENANT}/thresholds.json`] = list('thresholds', [`{ "id": "simple-procedure-limit", "kind": "SIMPLE_PROCEDURE_LIMIT", "individual": { "amount": 500, "inclusive": true }, "organisation": { "amount": 3000, "inclusive": true }, "override": { "reason": "本市物价较高" }, "basis": ${BASIS} }`]);
    },
    expected: { file: `${TENANT}/thresholds.json`, line: 3, at: '500', pointer: '/thresholds/0/individual/amount', code: 'MANDATORY_LOOSENED', zh: 'national 层的强制金额标准 "simple-procedure-limit"（依据：《中华人民共和国行政处罚法》第五十一条）只能保持或收紧，实际在 /individual/amount 处被放宽', en: 'found it loosened at /individual/amount; mandatory rules cannot be loosened or replaced, even with an override' },
  },
  {
    name: 'weakened-provincial-mandatory-inclusive-flag',
    edit: (f) => {
      f['rulesets/hunan/thresholds.json'] = (f['rulesets/hunan/thresholds.json'] as Lines).map((l) => l.replace('"kind": "HEARING_LARGE_FINE",', '"kind": "HEARING_LARGE_FINE", "mandatory": true,'));
      f[`${TENANT}/thresholds.json`] = list('thresholds', [`{ "id": "hearing-large-fine", "kind": "HEARING_LARGE_FINE", "individual": { "amount": 1000, "inclusive": false }, "organisation": { "amount": 20000, "inclusive": true }, "override": { "reason": "不含本数" }, "basis": ${BASIS} }`]);
    },
    expected: { file: `${TENANT}/thresholds.json`, line: 3, at: 'false', pointer: '/thresholds/0/individual/inclusive', code: 'MANDATORY_LOOSENED', zh: 'hunan 层的强制金额标准 "hearing-large-fine"', en: 'found it loosened at /individual/inclusive' },
  },
  {
    name: 'loosened-without-override',
    edit: (f) => {
      f[`${TENANT}/deadlines.json`] = list('deadlines', [`{ "id": "decide.90-days", "type": "AGENCY_LIMIT", "name": "九十日内作出决定", "from": "CASE_FILED", "period": { "days": 120, "unit": "CALENDAR" }, "basis": ${BASIS} }`]);
    },
    expected: { file: `${TENANT}/deadlines.json`, line: 3, at: '120', pointer: '/deadlines/0/period/days', code: 'OVERRIDE_REQUIRED', zh: '放宽或替换 national 层的期限 "decide.90-days" 应写明 "override": { "reason": … }，实际没有；本层在 /period/days 处被放宽', en: 'expected "override": { "reason": … } to loosen or replace the deadline "decide.90-days" of layer national, found none; it is loosened at /period/days' },
  },
  {
    name: 'replaced-without-override',
    edit: (f) => {
      f[`${TENANT}/rules.json`] = tenantRules('{ "id": "decision.within-90-days", "kind": "WARNING", "actions": ["DECIDE"], "condition": { "fact": "daysSinceFiling", "operator": "greaterThan", "value": 90 }, "message": { "zh": "请尽快结案", "en": "Close soon" }, "basis": [{ "law": "《中华人民共和国行政处罚法》", "article": "第六十条" }] }');
    },
    expected: { file: `${TENANT}/rules.json`, line: 3, at: '{ "zh": "请尽快结案"', pointer: '/rules/0/message', code: 'OVERRIDE_REQUIRED', zh: '在 /message 处被替换（既非收紧也非放宽）', en: 'it is replaced at /message (neither tighter nor looser)' },
  },
  {
    name: 'duplicate-ids',
    edit: (f) => { f[`${TENANT}/rules.json`] = tenantRules(warning('{ "fact": "emergency", "operator": "equal", "value": true }'), warning('{ "fact": "atNight", "operator": "equal", "value": true }')); },
    expected: { file: `${TENANT}/rules.json`, line: 4, at: '"t.warn"', pointer: '/rules/1/id', code: 'DUPLICATE_ID', zh: '规则的编号应唯一，实际 "t.warn" 重复（第一次在第 3 行）', en: 'expected a unique rule id, found "t.warn" again (first on line 3)' },
  },
  {
    name: 'catastrophic-regex',
    edit: (f) => { f[`${TENANT}/rules.json`] = tenantRules(warning('{ "fact": "itemCode", "operator": "matchesPattern", "value": "^(a+)+$" }')); },
    expected: { file: `${TENANT}/rules.json`, line: 3, at: '"^(a+)+$"', pointer: '/rules/0/condition/value', code: 'UNSAFE_REGEX', zh: '不含嵌套重复（如 (a+)+、(.*)*）的正则表达式', en: 'expected a pattern without nested repetition such as (a+)+ or (.*)*, which backtracks catastrophically, found "^(a+)+$"' },
  },
  {
    name: 'missing-form-schema',
    edit: (f) => { f[`${TENANT}/forms.json`] = list('forms', ['{ "kind": "case-filing", "schema": "forms/case-filing.schema.json" }']); },
    expected: { file: `${TENANT}/forms.json`, line: 3, at: '"forms/case-filing', pointer: '/forms/0/schema', code: 'FILE_REFERENCE_MISSING', zh: '引用的文件应存在：forms/case-filing.schema.json，实际找不到', en: 'expected the referenced file forms/case-filing.schema.json to exist, found nothing there' },
  },
  {
    name: 'missing-document-template',
    edit: (f) => { f[`${TENANT}/forms.json`] = list('documents', ['{ "kind": "penalty-decision", "template": "templates/penalty-decision.docx" }']); },
    expected: { file: `${TENANT}/forms.json`, line: 3, at: '"templates/', pointer: '/documents/0/template', code: 'FILE_REFERENCE_MISSING', zh: '引用的文件应存在：templates/penalty-decision.docx', en: 'found nothing there' },
  },
  {
    name: 'form-outside-folder',
    edit: (f) => { f[`${TENANT}/forms.json`] = list('forms', ['{ "kind": "case-filing", "schema": "forms/../../secret.json" }']); },
    expected: { file: `${TENANT}/forms.json`, line: 3, at: '"forms/../', pointer: '/forms/0/schema', code: 'FILE_REFERENCE_OUTSIDE', zh: '应为本层文件夹内的相对路径', en: 'expected a relative path inside this layer\'s folder, found "forms/../../secret.json"' },
  },
  {
    name: 'jsonpath-in-path',
    edit: (f) => { f[`${TENANT}/rules.json`] = tenantRules(warning('{ "fact": "party", "operator": "equal", "value": "湖南省", "path": "$.address..province" }')); },
    expected: { file: `${TENANT}/rules.json`, line: 3, at: '"$.address', pointer: '/rules/0/condition/path', code: 'UNSAFE_PATH', zh: '不支持 JSONPath），实际为 "$.address..province"', en: 'expected path to be dotted identifiers such as address.province (JSONPath is not supported), found "$.address..province"' },
  },
  {
    name: 'rule-without-basis',
    edit: (f) => { f[`${TENANT}/rules.json`] = tenantRules('{ "id": "t.warn", "kind": "WARNING", "actions": ["DECIDE"], "message": { "zh": "提醒", "en": "Warning" } }'); },
    expected: { file: `${TENANT}/rules.json`, line: 3, at: '{ "id"', pointer: '/rules/0', code: 'SCHEMA_MISSING_FIELD', zh: '应有必填字段 "basis"，实际缺少', en: 'expected the required field "basis", found it missing' },
  },
  {
    name: 'empty-basis',
    edit: (f) => { f[`${TENANT}/rules.json`] = tenantRules('{ "id": "t.warn", "kind": "WARNING", "actions": ["DECIDE"], "message": { "zh": "提醒", "en": "Warning" }, "basis": [] }'); },
    expected: { file: `${TENANT}/rules.json`, line: 3, at: '[] }', pointer: '/rules/0/basis', code: 'SCHEMA_ITEMS', zh: '应至少有 1 项，实际为 0 项', en: 'expected at least 1 entry, found 0' },
  },
  {
    name: 'basis-with-two-sources',
    edit: (f) => { f[`${TENANT}/rules.json`] = tenantRules('{ "id": "t.warn", "kind": "WARNING", "actions": ["DECIDE"], "message": { "zh": "提醒", "en": "Warning" }, "basis": [{ "law": "《中华人民共和国行政处罚法》", "article": "第六十条", "seed": "001" }] }'); },
    expected: { file: `${TENANT}/rules.json`, line: 3, at: '{ "law"', pointer: '/rules/0/basis/0', code: 'BASIS_SHAPE', zh: '依据应恰好写明 law、document、seed 之一，实际为：law、seed', en: 'expected exactly one of law, document or seed, found law, seed' },
  },
  {
    name: 'ten-megabyte-file',
    edit: (f) => { f[`${TENANT}/rules.json`] = `{"rules": [], "padding": "${'x'.repeat(10 * 1024 * 1024 - 28)}"}`; },
    expected: { file: `${TENANT}/rules.json`, line: 1, at: 1, pointer: '', code: 'FILE_TOO_LARGE', zh: '文件大小应不超过 5 MB（5,242,880 字节），实际为 10,485,760 字节', en: 'expected a file of at most 5 MB (5,242,880 bytes), found 10,485,760 bytes' },
  },
  {
    name: 'unknown-threshold',
    edit: (f) => { f[`${TENANT}/rules.json`] = tenantRules(warning('{ "fact": "intendedFine", "operator": "atLeastThreshold", "value": "hearing-big-fine" }')); },
    expected: { file: `${TENANT}/rules.json`, line: 3, at: '"hearing-big-fine"', pointer: '/rules/0/condition/value', code: 'UNKNOWN_REFERENCE', zh: '实际为未定义的 "hearing-big-fine"（是否想写 hearing-large-fine？）', en: 'expected the id of a defined threshold (hearing-large-fine, simple-procedure-limit), found the undefined "hearing-big-fine"' },
  },
  {
    name: 'delegated-threshold-never-set',
    edit: (f) => { f[`${TENANT}/tenant.json`] = (f[`${TENANT}/tenant.json`] as Lines).map((l) => l.replace('["national", "hunan"]', '["national"]')); },
    expected: { file: `${TENANT}/tenant.json`, line: 6, at: '["national"]', pointer: '/extends', code: 'THRESHOLD_NOT_SET', zh: '金额标准 "hearing-large-fine" 由 national 层交由下层规定，应有一层写明其金额', en: 'found none in this tenant\'s chain' },
  },
  {
    name: 'calendar-in-ruleset',
    edit: (f) => { f['rulesets/hunan/calendar.json'] = '{ "region": "CN" }\n'; },
    expected: { file: 'rulesets/hunan/calendar.json', line: 1, at: 1, pointer: '', code: 'KIND_NOT_ALLOWED', zh: 'calendar.json 应只放在租户文件夹中，实际在规则层文件夹中', en: 'expected calendar.json only in a tenant folder, found it in a ruleset folder' },
  },
  {
    name: 'misspelt-file-name',
    edit: (f) => { f[`${TENANT}/review-catalog.json`] = '{ "entries": [] }\n'; },
    expected: { file: `${TENANT}/review-catalog.json`, line: 1, at: 1, pointer: '', code: 'UNKNOWN_FILE', zh: '实际为 review-catalog.json', en: 'found review-catalog.json' },
  },
  {
    name: 'department-folder-not-in-tenant',
    edit: (f) => { f[`${TENANT}/departments/zfj/rules.json`] = tenantRules(); },
    expected: { file: `${TENANT}/tenant.json`, line: 1, at: 1, pointer: '', code: 'UNKNOWN_DEPARTMENT_LAYER', zh: '文件夹 departments/zfj 应以 tenant.json 中的部门代码命名（sfj、scjg、scjg-fgk），实际没有部门 "zfj"', en: 'found no department "zfj"' },
  },
  {
    name: 'condition-too-deep',
    edit: (f) => { f[`${TENANT}/rules.json`] = tenantRules(warning(deepNot)); },
    expected: { file: `${TENANT}/rules.json`, line: 3, at: (line) => line.indexOf('{ "not": ') + 8 * '{ "not": '.length + 1, pointer: `/rules/0/condition${'/not'.repeat(8)}`, code: 'CONDITION_TOO_DEEP', zh: 'all/any/not 嵌套应不超过 8 层', en: 'expected at most 8 levels of all/any/not' },
  },
  {
    name: 'ruleset-name-differs-from-folder',
    edit: (f) => { f['rulesets/hunan/ruleset.json'] = rulesetJson('hunnan', ['national']); },
    expected: { file: 'rulesets/hunan/ruleset.json', line: 2, at: '"hunnan"', pointer: '/name', code: 'RULESET_NAME_MISMATCH', zh: '规则层代码应与文件夹名 "hunan" 相同，实际为 "hunnan"', en: 'expected the ruleset name to equal the folder name "hunan", found "hunnan"' },
  },
  {
    name: 'disabling-nothing',
    edit: (f) => { f[`${TENANT}/rules.json`] = tenantRules('{ "id": "no.such-rule", "disabled": true, "override": { "reason": "删除不存在的规则" } }'); },
    expected: { file: `${TENANT}/rules.json`, line: 3, at: '"disabled"', pointer: '/rules/0/disabled', code: 'NOTHING_TO_DISABLE', zh: '要删除的规则 "no.such-rule" 应存在于上层，实际上层没有', en: 'expected a rule "no.such-rule" in a layer above to remove, found none' },
  },
  {
    name: 'enum-value-not-allowed',
    edit: (f) => { f[`${TENANT}/rules.json`] = tenantRules(warning('{ "fact": "partyType", "operator": "equal", "value": "COMPANY" }')); },
    expected: { file: `${TENANT}/rules.json`, line: 3, at: '"COMPANY"', pointer: '/rules/0/condition/value', code: 'CONDITION_VALUE', zh: '运算符 equal 的值应为以下之一：INDIVIDUAL、ORGANISATION，实际为 "COMPANY"', en: 'expected the value of equal to be one of INDIVIDUAL, ORGANISATION, found "COMPANY"' },
  },
  {
    name: 'range-upside-down',
    edit: (f) => {
      f[`${TENANT}/discretion.json`] = list('benchmarks', [`{ "id": "b.one", "violation": "未取得许可经营", "tiers": [{ "id": "ordinary", "level": "ORDINARY", "condition": { "fact": "harmCaused", "operator": "equal", "value": true }, "range": { "kind": "ABSOLUTE", "min": 5000, "max": 1000 }, "description": { "zh": "一般", "en": "Ordinary" } }], "basis": ${BASIS} }`]);
    },
    expected: { file: `${TENANT}/discretion.json`, line: 3, at: '1000 }', pointer: '/benchmarks/0/tiers/0/range/max', code: 'SHAPE', zh: '上限应不小于下限 5000，实际为 1000', en: 'expected a maximum of at least the minimum 5000, found 1000' },
  },
  {
    name: 'national-layer-left-out',
    edit: (f) => {
      f['rulesets/hunan/ruleset.json'] = rulesetJson('hunan', []);
      f[`${TENANT}/tenant.json`] = (f[`${TENANT}/tenant.json`] as Lines).map((l) => l.replace('["national", "hunan"]', '["hunan"]'));
    },
    expected: { file: `${TENANT}/tenant.json`, line: 6, at: '["hunan"]', pointer: '/extends', code: 'NATIONAL_LAYER_MISSING', zh: 'extends 应（直接或间接）包含国家层', en: 'found hunan' },
  },
  {
    name: 'delegated-threshold-with-amounts',
    edit: (f) => {
      f['rulesets/national/thresholds.json'] = (f['rulesets/national/thresholds.json'] as Lines).map((l) => l.replace('"delegated": true,', '"delegated": true, "individual": { "amount": 1000, "inclusive": true },'));
    },
    expected: { file: 'rulesets/national/thresholds.json', line: 4, at: '"delegated"', pointer: '/thresholds/1/delegated', code: 'SHAPE', zh: '交由下层规定（"delegated": true）的金额标准不应写金额', en: 'found some' },
  },
  {
    name: 'overlay-impossible-date',
    edit: (f) => withOverlay(f, (l) => { l[6] = l[6]!.replace('2025-06-06', '2025-02-30'); }),
    expected: { file: OVERLAY, line: 7, at: '"2025-02-30"', pointer: '/years/2025/holidays/1/date', code: 'CALENDAR_DATE', zh: '日期应为真实存在的日期（YYYY-MM-DD），实际为 "2025-02-30"', en: 'expected a real calendar date (YYYY-MM-DD), found "2025-02-30"' },
  },
  {
    name: 'overlay-year-not-four-digits',
    edit: (f) => withOverlay(f, (l) => { l[3] = l[3]!.replace('"2025"', '"25"'); }),
    expected: { file: OVERLAY, line: 4, at: '"25"', pointer: '/years/25', code: 'SCHEMA_PATTERN', zh: '字段名格式不符（四位数字的年份，例如 2026），实际为字段名 "25"', en: 'wrong field name (a four-digit year, e.g. 2026), found the field name "25"' },
  },
  {
    name: 'overlay-day-off-and-working-day',
    edit: (f) => withOverlay(f, (l) => { l[8] = '      "workdays": [{ "date": "2025-03-31", "name": "调休上班" }]'; }),
    expected: { file: OVERLAY, line: 9, at: '"2025-03-31"', pointer: '/years/2025/workdays/0/date', code: 'CALENDAR_DATE', zh: '同一年中每个日期应只出现一次，实际 2025-03-31 重复（第一次在第 6 行）', en: 'expected each date once in a year, found 2025-03-31 again (first on line 6)' },
  },
  {
    name: 'overlay-date-in-another-year',
    edit: (f) => withOverlay(f, (l) => { l[5] = l[5]!.replace('2025-03-31', '2024-03-31'); }),
    expected: { file: OVERLAY, line: 6, at: '"2024-03-31"', pointer: '/years/2025/holidays/0/date', code: 'CALENDAR_DATE', zh: '2025 年的日期应在该年内（或为上一年 12 月的元旦假期），实际为 2024-03-31', en: 'expected a date in 2025 (or in the December before it, for a New Year block), found 2024-03-31' },
  },
  {
    name: 'overlay-trailing-comma',
    edit: (f) => withOverlay(f, (l) => { l[6] = `${l[6]!},`; }),
    expected: { file: OVERLAY, line: 7, at: (line) => line.length, pointer: '/years/2025/holidays', code: 'JSON_SYNTAX', zh: '最后一项之后不能有逗号', en: 'found a trailing ","' },
  },
];

describe('a corpus of broken layered configurations', () => {
  const temp = makeTempRoot();
  afterAll(() => temp.remove());

  it('holds distinct cases, enough to reach 30 with the tenant-folder corpus', () => {
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
    expect(corpus.length).toBeGreaterThanOrEqual(25);
  });

  it('starts from a fixture that compiles cleanly', () => {
    const root = join(temp.root, 'clean');
    writeFixture(root, standardFixture());
    const result = compileTenant({ rulesetsDir: join(root, 'rulesets'), tenantsDir: join(root, 'tenant-configs'), tenantCode: 'tt' });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.config?.kinds.thresholds.map((item) => item.id)).toEqual(['hearing-large-fine', 'simple-procedure-limit']);
  });

  it.each(corpus)('$name: one issue, located exactly, and no configuration', ({ name, edit, expected }) => {
    const root = join(temp.root, name);
    const fixture = standardFixture();
    edit(fixture);
    writeFixture(root, fixture);

    const result = compileTenant({ rulesetsDir: join(root, 'rulesets'), tenantsDir: join(root, 'tenant-configs'), tenantCode: 'tt' });

    expect(result.config).toBeUndefined();
    expect(result.issues.map(formatIssue)).toHaveLength(1);
    const line = lineOf(fixture, expected.file, expected.line);
    const { at } = expected;
    const column = typeof at === 'number' ? at : typeof at === 'string' ? line.indexOf(at) + 1 : at(line);
    expect(column).toBeGreaterThan(0);
    expect(result.issues[0]).toMatchObject({ file: join(root, expected.file), line: expected.line, column, pointer: expected.pointer, code: expected.code });
    expect(result.issues[0]?.message.zh).toContain(expected.zh);
    expect(result.issues[0]?.message.en).toContain(expected.en);
  });
});
