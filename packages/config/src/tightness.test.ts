import { describe, expect, it } from 'vitest';
import { SPECS } from './collections.ts';
import type { Deadline } from './kinds/deadlines.ts';
import type { DiscretionBenchmark } from './kinds/discretion.ts';
import type { LegalRule } from './kinds/legal-rules.ts';
import type { RecordingRule } from './kinds/recording.ts';
import type { ReviewEntry } from './kinds/review-catalogue.ts';
import type { Threshold } from './kinds/thresholds.ts';
import { compareItems } from './merge.ts';

const basis = [{ law: '《中华人民共和国行政处罚法》', article: '第五十八条' }];

function verdict<T extends object>(spec: Parameters<typeof compareItems<T>>[0], upper: T, lower: T, upperMandatory = false): string {
  const comparison = compareItems(spec, upper, lower, upperMandatory);
  return `${comparison.verdict()} ${comparison.firstProblem() ?? comparison.tightened[0] ?? ''}`.trim();
}

describe('thresholds', () => {
  const hearing: Threshold = { id: 'h', kind: 'HEARING_LARGE_FINE', individual: { amount: 1000, inclusive: true }, organisation: { amount: 20000, inclusive: true }, basis };
  const limit: Threshold = { id: 's', kind: 'SIMPLE_PROCEDURE_LIMIT', individual: { amount: 200, inclusive: true }, organisation: { amount: 3000, inclusive: true }, basis };
  const t = SPECS.thresholds;

  it('treats a lower hearing amount as tighter and a higher one as looser', () => {
    expect(verdict(t, hearing, { ...hearing, individual: { amount: 500, inclusive: true } })).toBe('tighter /individual/amount');
    expect(verdict(t, hearing, { ...hearing, organisation: { amount: 30000, inclusive: true } })).toBe('looser /organisation/amount');
  });

  it('reads the inclusive flag by direction: 不含本数 loosens a hearing trigger but tightens a simple-procedure allowance', () => {
    expect(verdict(t, hearing, { ...hearing, individual: { amount: 1000, inclusive: false } })).toBe('looser /individual/inclusive');
    expect(verdict(t, limit, { ...limit, individual: { amount: 200, inclusive: false } })).toBe('tighter /individual/inclusive');
    expect(verdict(t, limit, { ...limit, organisation: { amount: 5000, inclusive: true } })).toBe('looser /organisation/amount');
  });

  it('counts setting a delegated amount as tightening, and a business variant against its base amount', () => {
    expect(verdict(t, { id: 'h', kind: 'HEARING_LARGE_FINE', delegated: true, basis }, hearing)).toBe('tighter /individual');
    expect(verdict(t, hearing, { ...hearing, businessIndividual: { amount: 1000, inclusive: true } })).toBe('same');
    expect(verdict(t, hearing, { ...hearing, businessIndividual: { amount: 3000, inclusive: true } })).toBe('looser /businessIndividual/amount');
    expect(verdict(t, hearing, { ...hearing, kind: 'REVIEW_TRIGGER' })).toBe('replaced /kind');
  });

  it('treats an explicit "mandatory": false under a mandatory item as loosening, and leaving it out as keeping it', () => {
    expect(verdict(t, hearing, { ...hearing, mandatory: false }, true)).toBe('looser /mandatory');
    expect(verdict(t, hearing, { ...hearing }, true)).toBe('same');
  });
});

describe('deadlines', () => {
  const agency: Deadline = { id: 'd', type: 'AGENCY_LIMIT', name: '送达', from: 'DECISION_MADE', period: { days: 7, unit: 'WORKING' }, basis };
  const party: Deadline = { ...agency, type: 'PARTY_WINDOW', from: 'HEARING_RIGHT_NOTIFIED', period: { days: 5, unit: 'WORKING' } };
  const d = SPECS.deadlines;

  it('is tighter shorter for the agency and longer for the party', () => {
    expect(verdict(d, agency, { ...agency, period: { days: 5, unit: 'WORKING' } })).toBe('tighter /period/days');
    expect(verdict(d, party, { ...party, period: { days: 3, unit: 'WORKING' } })).toBe('looser /period/days');
    expect(verdict(d, party, { ...party, period: { days: 10, unit: 'WORKING' } })).toBe('tighter /period/days');
  });

  it('orders working and calendar days only where it can without a calendar', () => {
    expect(verdict(d, agency, { ...agency, period: { days: 7, unit: 'CALENDAR' } })).toBe('tighter /period');
    expect(verdict(d, { ...agency, period: { days: 7, unit: 'CALENDAR' } }, agency)).toBe('looser /period');
    expect(verdict(d, agency, { ...agency, period: { days: 9, unit: 'CALENDAR' } })).toBe('replaced /period');
  });

  it('treats adding an extension to an agency limit as looser and a different start event as a replacement', () => {
    expect(verdict(d, agency, { ...agency, extension: { days: 3, unit: 'WORKING', approvedBy: 'HEAD' } })).toBe('looser /extension');
    expect(verdict(d, agency, { ...agency, from: 'DECISION_DELIVERED' })).toBe('replaced /from');
  });
});

describe('recording rules', () => {
  const rule: RecordingRule = { id: 'r', actionTypes: ['HEARING'], level: 'AV_AS_NEEDED', metadata: ['OFFICER', 'HASH'], retention: { months: 6 }, basis };
  const r = SPECS.recording;

  it('is tighter with a higher level, more metadata, longer retention or more action types', () => {
    expect(verdict(r, rule, { ...rule, level: 'FULL_AV' })).toBe('tighter /level');
    expect(verdict(r, rule, { ...rule, metadata: ['OFFICER', 'HASH', 'PLACE'] })).toBe('tighter /metadata');
    expect(verdict(r, rule, { ...rule, retention: { months: 12 } })).toBe('tighter /retention/months');
    expect(verdict(r, rule, { ...rule, actionTypes: ['HEARING', 'INQUIRY'] })).toBe('tighter /actionTypes');
  });

  it('is looser with less, and restricting it to some stages narrows it', () => {
    expect(verdict(r, rule, { ...rule, level: 'TEXT' })).toBe('looser /level');
    expect(verdict(r, rule, { ...rule, metadata: ['OFFICER'] })).toBe('looser /metadata');
    expect(verdict(r, rule, { ...rule, stages: ['INVESTIGATION'] })).toBe('looser /stages');
    expect(verdict(r, rule, { ...rule, metadata: ['OFFICER', 'PLACE'] })).toBe('replaced /metadata');
  });
});

describe('review entries', () => {
  const criterion = { id: 'fine', description: { zh: '罚款', en: 'Fine' }, condition: { fact: 'hearingHeld', operator: 'equal', value: true } };
  const entry: ReviewEntry = { id: 'e', name: '目录', category: 'PENALTY', criteria: [criterion], materials: [{ id: 'm', name: '材料', required: false }], checklist: [], basis };
  const e = SPECS.reviewCatalogue;

  it('is tighter with more criteria, required materials and a shorter time limit', () => {
    expect(verdict(e, entry, { ...entry, criteria: [criterion, { ...criterion, id: 'other' }] })).toBe('tighter /criteria/1');
    expect(verdict(e, entry, { ...entry, materials: [{ id: 'm', name: '材料', required: true }] })).toBe('tighter /materials/0/required');
    expect(verdict(e, entry, { ...entry, timeLimit: { workingDays: 5 } })).toBe('tighter /timeLimit');
    expect(verdict(e, { ...entry, timeLimit: { workingDays: 5 } }, { ...entry, timeLimit: { workingDays: 7 } })).toBe('looser /timeLimit/workingDays');
  });

  it('is looser without a criterion or with a narrower scope, and replaced with a changed condition', () => {
    expect(verdict(e, entry, { ...entry, criteria: [{ ...criterion, id: 'renamed' }] })).toBe('looser /criteria');
    expect(verdict(e, entry, { ...entry, departments: ['scjg'] })).toBe('looser /departments');
    expect(verdict(e, entry, { ...entry, criteria: [{ ...criterion, condition: { fact: 'hearingHeld', operator: 'equal', value: false } }] })).toBe('replaced /criteria/0');
  });
});

describe('rules and benchmarks', () => {
  const rule: LegalRule = { id: 'g', kind: 'WARNING', actions: ['DECIDE'], message: { zh: '提醒', en: 'Warn' }, basis };
  it('makes a warning binding (tighter) but not the reverse', () => {
    expect(verdict(SPECS.rules, rule, { ...rule, kind: 'GATE' })).toBe('tighter /kind');
    expect(verdict(SPECS.rules, { ...rule, kind: 'GATE' }, rule)).toBe('looser /kind');
    expect(verdict(SPECS.rules, { ...rule, kind: 'GATE' }, { ...rule, kind: 'OBLIGATION' })).toBe('replaced /kind');
    expect(verdict(SPECS.rules, rule, { ...rule, condition: { fact: 'emergency', operator: 'equal', value: false } })).toBe('looser /condition');
  });

  it('narrows a fine range (tighter), widens it (looser) or shifts it (replaced)', () => {
    const tier = { id: 't', level: 'ORDINARY' as const, condition: { fact: 'harmCaused', operator: 'equal', value: true }, range: { kind: 'ABSOLUTE' as const, min: 1000, max: 5000 }, description: { zh: '一般', en: 'Ordinary' } };
    const benchmark: DiscretionBenchmark = { id: 'b', violation: '无证经营', tiers: [tier], basis };
    const withRange = (min: number, max: number): DiscretionBenchmark => ({ ...benchmark, tiers: [{ ...tier, range: { kind: 'ABSOLUTE', min, max } }] });
    expect(verdict(SPECS.discretionBenchmarks, benchmark, withRange(2000, 4000))).toBe('tighter /tiers/0/range');
    expect(verdict(SPECS.discretionBenchmarks, benchmark, withRange(500, 6000))).toBe('looser /tiers/0/range');
    expect(verdict(SPECS.discretionBenchmarks, benchmark, withRange(2000, 6000))).toBe('replaced /tiers/0/range');
  });

  it('raises the reviewer ratio (tighter) and adds a minimum count (tighter)', () => {
    const staffing = { reviewerRatio: { min: 0.05 }, basis };
    expect(verdict(SPECS.staffing, staffing, { ...staffing, reviewerRatio: { min: 0.05, minCount: 2 } })).toBe('tighter /reviewerRatio/minCount');
    expect(verdict(SPECS.staffing, staffing, { ...staffing, reviewerRatio: { min: 0.03 } })).toBe('looser /reviewerRatio/min');
  });
});
