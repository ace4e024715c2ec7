import { scopeToTenant } from '@sanxiang/db';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import { isUnifiedSocialCreditCode } from '@sanxiang/disclosure';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../../context.ts';
import { createCaller } from '../../root.ts';
import { seedDisclosureTenant, type DisclosureTenant } from '../disclosure/disclosure-fixtures.ts';
import { refusalOf } from '../../test-fixtures.ts';

// Issue 7, the public side: /p/shaoyang without a login. Only published, redacted entries within their display period;
// a withdrawn decision as a notice with its reason; never a scheduled or withheld one, nor a field marked private.
let database: TestDatabase;
let tenant: DisclosureTenant;
let publicCaller: ReturnType<typeof createCaller>;

/** A well-formed unified social credit code (GB 32100): the check character completes it. */
function creditCode(prefix: string): string {
  for (const ch of '0123456789ABCDEFGHJKLMNPQRTUWXY') if (isUnifiedSocialCreditCode(prefix + ch)) return prefix + ch;
  throw new Error('no check character');
}
const CODE = creditCode('91430500MA4L2Q8X7');
const ORGANISATION = { kind: 'ORGANISATION' as const, name: '邵阳市宝庆区甲味食品商行', identifier: CODE, address: '邵阳市大祥区翠园路17号' };
const PERSON = { kind: 'INDIVIDUAL' as const, name: '李建国', identifier: '430502198705123411', phone: '13907391234', address: '邵阳市双清区东风路12号', business: true };
const ids: Record<'organisation' | 'person' | 'withdrawn' | 'scheduled' | 'minor', string> = { organisation: '', person: '', withdrawn: '', scheduled: '', minor: '' };

async function publish(caseId: string, instant: string): Promise<string> {
  tenant.clock.now = new Date(instant);
  const row = await database.prisma.disclosure.findFirstOrThrow({ where: { caseId } });
  await (await tenant.signIn('officer1')).disclosure.publish({ id: row.id, expectedVersion: row.version });
  return row.id;
}

beforeAll(async () => {
  database = await openTestDatabase();
  tenant = await seedDisclosureTenant(database);
  const organisation = await tenant.decide({ number: 'SY-P-001', decisionNumber: '邵市监罚〔2025〕201号', decideAt: '2025-09-22T10:00:00+08:00', parties: [ORGANISATION], fine: 8000, itemCode: 'scjg-cf-001' });
  ids.organisation = await publish(organisation.caseId, '2025-09-24T10:00:00+08:00');
  const person = await tenant.decide({ number: 'SY-P-002', decisionNumber: '邵市监罚〔2025〕202号', decideAt: '2025-09-23T10:00:00+08:00', parties: [PERSON], itemCode: 'scjg-cf-002' });
  ids.person = await publish(person.caseId, '2025-09-24T11:00:00+08:00');
  const revoked = await tenant.decide({ number: 'SY-P-003', decisionNumber: '邵市监罚〔2025〕203号', decideAt: '2025-09-24T10:00:00+08:00', parties: [{ kind: 'ORGANISATION', name: '邵阳市北塔区乙记粮油店' }] });
  ids.withdrawn = await publish(revoked.caseId, '2025-09-25T10:00:00+08:00');
  tenant.clock.now = new Date('2025-10-09T10:00:00+08:00');
  await (await tenant.as('head')).case.approve({
    id: revoked.caseId, transition: 'revoke-decision', expectedVersion: revoked.version,
    detail: { decisionStatus: 'CONFIRMED_ILLEGAL', reason: '人民法院判决确认原处罚决定违法', basis: '邵阳市双清区人民法院行政判决书', changedOn: '2025-09-30' },
  });
  const scheduled = await tenant.decide({ number: 'SY-P-004', decisionNumber: '邵市监罚〔2025〕204号', decideAt: '2025-10-09T11:00:00+08:00', parties: [{ kind: 'ORGANISATION', name: '邵阳市大祥区丁氏未公开商店' }] });
  ids.scheduled = (await database.prisma.disclosure.findFirstOrThrow({ where: { caseId: scheduled.caseId } })).id;
  const minor = await tenant.decide({ number: 'SY-P-005', decisionNumber: '邵市监罚〔2025〕205号', decideAt: '2025-10-09T12:00:00+08:00', parties: [{ kind: 'INDIVIDUAL', name: '王小明', minor: true, business: false }] });
  ids.minor = (await database.prisma.disclosure.findFirstOrThrow({ where: { caseId: minor.caseId } })).id;
  tenant.clock.now = new Date('2025-10-10T10:00:00+08:00');
  publicCaller = createCaller(await createContextInner({ database, now: () => tenant.clock.now }));
});
afterAll(async () => database?.close());

const search = (filters: Omit<Parameters<typeof publicCaller.portal.search>[0], 'tenantCode'>) => publicCaller.portal.search({ tenantCode: 'shaoyang', ...filters });
const found = async (filters: Parameters<typeof search>[0]) => (await search(filters)).items.map((item) => item.id);

describe(`the public search on ${testDatabaseKind()}`, () => {
  it('lists published and withdrawn entries, newest decision first, and nothing scheduled or withheld', async () => {
    const result = await search({});
    expect(result.items.map((item) => item.id)).toEqual([ids.withdrawn, ids.person, ids.organisation]);
    expect(result).toMatchObject({ total: 3, totalIsLowerBound: false, page: 1 });
  });

  it('finds a party by any part of its name, one character or more, and treats LIKE wildcards as text', async () => {
    expect(await found({ partyName: '宝庆' })).toEqual([ids.organisation]);
    expect(await found({ partyName: '建国' })).toEqual([ids.person]);
    expect(await found({ partyName: '甲' })).toEqual([ids.organisation]);
    expect(await found({ partyName: '商行甲味' })).toEqual([]);
    expect(await found({ partyName: '%' })).toEqual([]);
    expect(await found({ partyName: '丁氏' })).toEqual([]);
    expect(await found({ partyName: '王小明' })).toEqual([]);
  });

  it('finds by credit code (in any case), decision number, item and type with a date range', async () => {
    expect(await found({ creditCode: CODE.toLowerCase() })).toEqual([ids.organisation]);
    expect(await found({ decisionNumber: '邵市监罚〔2025〕202号' })).toEqual([ids.person]);
    expect(await found({ decisionNumber: '邵市监罚〔2025〕204号' })).toEqual([]);
    expect(await found({ caseType: 'PENALTY', decidedFrom: '2025-09-23', decidedTo: '2025-09-24' })).toEqual([ids.withdrawn, ids.person]);
    expect(await found({ caseType: 'LICENCE' })).toEqual([]);
    expect(await found({ itemCode: 'scjg-cf-002', decidedFrom: '2025-09-23', decidedTo: '2025-09-30' })).toEqual([ids.person]);
    expect(await found({ itemCode: 'scjg-cf-001', decidedFrom: '2025-09-23' })).toEqual([]);
    expect(await found({ itemCode: 'scjg-cf-001' })).toEqual([ids.organisation]);
  });

  it('pages without overlap and refuses pages too deep to serve', async () => {
    const pages = [await search({ pageSize: 2, page: 1 }), await search({ pageSize: 2, page: 2 })];
    expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual([ids.withdrawn, ids.person, ids.organisation]);
    expect((await refusalOf(search({ pageSize: 10, page: 1002 }))).code).toBe('BAD_INPUT');
  });

  it('pages by cursor exactly as by number, and refuses a forged cursor', async () => {
    const first = await search({ pageSize: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await search({ pageSize: 2, after: first.nextCursor! });
    expect(second.items.map((item) => item.id)).toEqual([ids.organisation]);
    expect(second.nextCursor).toBeNull();
    expect((await refusalOf(search({ after: Buffer.from('2025-01-01~x\' OR 1=1', 'utf8').toString('base64url') }))).code).toBe('BAD_INPUT');
    expect((await refusalOf(search({ after: first.nextCursor!, page: 2 }))).code).toBe('BAD_INPUT');
  });

  it('answers NOT_FOUND for a tenant that does not exist and BAD_INPUT for a malformed code', async () => {
    expect((await refusalOf(publicCaller.portal.search({ tenantCode: 'nowhere' }))).code).toBe('NOT_FOUND');
    await expect(publicCaller.portal.search({ tenantCode: '../etc' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('what one entry shows', () => {
  it('shows a published decision redacted, without the person\'s ID number, phone or address', async () => {
    const detail = await publicCaller.portal.detail({ tenantCode: 'shaoyang', id: ids.person });
    expect(detail).toMatchObject({ status: 'PUBLISHED', partyName: '李建国', agency: '邵阳市市场监督管理局', withdrawal: null });
    expect(detail.content).toMatchObject({ decisionNumber: '邵市监罚〔2025〕202号' });
    const text = JSON.stringify(detail);
    for (const secret of [PERSON.identifier, PERSON.phone, '东风路']) expect(text).not.toContain(secret);
  });

  it('shows a withdrawn decision as a notice with its reason and basis, never its content or party', async () => {
    const detail = await publicCaller.portal.detail({ tenantCode: 'shaoyang', id: ids.withdrawn });
    expect(detail).toMatchObject({ status: 'WITHDRAWN', content: null, partyName: null, creditCode: null, agency: null, decisionNumber: '邵市监罚〔2025〕203号' });
    expect(detail.withdrawal).toMatchObject({ reason: '人民法院判决确认原处罚决定违法', basis: '邵阳市双清区人民法院行政判决书' });
    expect(JSON.stringify(detail)).not.toContain('乙记粮油店');
    expect(await found({ partyName: '乙记' })).toEqual([]);
    expect(await found({ decisionNumber: '邵市监罚〔2025〕203号' })).toEqual([ids.withdrawn]);
  });

  it('serves nothing scheduled or withheld, whoever asks', async () => {
    for (const id of [ids.scheduled, ids.minor]) {
      expect((await refusalOf(publicCaller.portal.detail({ tenantCode: 'shaoyang', id }))).code).toBe('NOT_FOUND');
    }
  });

  it('stops serving a field the tenant marks private, even for entries published before, and refuses to search by it', async () => {
    const admin = await tenant.signIn('admin');
    const current = await admin.disclosure.settings();
    await admin.disclosure.updateSettings({
      expectedVersion: current.version,
      redactionPolicy: { naturalPersonName: 'KEEP', privateFields: ['party.creditCode', 'party.address'], publicNumbers: [], basis: [{ law: '《中华人民共和国政府信息公开条例》', article: '第十五条' }] },
    });
    const detail = await publicCaller.portal.detail({ tenantCode: 'shaoyang', id: ids.organisation });
    expect(detail.creditCode).toBeNull();
    expect(detail.content?.party).not.toHaveProperty('creditCode');
    expect(detail.content?.party).not.toHaveProperty('address');
    expect(JSON.stringify(detail)).not.toContain(CODE);
    expect((await refusalOf(search({ creditCode: CODE }))).code).toBe('BAD_INPUT');
    expect(JSON.stringify(await search({}))).not.toContain(CODE);
    await admin.disclosure.updateSettings({ expectedVersion: current.version + 1, redactionPolicy: null });
  });

  it('drops an entry whose display period has ended, even before the expiry job runs', async () => {
    await database.prisma.disclosure.update({ where: { id: ids.organisation }, data: { displayUntil: new Date('2025-10-09') } });
    expect(await found({})).toEqual([ids.withdrawn, ids.person]);
    expect((await refusalOf(publicCaller.portal.detail({ tenantCode: 'shaoyang', id: ids.organisation }))).code).toBe('NOT_FOUND');
    await database.prisma.disclosure.update({ where: { id: ids.organisation }, data: { displayUntil: null } });
  });
});

describe('feeds, before-the-act disclosure and the annual report', () => {
  it('feeds new and withdrawn decisions as data and as Atom, with nothing personal', async () => {
    const feed = await publicCaller.portal.feed({ tenantCode: 'shaoyang' });
    expect(feed.map((item) => [item.event, item.id])).toEqual([['withdrawn', ids.withdrawn], ['published', ids.person], ['published', ids.organisation]]);
    expect((await publicCaller.portal.feed({ tenantCode: 'shaoyang', kind: 'withdrawn' })).map((item) => item.id)).toEqual([ids.withdrawn]);
    const atom = await publicCaller.portal.atom({ tenantCode: 'shaoyang', baseUrl: 'https://gk.example.gov.cn' });
    expect(atom).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/u);
    expect(atom.match(/<entry>/gu)).toHaveLength(3);
    expect(atom).toContain(`<id>urn:uuid:${ids.withdrawn}#withdrawn</id>`);
    expect(atom).toContain('https://gk.example.gov.cn/p/shaoyang/d/');
    for (const secret of [PERSON.identifier, PERSON.phone, '乙记粮油店', '丁氏', '王小明']) expect(atom).not.toContain(secret);
  });

  it('publishes officers with a valid certificate, and drops one the day it is suspended', async () => {
    const before = await publicCaller.portal.beforeTheAct({ tenantCode: 'shaoyang' });
    expect(before.officers.map((officer) => officer.certificateNumber)).toEqual(['湘A-0001', '湘A-0002']);
    expect(before.officers[0]).toMatchObject({ name: 'officer1', unit: '邵阳市市场监督管理局', domain: 'market-regulation', area: '湖南省邵阳市' });
    await scopeToTenant(database.prisma, tenant.tenantId).officerCertificate.update({ where: { id: tenant.certificates.officer2 }, data: { status: 'SUSPENDED', statusReason: '暂扣三个月（种子文件 003）' } });
    const after = await publicCaller.portal.beforeTheAct({ tenantCode: 'shaoyang' });
    expect(after.officers.map((officer) => officer.certificateNumber)).toEqual(['湘A-0001']);
    const general = after.flowCharts.find((chart) => chart.caseType === 'PENALTY' && chart.procedure === 'GENERAL');
    expect(general?.steps.map((step) => step.key)).toEqual(expect.arrayContaining(['approve-filing', 'decide', 'revoke-decision']));
    expect(general?.mermaid).toContain('DECISION -->|批准并作出处罚决定| DELIVERY');
    expect(after.bodies.map((body) => body.code)).toContain('scjg');
    expect(after.configVersion?.sequence).toBe(1);
    expect(after.serviceGuides.every((guide) => guide.remedies.length === 2)).toBe(true);
  });

  it('prints each service guide with the time limit, supervision, office hours, address and phone the configuration gives', async () => {
    const { serviceGuides } = await publicCaller.portal.beforeTheAct({ tenantCode: 'shaoyang' });
    const penalty = serviceGuides.find((guide) => guide.itemCode === 'scjg-cf-001');
    expect(penalty).toMatchObject({
      acceptingBody: '邵阳市市场监督管理局',
      timeLimit: { days: 90, unit: 'CALENDAR', basis: ['《中华人民共和国行政处罚法》第六十条'] },
      officeHours: expect.stringContaining('8:00'), address: expect.stringContaining('邵阳市'), phone: '0739-5201234',
    });
    expect(penalty?.supervision.map((body) => body.phone)).toEqual(['12315', '0739-5209876']);
    expect(penalty?.remedies.map((remedy) => remedy.body)).toEqual(['邵阳市人民政府', expect.stringContaining('人民法院')]);
    expect(penalty?.remedies[0]?.zh).toBe('自知道或者应当知道该行政行为之日起六十日内向邵阳市人民政府申请行政复议');
    // The bureau's defaults reach an item without a time limit of its own, which stays unpublished.
    expect(serviceGuides.find((guide) => guide.itemCode === 'scjg-jc-001')).toMatchObject({ timeLimit: null, phone: '0739-5201234' });
    // Another bureau has published nothing: every field falls back, and the remedies name no body.
    const other = serviceGuides.find((guide) => guide.itemCode === 'sthjj-cf-001');
    expect(other).toMatchObject({ timeLimit: null, supervision: [], officeHours: null, address: null, phone: null });
    expect(other?.remedies.map((remedy) => [remedy.body, remedy.zh])).toEqual([
      [null, '自知道或者应当知道该行政行为之日起六十日内申请行政复议'], [null, '自知道或者应当知道作出行政行为之日起六个月内提起行政诉讼'],
    ]);
  });

  it('says whether each annual report went up by 31 January', async () => {
    const db = scopeToTenant(database.prisma, tenant.tenantId);
    const report = (year: number, publishedAt: string) => ({
      tenantId: tenant.tenantId, year, publishedAt: new Date(publishedAt),
      xlsxSha256: 'a'.repeat(64), xlsxStorageKey: `reports/${year}.xlsx`, docxSha256: 'b'.repeat(64), docxStorageKey: `reports/${year}.docx`,
    });
    await db.annualReport.create({ data: report(2023, '2024-01-31T23:00:00+08:00') });
    await db.annualReport.create({ data: report(2024, '2025-02-03T09:00:00+08:00') });
    const reports = await publicCaller.portal.annualReports({ tenantCode: 'shaoyang' });
    expect(reports.map((each) => [each.year, each.deadline, each.onTime])).toEqual([[2024, '2025-01-31', false], [2023, '2024-01-31', true]]);
  });
});
