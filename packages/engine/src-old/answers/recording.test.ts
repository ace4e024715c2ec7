import { describe, expect, it } from 'vitest';
import type { CaseAction, CaseSnapshot } from '../case-snapshot.ts';
import { evaluate } from '../evaluate.ts';
import type { RecordingRequirement } from '../evaluation.ts';
import { seizureCase, withCase } from '../fixtures/case-factory.ts';
import { provided, shaoyangConfig } from '../fixtures/shaoyang-config.ts';
import { testTenant } from '../fixtures/test-tenant.ts';
import { LAW_RECORDING_RULES } from '../law/recording-rules.ts';

const tenant = testTenant();
const SHA = 'cd'.repeat(32);
const FULL = { device: 'D1', officer: '赵强', certificate: 'B1', start: '2025-03-03T10:00', end: '2025-03-03T12:00', place: '冷库', hash: SHA, party: '某公司' };

async function requirements(actions: CaseAction[], action = 'DECIDE', config = tenant): Promise<RecordingRequirement[]> {
  const snapshot: CaseSnapshot = withCase(seizureCase(), { actions });
  return (await evaluate({ config, case: snapshot, action })).recording.actions;
}

describe('whole-process recording (国办发〔2018〕118号)', () => {
  it('requires a full audio-video record of a seizure, with its metadata, and finds it satisfied', async () => {
    const [seizure] = await requirements([{ id: 's1', type: 'SEIZURE', startedAt: '2025-03-03T10:00', endedAt: '2025-03-03T12:00', evidence: [{ kind: 'AUDIO_VIDEO', continuous: true, metadata: FULL }] }]);
    expect(seizure).toMatchObject({ actionId: 's1', type: 'SEIZURE', level: 'FULL_AV', satisfied: true, missing: { level: false, metadata: [] }, prospective: false });
    expect(seizure?.metadata).toEqual(expect.arrayContaining(['DEVICE', 'OFFICER', 'CERTIFICATE', 'START', 'END', 'PLACE', 'HASH', 'PARTY']));
    expect(seizure?.reason.zh).toContain('全程音像记录');
    expect(seizure?.basis.some((basis) => basis.document?.includes('国办发〔2018〕118号'))).toBe(true);
  });

  it('rejects a recording with breaks, and names missing metadata', async () => {
    const [broken] = await requirements([{ type: 'SEIZURE', startedAt: '2025-03-03T10:00', evidence: [{ kind: 'VIDEO', continuous: false, metadata: FULL }] }]);
    expect(broken).toMatchObject({ satisfied: false, missing: { level: true } });
    const { hash: _hash, witness: _witness, ...withoutHash } = { ...FULL, witness: undefined };
    const [unhashed] = await requirements([{ type: 'FREEZING', startedAt: '2025-03-03T10:00', evidence: [{ kind: 'AUDIO_VIDEO', continuous: true, metadata: withoutHash }] }]);
    expect(unhashed).toMatchObject({ satisfied: false, missing: { level: false, metadata: ['HASH'] } });
  });

  it('requires audio-video as circumstances require for an inspection, which a full text record satisfies', async () => {
    const [inspection] = await requirements([{ type: 'ON_SITE_INSPECTION', startedAt: '2025-03-01T09:00', evidence: [{ kind: 'TEXT', metadata: { officer: '赵强', start: '2025-03-01T09:00', end: '2025-03-01T10:00', place: '冷库' } }] }]);
    expect(inspection).toMatchObject({ level: 'AV_AS_NEEDED', satisfied: true });
  });

  it('judges each recorded action by its own facts: an inquiry inside enforcement premises needs full audio-video', async () => {
    const inquiries = await requirements([
      { id: 'q1', type: 'INQUIRY', startedAt: '2025-03-05T09:00', inEnforcementPremises: true, evidence: [{ kind: 'TEXT', metadata: { officer: '赵强', start: '2025-03-05T09:00' } }] },
      { id: 'q2', type: 'INQUIRY', startedAt: '2025-03-06T09:00', evidence: [{ kind: 'TEXT', metadata: { officer: '赵强', start: '2025-03-06T09:00' } }] },
    ]);
    expect(inquiries.map((each) => [each.actionId, each.level, each.satisfied])).toEqual([['q1', 'FULL_AV', false], ['q2', 'TEXT', true], [null, 'TEXT', null]]);
  });

  it('states the requirement of the action about to be taken', async () => {
    const actions = await requirements([], 'SEIZURE');
    expect(actions).toEqual([expect.objectContaining({ type: 'SEIZURE', prospective: true, level: 'FULL_AV', satisfied: null })]);
  });

  it('keeps records permanently when they are evidence', async () => {
    const snapshot = withCase(seizureCase(), { facts: { evidenceUsed: true } });
    const [seizure] = (await evaluate({ config: tenant, case: snapshot, action: 'DECIDE' })).recording.actions;
    expect(seizure?.retention).toEqual({ months: 6, permanent: true });
  });

  it('applies a tenant rule only in its stages, and takes the strictest level', async () => {
    const config = shaoyangConfig();
    config.recording = [...LAW_RECORDING_RULES.map((rule, index) => provided(rule, 'national', 'rulesets/national/recording.json', `/rules/${index}`)), provided({
      id: 'shaoyang.review-av', actionTypes: ['INQUIRY'], stages: ['REVIEW'], level: 'FULL_AV', metadata: ['WITNESS'],
      retention: { months: 24 }, basis: [{ seed: '001' }],
    }, 'shaoyang', 'tenant-configs/shaoyang/recording.json', '/rules/0')];
    const custom = testTenant(config);
    const inquiry = (stage: 'REVIEW' | 'INVESTIGATION'): CaseAction => ({ type: 'INQUIRY', stage, startedAt: '2025-03-05T09:00', evidence: [{ kind: 'TEXT', metadata: { officer: '赵强', start: '2025-03-05T09:00' } }] });
    const [inReview] = await requirements([inquiry('REVIEW')], 'DECIDE', custom);
    expect(inReview).toMatchObject({ level: 'FULL_AV', retention: { months: 24, permanent: false }, satisfied: false });
    expect(inReview?.metadata).toContain('WITNESS');
    const [inInvestigation] = await requirements([inquiry('INVESTIGATION')], 'DECIDE', custom);
    expect(inInvestigation).toMatchObject({ level: 'TEXT', satisfied: true });
  });
});
