import { openTestDatabase, type TestDatabase } from '@sanxiang/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance, seedJourney, type Journey } from '../../journey-fixtures.ts';
import { callerAs, type Caller } from './test-callers.ts';
import { refusalOf } from '../../test-fixtures.ts';

// What waits for the reviewer and the head: the inboxes, the overdue flag on the reviewer's calendar, and the
// collective-discussion record (行政处罚法 第五十七条第二款).

let database: TestDatabase;
let journey: Journey;
let officer: Caller;
let head: Caller;
let reviewer: Caller;

beforeAll(async () => {
  database = await openTestDatabase();
  journey = await seedJourney(database);
  journey.clock.now = new Date('2025-09-01T09:00:00+08:00');
  officer = await callerAs(database, journey, 'officer1');
  head = await callerAs(database, journey, 'head');
  reviewer = await callerAs(database, journey, 'reviewer');
});

afterAll(async () => {
  await database?.close();
});

/** Takes a case through steps in order, each by the officer or (for approvals) the head. */
async function walk(caseId: string, steps: Array<[string, Record<string, unknown>?]>): Promise<number> {
  let version = (await officer.case.get({ id: caseId })).version;
  for (const [transition, detail] of steps) {
    const approval = transition === 'approve-filing' || transition === 'decide';
    const outcome = await (approval ? head.case.approve : officer.case.transition)({ id: caseId, transition, expectedVersion: version, ...(detail ? { detail } : {}) });
    version = outcome.case.version;
  }
  return version;
}

const TO_NOTICE: Array<[string, Record<string, unknown>?]> = [
  ['approve-filing'],
  ['record-inspection', { startedAt: '2025-09-01T10:00:00+08:00', endedAt: '2025-09-01T11:00:00+08:00', place: '邵阳市双清区某食品店' }],
  ['notify', { hearingRightNotified: true }],
];

describe('the head\'s inbox', () => {
  it('lists the filing waiting for approval, and no longer once it is approved', async () => {
    const caseId = await journey.openCase({ type: 'PENALTY', procedure: 'GENERAL', number: 'SY-W-0001', facts: { intendedFine: 5000 } });
    const waiting = await head.workspace.headInbox();
    expect(waiting.approvals.find((each) => each.case.id === caseId)?.steps.map((step) => step.key)).toEqual(['approve-filing']);
    await walk(caseId, [['approve-filing']]);
    expect((await head.workspace.headInbox()).approvals.some((each) => each.case.id === caseId)).toBe(false);
    await expect(officer.workspace.headInbox()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records a collective discussion of a case referred to it, by the head only, with at least two participants', async () => {
    const caseId = await journey.openCase({ type: 'PENALTY', procedure: 'GENERAL', number: 'SY-W-0002', facts: { intendedFine: 80000, complexMultipleRelations: true } });
    await walk(caseId, [...TO_NOTICE, ['to-collective-discussion']]);
    const inbox = await head.workspace.headInbox();
    expect(inbox.discussions.map((each) => each.id)).toContain(caseId);
    const meeting = { caseId, heldAt: '2025-09-03T15:00:00+08:00', record: '与会人员逐一发表意见，一致认为事实清楚。', conclusion: '同意按拟处理意见作出处罚决定。' };
    expect((await refusalOf(officer.workspace.recordDiscussion({ ...meeting, participants: [{ name: '王强', role: '局长' }, { name: '李华', role: '副局长' }] }))).code).toBe('FORBIDDEN');
    const alone = await refusalOf(head.workspace.recordDiscussion({ ...meeting, participants: [{ name: '王强', role: '局长' }] }));
    expect(alone.code).toBe('BAD_INPUT');
    expect(alone.message).toContain('至少须有两名参加人员');
    journey.clock.now = new Date('2025-09-03T16:00:00+08:00');
    await head.workspace.recordDiscussion({ ...meeting, participants: [{ name: '王强', role: '局长' }, { name: '李华', role: '副局长' }, { name: '赵敏', role: '法规科长' }] });
    const page = await head.workspace.case({ id: caseId });
    expect(page.discussions).toEqual([expect.objectContaining({ conclusion: meeting.conclusion, participants: expect.arrayContaining([{ name: '赵敏', role: '法规科长' }]) })]);
    expect((await head.workspace.headInbox()).discussions.find((each) => each.id === caseId)?.discussions).toHaveLength(1);
    const event = await database.prisma.auditEvent.findFirst({ where: { tenantId: journey.tenantId, action: 'case.collective-discussion' } });
    expect(JSON.parse(event!.canonical).data).toMatchObject({ caseId, conclusion: meeting.conclusion });
  });
});

describe('the reviewer\'s inbox', () => {
  it('shows each assigned review with its due date, and marks it overdue once the date has passed', async () => {
    journey.clock.now = new Date('2025-09-01T09:00:00+08:00');
    const caseId = await journey.openCase({ type: 'PENALTY', procedure: 'GENERAL', number: 'SY-W-0003', facts: { intendedFine: 150000 } });
    await walk(caseId, TO_NOTICE);
    const materials = (await officer.workspace.case({ id: caseId })).requirements!.review.entries.flatMap((entry) => entry.materials.map((material) => material.id));
    await walk(caseId, [['submit-review', { materials: [...new Set(materials)] }]]);
    expect(await reviewer.workspace.reviewInbox()).toEqual([]);
    const toAssign = (await head.workspace.headInbox()).reviews.find((review) => review.case.id === caseId)!;
    await head.review.assign({ reviewId: toAssign.id, reviewerId: journey.users.reviewer, expectedVersion: toAssign.version });
    const [assigned] = await reviewer.workspace.reviewInbox();
    expect(assigned).toMatchObject({ case: { id: caseId, number: 'SY-W-0003' }, status: 'IN_REVIEW', round: 1, overdue: false });
    expect(assigned!.due).toMatch(/^2025-09-\d{2}$/);
    journey.clock.now = new Date(`${assigned!.due}T09:00:00+08:00`);
    expect((await reviewer.workspace.reviewInbox())[0]?.overdue).toBe(false);
    advance(journey, 1);
    expect((await reviewer.workspace.reviewInbox())[0]?.overdue).toBe(true);
    await expect(officer.workspace.reviewInbox()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('a dry run of a step', () => {
  it('names an unknown step, and answers a step of another role with its permission', async () => {
    const caseId = await journey.openCase({ type: 'PENALTY', procedure: 'GENERAL', number: 'SY-W-0004' });
    expect((await refusalOf(officer.workspace.checkStep({ caseId, transition: 'no-such-step' }))).code).toBe('BAD_INPUT');
    expect(await officer.workspace.checkStep({ caseId, transition: 'approve-filing' })).toMatchObject({ key: 'approve-filing', permitted: false, offeredNow: true });
    expect(await head.workspace.checkStep({ caseId, transition: 'approve-filing' })).toMatchObject({ permitted: true });
  });
});
