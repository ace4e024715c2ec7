/**
 * A realistic mix of cases, seeded: mostly general-procedure penalty decisions and their notices, then coercive
 * measures, simple procedure, on-site work, licences and execution, each on an item drawn from all of the tenant's
 * items (so a department's share of cases follows its share of items). Amounts are log-uniform; the facts discretion
 * tiers read are mostly stated, other flags mostly unset or false; some cases carry defects (one officer, an expired
 * certificate, no notice, a long seizure).
 */
import type { EnforcementItemConfig } from '../../packages/config/src/index.ts';
import type { Action, CaseAction, CaseSnapshot, Officer } from '../../packages/engine/src/index.ts';
import { chance, pad, pick, prng } from '../prng.ts';

export interface BenchCase {
  snapshot: CaseSnapshot;
  action: Action;
  at: string;
  department: string;
}

const DAY = 86_400_000;
const iso = (time: number): string => new Date(time).toISOString().slice(0, 10);
const SHA = 'ef'.repeat(32);

function officers(random: () => number, domain: string): Officer[] {
  const count = chance(random, 0.05) ? 1 : 2;
  return Array.from({ length: count }, (_, index) => ({
    name: `执法人员${index}`,
    certificate: {
      number: `44200${pad(Math.floor(random() * 1e6), 6)}`, domain, area: '广东省中山市', validFrom: '2022-01-01',
      validUntil: chance(random, 0.03) ? '2025-01-31' : '2028-12-31', status: chance(random, 0.01) ? 'SUSPENDED' : 'VALID',
    },
  }));
}

function evidence(random: () => number, start: string, full: boolean): NonNullable<CaseAction['evidence']> {
  const metadata = { device: 'DSJ-01', officer: '执法人员0', certificate: '4420000001', start, end: start, place: '现场', hash: SHA, party: '当事人' };
  if (full && chance(random, 0.9)) return [{ kind: 'AUDIO_VIDEO', continuous: true, metadata }];
  return [{ kind: 'TEXT', metadata: { officer: '执法人员0', start } }];
}

type Choice = readonly [EnforcementItemConfig, Action];

export function caseMix(
  items: readonly EnforcementItemConfig[], domains: ReadonlyMap<string, string>, count: number, seed: number, choose?: (index: number) => Choice,
): BenchCase[] {
  const random = prng(seed);
  const byCategory = (category: string) => items.filter((item) => item.category === category);
  const penalties = byCategory('PENALTY');
  const coercions = byCategory('COERCION');
  const licences = byCategory('LICENCE');
  const cases: BenchCase[] = [];
  for (let index = 0; index < count; index++) {
    const roll = random();
    const filed = Date.UTC(2025, 0, 2) + Math.floor(random() * 280) * DAY;
    const at = iso(filed + Math.floor(10 + random() * 90) * DAY);
    const kind = chance(random, 0.35) ? 'INDIVIDUAL' : 'ORGANISATION';
    const fine = Math.round(Math.exp(Math.log(200) + random() * (Math.log(800000) - Math.log(200))));
    const goods = Math.round(Math.exp(Math.log(500) + random() * (Math.log(1_000_000) - Math.log(500))));
    const facts: Record<string, boolean | number | string[]> = { intendedFine: fine, goodsValue: goods, penaltyTypes: chance(random, 0.05) ? ['FINE', 'LICENCE_REVOCATION'] : ['FINE'] };
    // What a discretion tier turns on is usually recorded (harm, prompt correction, a major violation); the rest
    // of the flags are stated now and then.
    if (chance(random, 0.85)) facts.harmCaused = chance(random, 0.3);
    if (chance(random, 0.75)) facts.correctedPromptly = chance(random, 0.5);
    if (chance(random, 0.6)) facts.majorViolation = facts.harmCaused === true && chance(random, 0.3);
    for (const flag of ['harmSlight', 'firstViolation', 'majorPublicInterest', 'complexMultipleRelations', 'socialImpact', 'crossRegion', 'crossDepartment', 'lawRequiresReview']) {
      if (chance(random, 0.4)) facts[flag] = chance(random, 0.15);
    }
    if (chance(random, 0.2)) facts.illegalGains = Math.round(Math.exp(Math.log(100) + random() * (Math.log(500_000) - Math.log(100))));
    if (chance(random, 0.15)) facts.confiscationValue = Math.round(Math.exp(Math.log(100) + random() * (Math.log(500_000) - Math.log(100))));
    let item: EnforcementItemConfig;
    let action: Action;
    if (choose) [item, action] = choose(index);
    else if (roll < 0.35) [item, action] = [pick(random, penalties), 'DECIDE'];
    else if (roll < 0.5) [item, action] = [pick(random, penalties), 'NOTIFY'];
    else if (roll < 0.6) [item, action] = [pick(random, penalties), 'SIMPLE_PROCEDURE_DECISION'];
    else if (roll < 0.75) [item, action] = [pick(random, coercions.length ? coercions : penalties), chance(random, 0.7) ? 'SEIZURE' : 'INQUIRY'];
    else if (roll < 0.85) [item, action] = [pick(random, penalties), pick(random, ['ON_SITE_INSPECTION', 'INQUIRY', 'EVIDENCE_TAKING'] as const)];
    else if (roll < 0.9) [item, action] = [pick(random, licences.length ? licences : penalties), 'LICENCE_DECIDE'];
    else if (roll < 0.95) [item, action] = [pick(random, coercions.length ? coercions : penalties), 'FORCED_EXECUTION'];
    else [item, action] = [pick(random, penalties), pick(random, ['DELIVERY_IN_PERSON', 'ELECTRONIC_DELIVERY', 'CLOSE'] as const)];
    if (action === 'SIMPLE_PROCEDURE_DECISION') facts.intendedFine = Math.round(random() * (kind === 'INDIVIDUAL' ? 260 : 3500));
    const domain = domains.get(item.department) ?? 'market-regulation';
    const started = `${iso(filed + 2 * DAY)}T${pad(8 + Math.floor(random() * 14), 2)}:${pad(Math.floor(random() * 60), 2)}`;
    const actions: CaseAction[] = [{ type: 'ON_SITE_INSPECTION', stage: 'INVESTIGATION', startedAt: started, endedAt: started, evidence: evidence(random, started, false) }];
    const snapshot: CaseSnapshot = {
      id: `ZS-${pad(index, 6)}`, type: item.category as CaseSnapshot['type'], procedure: action === 'SIMPLE_PROCEDURE_DECISION' ? 'SIMPLE' : 'GENERAL',
      stage: action === 'DECIDE' || action === 'NOTIFY' ? 'DECISION' : 'INVESTIGATION', itemCode: item.code, department: item.department,
      filedAt: iso(filed), actDate: at, violation: { occurredAt: iso(filed - Math.floor(random() * 900) * DAY), discoveredAt: iso(filed - DAY) },
      party: { kind, business: chance(random, 0.7), ...(kind === 'INDIVIDUAL' ? { age: 16 + Math.floor(random() * 60) } : {}) },
      facts, officers: officers(random, domain), actions,
    };
    if (item.category === 'COERCION') {
      const seized = iso(filed + 3 * DAY);
      actions.push({ type: 'SEIZURE', stage: 'INVESTIGATION', startedAt: `${seized}T10:00`, endedAt: `${seized}T11:30`, headApproved: chance(random, 0.95), evidence: evidence(random, `${seized}T10:00`, true) });
      snapshot.seizure = { startedAt: seized, ...(chance(random, 0.2) ? { extensionApprovedAt: iso(filed + 25 * DAY) } : {}) };
    }
    if (action === 'FORCED_EXECUTION') actions.push({ type: 'FORCED_EXECUTION', startedAt: `${at}T${pad(Math.floor(random() * 24), 2)}:00`, emergency: chance(random, 0.1) });
    if (action === 'DECIDE' || action === 'NOTIFY' || roll > 0.95) {
      const noticed = iso(Date.parse(at) - Math.floor(random() * 20) * DAY);
      snapshot.notices = chance(random, 0.9) ? { penaltyNoticeAt: noticed, hearingRightNotifiedAt: noticed } : {};
      snapshot.review = { status: chance(random, 0.5) ? 'PASSED' : 'NOT_SUBMITTED', materialsCompleteAt: noticed };
      snapshot.decision = { amount: fine, ...(chance(random, 0.9) ? { reasoning: { evidence: '证据', basis: '依据', discretion: '裁量' } } : {}) };
    }
    cases.push({ snapshot, action, at, department: item.department });
  }
  return cases;
}

const TYPICAL_ACTION: Record<string, Action> = { PENALTY: 'DECIDE', COERCION: 'SEIZURE', LICENCE: 'LICENCE_DECIDE' };

/** One case per item, with its category's typical action: a warm-up that names every item once. */
export function everyItem(items: readonly EnforcementItemConfig[], domains: ReadonlyMap<string, string>, seed: number): BenchCase[] {
  return caseMix(items, domains, items.length, seed, (index) => [items[index]!, TYPICAL_ACTION[items[index]!.category] ?? 'DECIDE']);
}
