import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedJourney, type Journey } from '../../journey-fixtures.ts';

// The licence table of the annual report counts what the licence decision step recorded (行政许可法 第三十八条):
// two licences walked through createCaller on Shaoyang's real configuration, one granted and one refused, and a
// third decided outside the step whose `facts.licenceOutcome` the report must no longer believe.

let database: TestDatabase;
let journey: Journey;

const remedies = { reconsideration: '收到本决定之日起六十日内向邵阳市人民政府申请行政复议', litigation: '收到本决定之日起六个月内向双清区人民法院提起行政诉讼' };

async function licence(number: string, day: string, decision: Record<string, unknown>): Promise<string> {
  journey.clock.now = new Date(`${day}T09:00:00+08:00`);
  const officer = await journey.as('officer1');
  const head = await journey.as('head');
  const id = await journey.openCase({ type: 'LICENCE', procedure: 'GENERAL', number, actDate: new Date(day) });
  let version = (await officer.case.transition({ id, transition: 'accept', expectedVersion: 1 })).case.version;
  version = (await officer.case.transition({ id, transition: 'examine', expectedVersion: version })).case.version;
  await head.case.approve({ id, transition: 'decide-licence', expectedVersion: version, detail: { number: `${number}-决`, licence: decision } });
  return id;
}

beforeAll(async () => {
  database = await openTestDatabase();
  journey = await seedJourney(database);
  await licence('SY-2025-L001', '2025-06-02', { outcome: 'GRANTED' });
  await licence('SY-2025-L002', '2025-06-03', { outcome: 'REFUSED', reasons: '申请人不具备法定的经营场所条件', remedies });
  const legacy = await journey.openCase({ type: 'LICENCE', procedure: 'GENERAL', number: 'SY-2025-L003', actDate: new Date('2025-06-04'), facts: { licenceOutcome: 'GRANTED' } });
  await database.prisma.decision.create({
    data: { tenantId: journey.tenantId, caseId: legacy, number: 'SY-2025-L003-决', penalties: [], decidedAt: new Date('2025-06-04T10:00:00+08:00'), decidedById: journey.users.head },
  });
});

afterAll(async () => {
  await database?.close();
});

describe(`the licence table of the annual report on ${testDatabaseKind()}`, () => {
  it('counts the grant and the refusal each in its row, from the decision step, never from the facts', async () => {
    journey.clock.now = new Date('2026-01-10T09:00:00+08:00');
    const supervisor = await journey.as('supervisor');
    const { report } = await supervisor.report.annual({ year: 2025 });
    const licences = report.tables.find((table) => table.key === 'LICENCE');
    const totals = Object.fromEntries((licences?.rows ?? []).map((row) => [row.key, row.total]));
    expect(totals).toMatchObject({ 'licence.accepted': 2, 'licence.decided': 3, 'licence.granted': 1, 'licence.refused': 1, 'licence.unrecorded': 1 });
    const market = journey.departments.scjg!;
    expect(licences?.rows.find((row) => row.key === 'licence.refused')?.byDepartment[market]).toBe(1);
  });

  it('counts nothing of the year before', async () => {
    const supervisor = await journey.as('supervisor');
    const { report } = await supervisor.report.annual({ year: 2024 });
    const licences = report.tables.find((table) => table.key === 'LICENCE');
    const counted = (licences?.rows ?? []).filter((row) => row.total !== 0).map((row) => row.key);
    expect(licences?.rows.length).toBeGreaterThan(0);
    expect(counted).toEqual([]);
  });
});
