import { AppError } from '@sanxiang/errors';
import { describe, expect, it } from 'vitest';
import { LICENCE_DECISION_STEP, lifecycleFor } from './lifecycles.ts';
import { checkDetail, licenceOutcomeOf } from './transition-detail.ts';

const licenceDecision = lifecycleFor('LICENCE', 'GENERAL').transitions.find((each) => each.key === LICENCE_DECISION_STEP)!;
const penaltyDecision = lifecycleFor('PENALTY', 'GENERAL').transitions.find((each) => each.key === 'decide')!;
const remedies = { reconsideration: '收到本决定之日起六十日内向邵阳市人民政府申请行政复议', litigation: '收到本决定之日起六个月内向双清区人民法院提起行政诉讼' };

function refusal(input: unknown): AppError {
  try {
    checkDetail(licenceDecision, input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the detail to be refused');
}

describe('the licence decision detail (行政许可法 第三十七条、第三十八条)', () => {
  it('takes a grant, and a refusal with its reasons and remedies', () => {
    expect(checkDetail(licenceDecision, { number: '许1', licence: { outcome: 'GRANTED' } }).licence).toEqual({ outcome: 'GRANTED' });
    const refused = checkDetail(licenceDecision, { licence: { outcome: 'REFUSED', reasons: '申请材料不符合法定形式', remedies } });
    expect(refused.licence).toMatchObject({ outcome: 'REFUSED', reasons: '申请材料不符合法定形式' });
  });

  it('requires the outcome as a choice', () => {
    const error = refusal({ number: '许1' });
    expect(error.code).toBe('BAD_INPUT');
    expect(error.details).toMatchObject({ problems: [{ pointer: '/detail/licence' }] });
    expect(error.text.zh).toContain('准予或不予许可');
    expect(refusal({ licence: { outcome: 'MAYBE' } }).code).toBe('BAD_INPUT');
  });

  it('refuses a refusal without reasons or remedies, naming each field in both languages', () => {
    const error = refusal({ licence: { outcome: 'REFUSED' } });
    expect((error.details as { problems: { pointer: string }[] }).problems.map((problem) => problem.pointer)).toEqual(['/detail/licence/reasons', '/detail/licence/remedies']);
    expect(error.text.zh).toContain('/detail/licence/reasons');
    expect(error.text.zh).toContain('第三十八条第二款');
    expect(error.text.en).toContain('/detail/licence/reasons');
    expect(error.text.en).toContain('reasons');
    const noRemedies = refusal({ licence: { outcome: 'REFUSED', reasons: '不符合条件' } });
    expect(noRemedies.details).toMatchObject({ problems: [{ pointer: '/detail/licence/remedies' }] });
  });

  it('keeps refusal reasons off a grant, and the licence outcome off other steps', () => {
    expect(refusal({ licence: { outcome: 'GRANTED', reasons: '理由' } }).details).toMatchObject({ problems: [{ pointer: '/detail/licence' }] });
    expect(() => checkDetail(penaltyDecision, { licence: { outcome: 'GRANTED' } })).toThrow(AppError);
    expect(checkDetail(penaltyDecision, { number: '罚1' })).toEqual({ number: '罚1' });
  });

  it('reads the outcome back from a stored step, and nothing from anything else', () => {
    expect(licenceOutcomeOf({ effect: 'DECIDED', licence: { outcome: 'REFUSED', reasons: '理由', remedies }, warnings: [] })).toBe('REFUSED');
    expect(licenceOutcomeOf({ effect: 'DECIDED', number: '许1' })).toBeNull();
    expect(licenceOutcomeOf({ licence: { outcome: 'maybe' } })).toBeNull();
    expect(licenceOutcomeOf(null)).toBeNull();
    expect(licenceOutcomeOf([])).toBeNull();
  });
});
