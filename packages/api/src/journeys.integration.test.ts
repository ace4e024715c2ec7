import { verifyAuditChain } from '@sanxiang/audit';
import { openTestDatabase, type TestDatabase } from '@sanxiang/db/testing';
import { defineAbilityFor } from '@sanxiang/authz';
import { scopeToTenant } from '@sanxiang/db';
import { recordEvidence } from '@sanxiang/workflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance, seedJourney, type Journey } from './journey-fixtures.ts';
import { refusalOf } from './test-fixtures.ts';

// The journeys of issue 5, through createCaller, on PGlite (the default run) and PostgreSQL (TEST_DATABASE_URL).
let database: TestDatabase;
let journey: Journey;

beforeAll(async () => {
  database = await openTestDatabase();
  journey = await seedJourney(database);
});

afterAll(async () => {
  await database?.close();
});

type Caller = Awaited<ReturnType<Journey['as']>>;

describe('a general-procedure penalty through every stage, with a returned review and a resubmission', () => {
  let officer: Caller;
  let head: Caller;
  let reviewer: Caller;
  let caseId: string;
  let version = 1;

  const step = async (caller: Caller, transition: string, detail?: Record<string, unknown>) => {
    const outcome = await (caller === head ? head.case.approve : caller.case.transition)({ id: caseId, transition, expectedVersion: version, ...(detail ? { detail } : {}) });
    version = outcome.case.version;
    return outcome;
  };

  beforeAll(async () => {
    journey.clock.now = new Date('2025-09-01T09:00:00+08:00');
    officer = await journey.as('officer1');
    head = await journey.as('head');
    reviewer = await journey.as('reviewer');
    caseId = await journey.openCase({
      type: 'PENALTY', procedure: 'GENERAL', number: 'SY-2025-0001',
      facts: { intendedFine: 150000 },
      violationAt: new Date('2025-08-20'), discoveredAt: new Date('2025-08-28'),
    });
  });

  it('is filed by the head, never by the officer', async () => {
    const refused = await refusalOf(officer.case.transition({ id: caseId, transition: 'approve-filing', expectedVersion: 1 }));
    expect(refused.code).toBe('FORBIDDEN');
    expect((await step(head, 'approve-filing')).case).toEqual({ id: caseId, stage: 'INVESTIGATION', version: 2 });
  });

  it('records the inspection and notifies the intended penalty with the hearing right', async () => {
    await step(officer, 'record-inspection', { startedAt: '2025-09-02T10:00:00+08:00', endedAt: '2025-09-02T11:00:00+08:00', place: '邵阳市双清区某食品店' });
    advance(journey, 2);
    expect((await step(officer, 'notify', { hearingRightNotified: true })).case.stage).toBe('NOTICE');
  });

  it('submits for legal review with the materials the catalogue asks for', async () => {
    expect((await step(officer, 'submit-review', { materials: ['draft-decision', 'investigation-report', 'evidence'] })).case.stage).toBe('LEGAL_REVIEW');
    const [review] = await officer.review.forCase({ caseId });
    expect(review?.status).toBe('SUBMITTED');
    expect(review?.catalogueEntries).toContain('scjg.major-penalty');
    const materials = review?.materials as { id: string; provided: boolean; required: boolean }[];
    expect(materials.filter((material) => material.required && !material.provided).map((material) => material.id).length).toBeGreaterThan(0);
    expect(review?.completeAt).toBeNull();
  });

  it('refuses a decision now with every failing gate at once, not just the first', async () => {
    await step(officer, 'propose-decision', { penalties: [{ kind: 'FINE', amount: 150000 }], amount: 150000, reasoning: { evidence: '现场检查笔录等证据相互印证', basis: '依据《食品安全法》第一百二十二条', discretion: '违法情节一般，按基准中档' } });
    const blocked = await refusalOf(head.case.approve({ id: caseId, transition: 'decide', expectedVersion: version }));
    expect(blocked.code).toBe('GATE_BLOCKED');
    const gates = (blocked.details as { gates: { code: string; message: { zh: string; en: string }; basis: string[] }[] }).gates;
    expect(gates.map((gate) => gate.code)).toEqual(expect.arrayContaining(['decision.legal-review-first', 'decision.hear-statement', 'apl-45.defence-period-running']));
    for (const gate of gates) {
      expect(gate.message.zh.length).toBeGreaterThan(0);
      expect(gate.message.en.length).toBeGreaterThan(0);
      expect(gate.basis.length).toBeGreaterThan(0);
    }
  });

  it('refuses a stale version with the current one, and loses nothing', async () => {
    const stale = await refusalOf(head.case.approve({ id: caseId, transition: 'decide', expectedVersion: version - 1 }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.details).toMatchObject({ currentVersion: version });
    expect((await officer.case.get({ id: caseId })).version).toBe(version);
  });

  it('is assigned only to a reviewer of the legal-review body who is not on the case', async () => {
    const [review] = await head.review.forCase({ caseId });
    const refused = await refusalOf(head.review.assign({ reviewId: review!.id, reviewerId: journey.users.officer2, expectedVersion: review!.version }));
    expect(refused.code).toBe('GATE_BLOCKED');
    expect(refused.message).toContain('审核人员不得是本案的执法人员');
    expect((await head.review.assign({ reviewId: review!.id, reviewerId: journey.users.reviewer, expectedVersion: review!.version })).status).toBe('IN_REVIEW');
  });

  it('returns with problems found, is answered and resubmitted as round 2, and then passes', async () => {
    let [review] = await reviewer.review.forCase({ caseId });
    const returned = await reviewer.review.opinion({
      reviewId: review!.id, expectedVersion: review!.version, opinion: 'PROBLEMS_FOUND',
      checklist: [{ id: 'facts-evidence', passed: false, note: '缺少货值计算依据' }], problems: ['缺少货值计算依据'],
    });
    expect(returned).toMatchObject({ status: 'RETURNED', round: 1 });
    const officerCannotReview = await refusalOf(officer.review.opinion({ reviewId: review!.id, expectedVersion: returned.version, opinion: 'AGREE', checklist: [] }));
    expect(officerCannotReview.code).toBe('FORBIDDEN');
    const resubmitted = await officer.review.resubmit({ reviewId: review!.id, expectedVersion: returned.version, response: '已补充货值计算说明及进货凭证', materials: ['legal-basis', 'hearing-record'] });
    expect(resubmitted).toMatchObject({ status: 'IN_REVIEW', round: 2 });
    [review] = await reviewer.review.forCase({ caseId });
    const passed = await reviewer.review.opinion({ reviewId: review!.id, expectedVersion: review!.version, opinion: 'AGREE', checklist: [{ id: 'facts-evidence', passed: true }] });
    expect(passed).toMatchObject({ status: 'PASSED', round: 2 });
    [review] = await reviewer.review.forCase({ caseId });
    expect(review!.rounds.map((round) => [round.number, round.opinion])).toEqual([[1, 'PROBLEMS_FOUND'], [2, 'AGREE']]);
  });

  it('is decided once the defence period is over, then delivered, executed, closed and archived', async () => {
    advance(journey, 10);
    const decided = await step(head, 'decide', { number: '邵市监罚〔2025〕1号' });
    expect(decided.case.stage).toBe('DELIVERY');
    expect((await step(officer, 'deliver', { method: 'DELIVERY_IN_PERSON' })).case.stage).toBe('EXECUTION');
    advance(journey, 5);
    await step(officer, 'execute', { paidAt: '2025-09-20' });
    expect((await step(officer, 'close')).case.stage).toBe('ARCHIVED');
    const detail = await officer.case.get({ id: caseId });
    expect(detail.stage).toBe('ARCHIVED');
    expect(detail.version).toBe(version);
  });

  it('keeps a history that adds up, in an audit chain that verifies', async () => {
    const transitions = await database.prisma.caseTransition.findMany({ where: { caseId }, orderBy: { caseVersion: 'asc' } });
    expect(transitions.map((each) => each.caseVersion)).toEqual(Array.from({ length: version - 1 }, (_, index) => index + 2));
    expect(transitions.map((each) => each.action)).toEqual(['approve-filing', 'record-inspection', 'notify', 'submit-review', 'propose-decision', 'decide', 'deliver', 'execute', 'close']);
    const decision = await database.prisma.decision.findFirstOrThrow({ where: { caseId } });
    expect(Number(decision.fineAmount)).toBe(150000);
    expect(decision.discretionReasoning).toContain('基准');
    expect(await verifyAuditChain(database.prisma, journey.tenantId)).toMatchObject({ ok: true });
  });
});

/** Takes a case through steps in order, each by the given caller, and returns the final outcome. */
async function walk(caseId: string, steps: [Caller, 'transition' | 'approve', string, Record<string, unknown>?][]) {
  let version = 1;
  let last: Awaited<ReturnType<Caller['case']['transition']>> | undefined;
  for (const [caller, procedure, transition, detail] of steps) {
    last = await caller.case[procedure]({ id: caseId, transition, expectedVersion: version, ...(detail ? { detail } : {}) });
    version = last.case.version;
  }
  return last!;
}

describe('a seizure with an extension (行政强制法 第十八条至第二十八条)', () => {
  it('is approved, carried out with the inventory, extended once (never twice), released and closed', async () => {
    journey.clock.now = new Date('2025-10-09T09:00:00+08:00');
    const officer = await journey.as('officer1');
    const head = await journey.as('head');
    const caseId = await journey.openCase({ type: 'COERCION', procedure: 'GENERAL', number: 'SY-2025-Q001', actDate: new Date('2025-10-09') });
    const unapproved = await refusalOf(officer.case.transition({ id: caseId, transition: 'seize', expectedVersion: 1 }));
    expect(unapproved.code).toBe('CONFLICT');
    let outcome = await walk(caseId, [
      [head, 'approve', 'approve-measure', { reason: '涉嫌过期食品，需防止转移' }],
      [officer, 'transition', 'seize', { startedAt: '2025-10-09T10:00:00+08:00', endedAt: '2025-10-09T11:30:00+08:00', place: '邵阳市大祥区某仓库', inventory: [{ name: '过期奶粉', quantity: 120, unit: '罐' }] }],
    ]);
    expect(outcome.case.stage).toBe('IN_FORCE');
    const seized = await database.prisma.enforcementAction.findFirstOrThrow({ where: { caseId, type: 'SEIZURE' } });
    advance(journey, 25);
    outcome = await head.case.approve({ id: caseId, transition: 'extend', expectedVersion: outcome.case.version, detail: { reason: '检验结果尚未出具' } });
    const twice = await refusalOf(head.case.approve({ id: caseId, transition: 'extend', expectedVersion: outcome.case.version }));
    expect(twice.code).toBe('GATE_BLOCKED');
    expect((twice.details as { gates: { code: string }[] }).gates.map((gate) => gate.code)).toEqual(['acl-25.extended-once']);
    advance(journey, 20);
    outcome = await officer.case.transition({ id: caseId, transition: 'release', expectedVersion: outcome.case.version });
    // The whole seizure on video (国办发〔2018〕118号): without it, closing is blocked.
    const blocked = await refusalOf(officer.case.transition({ id: caseId, transition: 'close', expectedVersion: outcome.case.version }));
    expect((blocked.details as { gates: { code: string }[] }).gates.map((gate) => gate.code)).toEqual(['gbf-118.full-av-missing']);
    await recordEvidence({ db: scopeToTenant(database.prisma, journey.tenantId), ability: defineAbilityFor({ id: journey.users.officer1, tenantId: journey.tenantId, roles: ['OFFICER'], departmentId: journey.departments.scjg! }), actor: { id: journey.users.officer1 }, engines: undefined as never, now: () => journey.clock.now }, {
      caseId, actionId: seized.id, kind: 'VIDEO', fileName: '查封现场.mp4', deviceId: 'ZFJLY-0031', certificateNumber: '湘A-0001',
      file: { key: 'a'.repeat(64), sha256: 'a'.repeat(64), size: 1048576, mediaType: 'video/mp4' },
      startedAt: new Date('2025-10-09T09:58:00+08:00'), endedAt: new Date('2025-10-09T11:31:00+08:00'), place: '邵阳市大祥区某仓库',
    });
    outcome = await officer.case.transition({ id: caseId, transition: 'close', expectedVersion: outcome.case.version });
    expect(outcome.case.stage).toBe('ARCHIVED');
    const seizure = await database.prisma.enforcementAction.findFirstOrThrow({ where: { caseId, type: 'SEIZURE' } });
    expect(seizure.details).toMatchObject({ headApproved: true, inventory: [{ name: '过期奶粉', quantity: 120, unit: '罐' }] });
    expect(await database.prisma.approval.count({ where: { caseId, kind: 'EXTENSION', status: 'APPROVED' } })).toBe(1);
  });
});

describe('a simple-procedure penalty (行政处罚法 第五十一条)', () => {
  const individual = { parties: [{ kind: 'INDIVIDUAL' as const, name: '张某', business: false }] };

  it('refuses 201 yuan for a citizen on the spot, naming the limit', async () => {
    journey.clock.now = new Date('2025-11-03T10:00:00+08:00');
    const officer = await journey.as('officer1');
    const caseId = await journey.openCase({ type: 'PENALTY', procedure: 'SIMPLE', number: 'SY-2025-J002', actDate: new Date('2025-11-03'), ...individual });
    const blocked = await refusalOf(officer.case.transition({ id: caseId, transition: 'decide-on-the-spot', expectedVersion: 1, detail: { penalties: [{ kind: 'FINE', amount: 201 }], amount: 201 } }));
    expect(blocked.code).toBe('GATE_BLOCKED');
    expect(blocked.message).toMatch(/200/u);
  });

  it('decides 200 yuan on the spot, hands the decision over at once, and archives after payment', async () => {
    journey.clock.now = new Date('2025-11-03T10:00:00+08:00');
    const officer = await journey.as('officer1');
    const caseId = await journey.openCase({ type: 'PENALTY', procedure: 'SIMPLE', number: 'SY-2025-J001', actDate: new Date('2025-11-03'), ...individual });
    const outcome = await walk(caseId, [
      [officer, 'transition', 'decide-on-the-spot', { penalties: [{ kind: 'FINE', amount: 200 }], amount: 200, number: '邵市监当罚〔2025〕1号' }],
      [officer, 'transition', 'execute', { paidAt: '2025-11-03' }],
    ]);
    expect(outcome.case.stage).toBe('ARCHIVED');
    expect(Number((await database.prisma.decision.findFirstOrThrow({ where: { caseId } })).fineAmount)).toBe(200);
  });
});

describe('a licence (行政许可法 第三十二条至第四十条)', () => {
  it('is accepted, examined, granted by the head and published, the grant recorded with the decision', async () => {
    journey.clock.now = new Date('2025-11-10T09:00:00+08:00');
    const officer = await journey.as('officer1');
    const head = await journey.as('head');
    const caseId = await journey.openCase({ type: 'LICENCE', procedure: 'GENERAL', number: 'SY-2025-X001', actDate: new Date('2025-11-10') });
    const outcome = await walk(caseId, [
      [officer, 'transition', 'accept'],
      [officer, 'transition', 'examine'],
      [head, 'approve', 'decide-licence', { number: '邵市监许〔2025〕1号', licence: { outcome: 'GRANTED' } }],
      [officer, 'transition', 'publish'],
    ]);
    expect(outcome.case).toMatchObject({ stage: 'ARCHIVED', version: 5 });
    const decided = await database.prisma.caseTransition.findFirstOrThrow({ where: { caseId, action: 'decide-licence' } });
    expect(decided.detail).toMatchObject({ effect: 'DECIDED', licence: { outcome: 'GRANTED' } });
    expect(await database.prisma.decision.count({ where: { caseId, number: '邵市监许〔2025〕1号' } })).toBe(1);
    expect(await verifyAuditChain(database.prisma, journey.tenantId)).toMatchObject({ ok: true });
  });

  it('refuses a refusal without its reasons (art. 38), naming the field in both languages, and leaves the case as it was', async () => {
    journey.clock.now = new Date('2025-11-11T09:00:00+08:00');
    const officer = await journey.as('officer1');
    const head = await journey.as('head');
    const caseId = await journey.openCase({ type: 'LICENCE', procedure: 'GENERAL', number: 'SY-2025-X002', actDate: new Date('2025-11-11') });
    await walk(caseId, [[officer, 'transition', 'accept'], [officer, 'transition', 'examine']]);
    const remedies = { reconsideration: '六十日内向邵阳市人民政府申请行政复议', litigation: '六个月内向双清区人民法院提起行政诉讼' };
    const refused = await refusalOf(head.case.approve({ id: caseId, transition: 'decide-licence', expectedVersion: 3, detail: { number: '邵市监不许〔2025〕1号', licence: { outcome: 'REFUSED', remedies } } }));
    expect(refused.code).toBe('BAD_INPUT');
    expect(refused.details).toMatchObject({ problems: [{ pointer: '/detail/licence/reasons' }] });
    const { text } = refused;
    expect(text.zh).toContain('/detail/licence/reasons');
    expect(text.zh).toContain('说明理由');
    expect(text.en).toContain('/detail/licence/reasons');
    expect(text.en).toContain('reasons');
    const noChoice = await refusalOf(head.case.approve({ id: caseId, transition: 'decide-licence', expectedVersion: 3, detail: { number: '邵市监不许〔2025〕1号' } }));
    expect(noChoice.details).toMatchObject({ problems: [{ pointer: '/detail/licence' }] });
    expect(await database.prisma.decision.count({ where: { caseId } })).toBe(0);
    expect((await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).stage).toBe('DECISION');

    const decided = await head.case.approve({ id: caseId, transition: 'decide-licence', expectedVersion: 3, detail: { number: '邵市监不许〔2025〕1号', licence: { outcome: 'REFUSED', reasons: '申请人不具备法定的经营场所条件', remedies } } });
    expect(decided.case.stage).toBe('PUBLICATION');
  });
});
