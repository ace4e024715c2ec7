import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from '../case-snapshot.ts';
import type { DisclosureItem } from '../config-kinds.ts';
import { evaluate } from '../evaluate.ts';
import type { DisclosureAnswer } from '../evaluation.ts';
import { decisionCase, seizureCase, withCase } from '../fixtures/case-factory.ts';
import { provided, shaoyangConfig } from '../fixtures/shaoyang-config.ts';
import { testTenant } from '../fixtures/test-tenant.ts';

const tenant = testTenant();
const disclose = async (snapshot: CaseSnapshot, action: string, at: string, config = tenant): Promise<DisclosureAnswer> =>
  (await evaluate({ config, case: snapshot, action, at })).disclosure;

describe('disclosure (art. 48, 国办发〔2018〕118号)', () => {
  it('publishes a penalty decision within seven working days, redacting only third parties for an organisation', async () => {
    const answer = await disclose(decisionCase(), 'DECIDE', '2025-09-26');
    const [item] = answer.items;
    expect(item).toMatchObject({ id: 'apl-48.penalty-decision', phase: 'AFTER', event: 'DECISION_MADE', channels: ['GOV_WEBSITE'], excluded: false, displayMonths: 36 });
    expect(item?.due).toEqual({ date: '2025-10-13', from: '2025-09-26', period: { days: 7, unit: 'WORKING' }, provisional: false });
    expect(item?.redaction).toEqual([{ class: 'THIRD_PARTY_NAME', action: 'MASK' }]);
    expect(item?.reason.zh).toContain('应当公示「行政处罚决定」');
  });

  it('redacts an individual\'s identity data and withholds a minor\'s case', async () => {
    const person = withCase(decisionCase(), { party: { kind: 'INDIVIDUAL', age: 30 } });
    const [item] = (await disclose(person, 'DECIDE', '2025-04-21')).items;
    expect(item?.redaction.map((each) => each.class)).toEqual(['ID_NUMBER', 'HOME_ADDRESS', 'PHONE', 'BANK_ACCOUNT', 'HEALTH_INFO', 'THIRD_PARTY_NAME']);
    const minor = withCase(decisionCase(), { party: { kind: 'INDIVIDUAL', age: 16 } });
    const [withheld] = (await disclose(minor, 'DECIDE', '2025-04-21')).items;
    expect(withheld?.excluded).toBe(true);
    expect(withheld?.exclusionReasons).toEqual([{ zh: '当事人为未成年人', en: 'the party is a minor' }]);
  });

  it('gives other decisions twenty working days', async () => {
    const [item] = (await disclose(seizureCase(), 'DECIDE', '2025-03-20')).items.filter((each) => each.phase === 'AFTER');
    expect(item).toMatchObject({ id: 'gbf-118.other-decision', due: { date: '2025-04-18', period: { days: 20, unit: 'WORKING' } } });
  });

  it('requires officers to show their certificates on site', async () => {
    const items = (await disclose(seizureCase(), 'INQUIRY', '2025-03-20')).items;
    expect(items.map((item) => [item.id, item.phase, item.due])).toEqual([['apl-55.show-certificate', 'DURING', null]]);
  });

  it('art. 48: withdraws a published decision within three working days when it is revoked', async () => {
    // 1–8 October is the National Day holiday; Saturday 11 October is a make-up working day.
    const revoked = withCase(decisionCase(), { decision: { decidedAt: '2025-04-21', publishedAt: '2025-04-25', revokedAt: '2025-09-30' } });
    const answer = await disclose(revoked, 'CLOSE', '2025-09-30');
    expect(answer.withdrawals).toEqual([expect.objectContaining({ id: 'apl-48.penalty-decision', reasonRequired: true, due: expect.objectContaining({ date: '2025-10-11' }) })]);
  });

  it('uses the tenant\'s item: its channels, display tiers and deadline', async () => {
    const tenantItem: DisclosureItem = {
      id: 'apl-48.penalty-decision', phase: 'AFTER', name: '行政处罚信息', fields: ['decisionNumber'], channels: ['GOV_WEBSITE', 'CREDIT_PLATFORM'],
      trigger: { event: 'DECISION_MADE', condition: { all: [{ fact: 'procedure', operator: 'equal', value: 'GENERAL' }, { fact: 'warningOnly', operator: 'notEqual', value: true }] } },
      deadline: { days: 5, unit: 'WORKING', from: 'DECISION_MADE' },
      displayPeriod: { tiers: [
        { id: 'low', condition: { fact: 'intendedFine', operator: 'lessThan', value: 10000 }, months: 3 },
        { id: 'other', condition: { fact: 'intendedFine', operator: 'greaterThanInclusive', value: 10000 }, months: 36 },
      ] },
      basis: [{ seed: '001' }],
    };
    const config = shaoyangConfig();
    config.disclosure = [provided(tenantItem, 'shaoyang', 'tenant-configs/shaoyang/disclosure.json', '/items/0')];
    const custom = testTenant(config);
    // Sunday 27 April 2025 is a make-up working day for May Day, so five working days from 21 April end on it.
    const low = withCase(decisionCase(), { facts: { intendedFine: 5000 } });
    const [item] = (await disclose(low, 'DECIDE', '2025-04-21', custom)).items;
    expect(item).toMatchObject({ channels: ['GOV_WEBSITE', 'CREDIT_PLATFORM'], displayMonths: 3, due: { date: '2025-04-27' }, provenance: { layer: 'shaoyang' } });
    const warning = withCase(decisionCase(), { facts: { warningOnly: true } });
    expect((await disclose(warning, 'DECIDE', '2025-04-21', custom)).items).toEqual([]);
  });
});
