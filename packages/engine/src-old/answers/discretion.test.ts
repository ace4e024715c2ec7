import { describe, expect, it } from 'vitest';
import type { CaseSnapshot, FactValue } from '../case-snapshot.ts';
import { evaluate } from '../evaluate.ts';
import type { DiscretionAnswer } from '../evaluation.ts';
import { decisionCase } from '../fixtures/case-factory.ts';
import { testTenant } from '../fixtures/test-tenant.ts';

const tenant = testTenant();
const discretion = async (facts: Record<string, FactValue>, overrides: Partial<CaseSnapshot> = {}): Promise<DiscretionAnswer> =>
  (await evaluate({ config: tenant, case: { ...decisionCase(), facts, ...overrides }, action: 'DECIDE' })).discretion;

describe('discretion benchmarks (art. 34) and lenient lists (art. 30, 31, 33)', () => {
  it('finds the tier, its range and whether the fine fits', async () => {
    const answer = await discretion({ intendedFine: 50000, goodsValue: 3200 });
    expect(answer.benchmark?.id).toBe('food-unlicensed');
    expect(answer.tier).toMatchObject({ id: 'food-unlicensed/ordinary', level: 'ORDINARY', allowed: { min: 50000, max: 100000 } });
    expect(answer).toMatchObject({ intendedFine: 50000, fits: true, outsideBenchmark: false, justificationRequired: false });
    expect(answer.reason.zh).toBe('适用「货值不足一万元」档次，罚款幅度 50,000 元至 100,000 元；拟罚款 50,000 元在幅度内（《食品安全法》第一百二十二条、《行政处罚法》第三十四条）');
  });

  it('takes the first matching tier, and requires a justification outside its range', async () => {
    const answer = await discretion({ intendedFine: 80000, goodsValue: 3200, harmSlight: true });
    expect(answer.matchedTiers.map((tier) => tier.id)).toEqual(['food-unlicensed/slight', 'food-unlicensed/ordinary']);
    expect(answer).toMatchObject({ tier: { allowed: { min: 50000, max: 70000 } }, fits: false, outsideBenchmark: true, justificationRequired: true });
  });

  it('computes a multiple of the goods value, and says so when the value is unknown', async () => {
    expect(await discretion({ intendedFine: 150000, goodsValue: 12000 })).toMatchObject({ tier: { allowed: { min: 120000, max: 240000 } }, fits: true });
    const unknown = await discretion({ intendedFine: 150000 });
    expect(unknown.tier).toBeNull();
    expect(unknown.fits).toBeNull();
  });

  it.each([
    ['a first violation with slight harm, corrected', { firstViolation: true, harmSlight: true, correctedPromptly: true }, ['apl-33/first-violation']],
    ['no fault', { noSubjectiveFault: true }, ['apl-33/no-fault']],
    ['nothing lenient', { firstViolation: true, harmSlight: false }, []],
  ])('lenient lists: %s', async (_, facts, expected) => {
    expect((await discretion({ intendedFine: 50000, goodsValue: 3200, ...facts })).lenient.map((entry) => entry.id)).toEqual(expected);
  });

  it.each([[13, ['apl-30-31/under-fourteen']], [15, ['apl-30.minor/fourteen-to-eighteen']], [18, []]])('art. 30: a party aged %d', async (age, expected) => {
    const answer = await discretion({ intendedFine: 500 }, { party: { kind: 'INDIVIDUAL', age } });
    expect(answer.lenient.map((entry) => entry.id)).toEqual(expected);
  });

  it('applies an item\'s own lenient entry only to that item', async () => {
    const facts = { intendedFine: 2000, harmCaused: false, correctedPromptly: true };
    const labelled = await discretion(facts, { itemCode: 'scjg-cf-002' });
    expect(labelled.lenient.map((entry) => entry.id)).toEqual(['apl-33/slight-no-harm', 'shaoyang.scjg-no-penalty/label-defect']);
    expect(labelled.benchmark).toBeNull();
    expect(labelled.reason.en).toContain('no discretion benchmark');
  });
});
