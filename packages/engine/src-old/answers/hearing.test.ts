import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from '../case-snapshot.ts';
import type { Threshold } from '../config-kinds.ts';
import { evaluate } from '../evaluate.ts';
import { decisionCase, withCase } from '../fixtures/case-factory.ts';
import { provided, shaoyangConfig } from '../fixtures/shaoyang-config.ts';
import { testTenant } from '../fixtures/test-tenant.ts';

const tenant = testTenant();
const fined = (kind: 'INDIVIDUAL' | 'ORGANISATION', intendedFine: number, business?: boolean): CaseSnapshot =>
  withCase(decisionCase(), { party: { kind, ...(business === undefined ? {} : { business }) }, facts: { intendedFine } });
const right = async (snapshot: CaseSnapshot, config = tenant): Promise<boolean> => (await evaluate({ config, case: snapshot, action: 'NOTIFY' })).hearing.right;

describe('art. 63: right to a hearing', () => {
  it('explains itself in the sentence the issue asks for', async () => {
    const evaluation = await evaluate({ config: tenant, case: decisionCase(), action: 'DECIDE' });
    expect(evaluation.hearing.right).toBe(true);
    expect(evaluation.hearing.reason.zh).toBe('因罚款金额 50,000 元 ≥ 湖南省较大数额标准（单位 20,000 元），当事人有权要求听证（《行政处罚法》第六十三条）');
    expect(evaluation.hearing.reason.en).toBe('Because the intended fine 50,000 yuan ≥ the Hunan large-amount threshold (organisation 20,000 yuan), the party has the right to request a hearing (Administrative Penalty Law art. 63).');
    expect(evaluation.hearing.threshold).toMatchObject({ threshold: 'hunan.hearing-large-fine', amount: 20000, inclusive: true, party: 'ORGANISATION' });
    const trace = evaluation.hearing.rules[0];
    expect(trace?.provenance.layer).toBe('engine');
    expect(trace?.condition).toMatchObject({ op: 'any', result: true });
  });

  it.each([
    ['ORGANISATION', 20000, true], ['ORGANISATION', 19999, false], ['ORGANISATION', 20001, true],
    ['INDIVIDUAL', 1000, true], ['INDIVIDUAL', 999, false], ['INDIVIDUAL', 1001, true],
  ] as const)('Hunan (以上, inclusive): a %s fined %d', async (kind, fine, expected) => {
    expect(await right(fined(kind, fine))).toBe(expected);
  });

  const withHearing = (threshold: Threshold) => {
    const config = shaoyangConfig();
    config.thresholds = [...(config.thresholds ?? []).filter((each) => each.value.kind !== 'HEARING_LARGE_FINE'), provided(threshold, 'hunan', 'rulesets/hunan/thresholds.json', '/thresholds/0')];
    return testTenant(config);
  };

  it.each([[20000, false], [19999, false], [20001, true]] as const)('an exclusive bound (超过): an organisation fined %d', async (fine, expected) => {
    const exclusive = withHearing({ id: 'x.hearing', kind: 'HEARING_LARGE_FINE', individual: { amount: 1000, inclusive: false }, organisation: { amount: 20000, inclusive: false }, basis: [{ seed: '001' }] });
    expect(await right(fined('ORGANISATION', fine), exclusive)).toBe(expected);
  });

  it('uses the business variant when the threshold distinguishes it, else the base amount', async () => {
    const split = withHearing({
      id: 'x.hearing', kind: 'HEARING_LARGE_FINE', individual: { amount: 1000, inclusive: true }, organisation: { amount: 20000, inclusive: true },
      businessOrganisation: { amount: 50000, inclusive: true }, basis: [{ seed: '001' }],
    });
    expect(await right(fined('ORGANISATION', 30000, true), split)).toBe(false);
    expect(await right(fined('ORGANISATION', 50000, true), split)).toBe(true);
    expect(await right(fined('ORGANISATION', 30000, false), split)).toBe(true);
  });

  it('prefers the province over the ministry default, and uses the sector default where no province speaks', async () => {
    expect(await right(fined('ORGANISATION', 30000))).toBe(true);
    const config = shaoyangConfig();
    config.thresholds = (config.thresholds ?? []).filter((each) => each.provenance.layer !== 'hunan');
    const nationalOnly = testTenant(config);
    expect(await right(fined('ORGANISATION', 30000), nationalOnly)).toBe(false);
    expect(await right(fined('ORGANISATION', 100000), nationalOnly)).toBe(true);
  });

  it.each(['licenceRevocation', 'qualificationDowngrade', 'suspensionOrClosure'])('arises from %s whatever the amount', async (fact) => {
    expect(await right(withCase(decisionCase(), { facts: { intendedFine: 100, [fact]: true } }))).toBe(true);
  });

  it('reads penalty kinds: revoking a licence gives the right', async () => {
    expect(await right(withCase(decisionCase(), { facts: { intendedFine: 0, penaltyTypes: ['WARNING', 'LICENCE_REVOCATION'] } }))).toBe(true);
  });

  it('art. 64: the request deadline is five working days after notice, across National Day', async () => {
    const told = withCase(decisionCase(), { notices: { penaltyNoticeAt: '2025-09-26', hearingRightNotifiedAt: '2025-09-26' } });
    const evaluation = await evaluate({ config: tenant, case: told, action: 'NOTIFY', at: '2025-09-26' });
    expect(evaluation.hearing.requestDeadline).toEqual({ date: '2025-10-10', from: '2025-09-26', period: { days: 5, unit: 'WORKING' }, provisional: false });
  });

  it('flags a deadline in a year without a published holiday arrangement as provisional', async () => {
    const told = withCase(decisionCase(), { notices: { penaltyNoticeAt: '2027-12-28', hearingRightNotifiedAt: '2027-12-28' } });
    const evaluation = await evaluate({ config: tenant, case: told, action: 'NOTIFY', at: '2027-12-28' });
    expect(evaluation.hearing.requestDeadline?.provisional).toBe(true);
    expect(evaluation.issues.map((issue) => issue.code)).toContain('PROVISIONAL_DATE');
  });
});
