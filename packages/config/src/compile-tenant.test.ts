import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_TYPES, compileRuleset, compileTenant, formatIssue, type EffectiveConfig } from './index.ts';
import { standardFixture, writeFixture, type Lines } from './test-layer-folders.ts';
import { makeTempRoot } from './test-tenant-folders.ts';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const rulesetsDir = join(repo, 'rulesets');
const tenantsDir = join(repo, 'tenant-configs');

function shaoyang(): EffectiveConfig {
  const result = compileTenant({ rulesetsDir, tenantsDir, tenantCode: 'shaoyang' });
  expect(result.issues.map(formatIssue)).toEqual([]);
  if (!result.config) throw new Error('shaoyang did not compile');
  return result.config;
}

describe('compileTenant on Shaoyang (seed 001)', () => {
  const config = shaoyang();
  const find = <T extends { id: string }>(items: readonly T[], id: string): T => {
    const item = items.find((one) => one.id === id);
    if (!item) throw new Error(`no ${id}`);
    return item;
  };

  it('merges national → hunan → shaoyang, with a layer for the market-regulation bureau and its review section', () => {
    expect(config.layers).toEqual([
      { name: 'national', kind: 'national', path: 'rulesets/national' },
      { name: 'hunan', kind: 'province', path: 'rulesets/hunan' },
      { name: 'shaoyang', kind: 'tenant', path: 'tenant-configs/shaoyang' },
    ]);
    expect(config.departments.map((department) => department.code)).toEqual(['scjg', 'scjg-fgk']);
    expect(config.departments[0]?.layers.at(-1)).toEqual({ name: 'shaoyang/scjg', kind: 'department', path: 'tenant-configs/shaoyang/departments/scjg' });
    expect(config.removed).toEqual([]);
  });

  it("shows Hunan setting the hearing amounts that the national layer delegates, as a tightening", () => {
    const threshold = find(config.kinds.thresholds, 'hearing-large-fine');
    expect(threshold.value).toMatchObject({ individual: { amount: 1000, inclusive: true }, organisation: { amount: 20000, inclusive: true } });
    expect(threshold.provenance).toEqual({
      layer: 'hunan', file: 'rulesets/hunan/thresholds.json', pointer: '/thresholds/0',
      history: [
        { layer: 'national', file: 'rulesets/national/thresholds.json', action: 'defined' },
        { layer: 'hunan', file: 'rulesets/hunan/thresholds.json', action: 'tightened' },
      ],
    });
    expect(threshold.mandatory).toBe(true);
    // Both layers cite article 63; the national note delegates the amount and Hunan's states it.
    expect(threshold.basis.map((basis) => basis.article)).toEqual(['第六十三条第一款第（一）项', '第六十三条第一款第（一）项']);
    expect(threshold.basis[0]?.note).toContain('交由下层');
    expect(threshold.basis[1]?.note).toContain('湖南省规定');
  });

  it('keeps the national simple-procedure limit, mandatory and inclusive (以下)', () => {
    const limit = find(config.kinds.thresholds, 'simple-procedure-limit');
    expect(limit).toMatchObject({ mandatory: true, value: { individual: { amount: 200, inclusive: true }, organisation: { amount: 3000, inclusive: true } } });
    expect(limit.provenance.history).toEqual([{ layer: 'national', file: 'rulesets/national/thresholds.json', action: 'defined' }]);
  });

  it('records restatements that only add a basis, and keeps both bases', () => {
    const disclosure = find(config.kinds.disclosure, 'after.penalty-decision');
    expect(disclosure.provenance.history.map((step) => `${step.layer}:${step.action}`)).toEqual(['national:defined', 'hunan:restated']);
    expect(disclosure.value.deadline).toEqual({ days: 7, unit: 'WORKING', from: 'DECISION_MADE' });
    expect(disclosure.value.withdrawal).toEqual({ days: 3, unit: 'WORKING' });
    expect(disclosure.basis.some((basis) => basis.law === '《中华人民共和国行政处罚法》' && basis.article === '第四十八条')).toBe(true);
    expect(disclosure.basis.some((basis) => basis.document?.includes('湘政办发〔2019〕23号'))).toBe(true);
    const staffing = config.kinds.staffing[0];
    expect(staffing?.value.reviewerRatio.min).toBe(0.05);
    expect(staffing?.provenance.history.map((step) => `${step.layer}:${step.action}`)).toEqual(['national:defined', 'shaoyang:restated']);
    expect(find(config.kinds.disclosure, 'after.other-decision').value.deadline?.days).toBe(20);
  });

  it("gives the market-regulation bureau its own catalogue and a review time limit on the national entry", () => {
    const scjg = config.departments.find((department) => department.code === 'scjg');
    const entry = find(scjg?.kinds.reviewCatalogue ?? [], 'scjg.major-penalty');
    expect(entry.value.timeLimit).toEqual({ workingDays: 5, extension: { workingDays: 3, approvedBy: 'HEAD' } });
    expect(entry.value.criteria.map((criterion) => criterion.id)).toEqual(['large-fine', 'large-confiscation', 'licence', 'suspension-or-closure', 'hearing-held', 'social-impact', 'complex', 'outside-benchmark']);
    expect(entry.value.checklist.map((check) => check.id)).toContain('criminal-referral');
    const review = find(scjg?.kinds.thresholds ?? [], 'scjg.review-large-fine');
    expect(review.value).toMatchObject({ individual: { amount: 10000, inclusive: false }, organisation: { amount: 100000, inclusive: false } });
    const national = find(scjg?.kinds.reviewCatalogue ?? [], 'major-decision');
    expect(national.provenance.history.map((step) => `${step.layer}:${step.action}`)).toEqual(['national:defined', 'shaoyang/scjg:tightened']);
    expect(national.mandatory).toBe(true);
    // The tenant as a whole, and departments without a layer, keep the national entry as it was.
    expect(find(config.kinds.reviewCatalogue, 'major-decision').value.timeLimit).toBeUndefined();
    expect(config.kinds.reviewCatalogue.map((item) => item.id)).toEqual(['major-decision']);
    expect(config.departments.find((department) => department.code === 'scjg-fgk')?.kinds.reviewCatalogue.map((item) => item.id)).toEqual(['major-decision', 'scjg.major-penalty']);
  });

  it('cites a basis for every rule-like item, and records every action type', () => {
    for (const kind of ['reviewCatalogue', 'disclosure', 'recording', 'lenientLists', 'thresholds', 'rules', 'deadlines', 'staffing'] as const) {
      const items: readonly { id: string; basis: unknown[] }[] = config.kinds[kind];
      for (const item of items) expect({ kind, id: item.id, cited: item.basis.length > 0 }).toEqual({ kind, id: item.id, cited: true });
    }
    const recorded = new Set(config.kinds.recording.flatMap((rule) => rule.value.actionTypes));
    expect([...ACTION_TYPES].filter((action) => !recorded.has(action))).toEqual([]);
    const fullAv = config.kinds.recording.filter((rule) => rule.value.level === 'FULL_AV').flatMap((rule) => rule.value.actionTypes);
    expect(fullAv).toEqual(expect.arrayContaining(['SEIZURE', 'FREEZING', 'FORCED_DEMOLITION']));
    for (const rule of config.kinds.recording) expect(rule.value.retention.months).toBeGreaterThanOrEqual(6);
  });

  it('encodes the statutory deadlines with their units', () => {
    const days = (id: string): string => {
      const { period, extension } = find(config.kinds.deadlines, id).value;
      return `${period.days} ${period.unit}${extension ? ` +${extension.days} ${extension.unit}` : ''}`;
    };
    expect(days('decide.90-days')).toBe('90 CALENDAR');
    expect(days('deliver.decision-7-days')).toBe('7 WORKING');
    expect(days('hearing.request-5-days')).toBe('5 WORKING');
    expect(days('hearing.notice-7-days')).toBe('7 WORKING');
    expect(days('evidence-preservation.decide-7-days')).toBe('7 WORKING');
    expect(days('seizure.30-days')).toBe('30 CALENDAR +30 CALENDAR');
    expect(days('fine.pay-15-days')).toBe('15 CALENDAR');
    expect(days('licence.decide-20-days')).toBe('20 WORKING +10 WORKING');
  });

  it('carries the tenant itself and its enforcement items', () => {
    expect(config.tenant.code).toBe('shaoyang');
    expect(config.kinds.enforcementItems.length).toBe(14);
    expect(config.kinds.enforcementItems[0]?.provenance.file).toBe('tenant-configs/shaoyang/enforcement-items.json');
    expect(config.kinds.calendar[0]?.value).toEqual({ region: 'CN' });
  });
});

describe('compileRuleset', () => {
  it('compiles national alone, leaving the delegated hearing amounts open', () => {
    const result = compileRuleset({ rulesetsDir, name: 'national' });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.config?.layers.map((layer) => layer.name)).toEqual(['national']);
    expect(result.config?.kinds.thresholds.find((item) => item.id === 'hearing-large-fine')?.value.delegated).toBe(true);
  });

  it('compiles hunan with national under it', () => {
    const result = compileRuleset({ rulesetsDir, name: 'hunan' });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.config?.layers.map((layer) => layer.name)).toEqual(['national', 'hunan']);
    expect(result.config?.kinds.rules.map((rule) => rule.id)).toContain('decision.three-reasons');
  });
});

describe('department layers and overrides (fixture)', () => {
  const temp = makeTempRoot();
  afterAll(() => temp.remove());
  const BASIS = '[{ "law": "《中华人民共和国行政处罚法》", "article": "第六十条" }]';
  const deadline = (days: number, extra = ''): Lines => [
    '{', '  "deadlines": [',
    `    { "id": "decide.90-days", "type": "AGENCY_LIMIT", "name": "九十日内作出决定", "from": "CASE_FILED", "period": { "days": ${days}, "unit": "CALENDAR" }${extra}, "basis": ${BASIS} }`,
    '  ]', '}',
  ];
  const compile = (name: string, edit: (fixture: Record<string, Lines | string>) => void) => {
    const root = join(temp.root, name);
    const fixture = standardFixture();
    edit(fixture);
    writeFixture(root, fixture);
    return compileTenant({ rulesetsDir: join(root, 'rulesets'), tenantsDir: join(root, 'tenant-configs'), tenantCode: 'tt' });
  };

  it('lets a department tighten a national deadline for itself only, and its sub-unit inherit it', () => {
    const result = compile('department', (f) => {
      f['tenant-configs/tt/departments/scjg/deadlines.json'] = deadline(60);
    });
    expect(result.issues.map(formatIssue)).toEqual([]);
    const config = result.config;
    expect(config?.kinds.deadlines[0]?.value.period.days).toBe(90);
    const scjg = config?.departments.find((department) => department.code === 'scjg');
    expect(scjg?.kinds.deadlines[0]?.value.period.days).toBe(60);
    expect(scjg?.kinds.deadlines[0]?.provenance).toMatchObject({
      layer: 'tt/scjg', file: 'tenant-configs/tt/departments/scjg/deadlines.json', pointer: '/deadlines/0',
      history: [{ layer: 'national', action: 'defined' }, { layer: 'tt/scjg', action: 'tightened' }],
    });
    // scjg-fgk's parent is scjg, so it inherits the tighter deadline; sfj has no layer and no entry.
    expect(config?.departments.map((department) => department.code)).toEqual(['scjg', 'scjg-fgk']);
    expect(config?.departments[1]?.kinds.deadlines[0]?.value.period.days).toBe(60);
  });

  it('accepts a loosening with an override and records its reason', () => {
    const result = compile('override', (f) => {
      f['tenant-configs/tt/deadlines.json'] = deadline(120, ', "override": { "reason": "部门规章另有规定" }');
    });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.config?.kinds.deadlines[0]?.provenance.history).toEqual([
      { layer: 'national', file: 'rulesets/national/deadlines.json', action: 'defined' },
      { layer: 'tt', file: 'tenant-configs/tt/deadlines.json', action: 'overridden', reason: '部门规章另有规定' },
    ]);
  });

  it('removes a non-mandatory item with "disabled" and an override, and lists the removal', () => {
    const result = compile('removal', (f) => {
      f['tenant-configs/tt/rules.json'] = ['{', '  "rules": [', '    { "id": "decision.within-90-days", "disabled": true, "override": { "reason": "以部门期限规则代替" } }', '  ]', '}'];
    });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.config?.kinds.rules.map((rule) => rule.id)).toEqual(['hearing.large-fine', 'officers.two-certified']);
    expect(result.config?.removed).toEqual([{ kind: 'rules', id: 'decision.within-90-days', layer: 'tt', file: 'tenant-configs/tt/rules.json', reason: '以部门期限规则代替' }]);
  });

  it('reads a random-inspection list (seed 004) and a calendar whose overlay file must exist', () => {
    const inspections = ['{', '  "items": [', '    { "id": "sw.single-use-cards", "subject": "市商务局", "object": "单用途商业预付卡发卡企业", "content": "发卡企业备案及资金存管情况", "ratio": 0.05, "method": "双随机抽取、现场检查", "frequency": "每年一次", "implementingBody": "市商务综合行政执法支队", "basis": [{ "seed": "004", "section": "二、（一）1" }] }', '  ]', '}'];
    const withOverlay = compile('inspections', (f) => {
      f['tenant-configs/tt/random-inspections.json'] = inspections;
      f['tenant-configs/tt/calendar.json'] = '{ "region": "CN-XJ", "overlay": "calendar/xinjiang-2025.json" }';
      f['tenant-configs/tt/calendar/xinjiang-2025.json'] = '{ "region": "CN-XJ", "years": { "2025": { "holidays": [{ "date": "2025-03-31", "name": "肉孜节" }], "workdays": [] } } }';
    });
    expect(withOverlay.issues.map(formatIssue)).toEqual([]);
    expect(withOverlay.config?.kinds.randomInspections[0]?.value).toMatchObject({ ratio: 0.05, implementingBody: '市商务综合行政执法支队' });
    expect(withOverlay.config?.kinds.calendar[0]?.value).toEqual({ region: 'CN-XJ', overlay: 'calendar/xinjiang-2025.json' });

    const calendar = '{ "region": "CN-XJ", "overlay": "calendar/xinjiang-2025.json" }';
    const missing = compile('overlay-missing', (f) => {
      f['tenant-configs/tt/calendar.json'] = calendar;
    });
    const column = calendar.indexOf('"calendar/') + 1;
    expect(missing.issues.map((issue) => `${issue.line}:${issue.column} ${issue.pointer} ${issue.code}`)).toEqual([`1:${column} /overlay FILE_REFERENCE_MISSING`]);
  });

  it('lets a tenant lower the hearing threshold (tighter) without an override', () => {
    const result = compile('lower-hearing', (f) => {
      f['tenant-configs/tt/thresholds.json'] = ['{', '  "thresholds": [', `    { "id": "hearing-large-fine", "kind": "HEARING_LARGE_FINE", "individual": { "amount": 500, "inclusive": true }, "organisation": { "amount": 20000, "inclusive": true }, "basis": ${BASIS} }`, '  ]', '}'];
    });
    expect(result.issues.map(formatIssue)).toEqual([]);
    const threshold = result.config?.kinds.thresholds.find((item) => item.id === 'hearing-large-fine');
    expect(threshold?.provenance.history.map((step) => `${step.layer}:${step.action}`)).toEqual(['national:defined', 'hunan:tightened', 'tt:tightened']);
  });
});
