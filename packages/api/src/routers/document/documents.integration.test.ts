import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { verifyAuditChain } from '@sanxiang/audit';
import { openTestDatabase, type TestDatabase } from '@sanxiang/db/testing';
import { closeSharedRenderPools, docxText } from '@sanxiang/docgen';
import { createLocalBlobStore, type BlobStore } from '@sanxiang/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance, seedJourney, type Journey } from '../../journey-fixtures.ts';
import { callerAs, type Caller } from '../workspace/test-callers.ts';
import { templateWith } from '@sanxiang/docgen/testing';
import { refusalOf } from '../../test-fixtures.ts';

// Issue 6's documents through createCaller: a 50,000-yuan penalty on an organisation of Shaoyang's market-regulation
// bureau, opened from the catalogue, refused a decision before legal review, reviewed in two rounds, decided; then
// the 行政处罚决定书 is generated, stored, read back and opened.

let database: TestDatabase;
let journey: Journey;
let blobDir: string;
let blobs: BlobStore;

const as = (username: string): Promise<Caller> => callerAs(database, journey, username, blobs);

beforeAll(async () => {
  database = await openTestDatabase();
  journey = await seedJourney(database);
  blobDir = await mkdtemp(path.join(os.tmpdir(), 'sx-documents-'));
  blobs = createLocalBlobStore(blobDir);
  const admin = await database.prisma.user.findFirstOrThrow({ where: { tenantId: journey.tenantId, username: 'officer1' } });
  await database.prisma.user.create({ data: { tenantId: journey.tenantId, username: 'admin', displayName: '部门管理员', roles: ['DEPARTMENT_ADMIN'], departmentId: journey.departments.scjg!, passwordHash: admin.passwordHash } });
});

afterAll(async () => {
  await closeSharedRenderPools();
  await database?.close();
  if (blobDir) await rm(blobDir, { recursive: true, force: true });
});

describe('the 行政处罚决定书 of a reviewed 50,000-yuan penalty', () => {
  let officer: Caller;
  let head: Caller;
  let reviewer: Caller;
  let caseId: string;
  let version = 1;
  let documentId: string;

  const step = async (caller: Caller, transition: string, detail?: Record<string, unknown>) => {
    const outcome = await (caller === head ? head.case.approve : caller.case.transition)({ id: caseId, transition, expectedVersion: version, ...(detail ? { detail } : {}) });
    version = outcome.case.version;
  };

  beforeAll(async () => {
    journey.clock.now = new Date('2025-09-01T09:00:00+08:00');
    [officer, head, reviewer] = await Promise.all([as('officer1'), as('head'), as('reviewer')]);
  });

  it('opens the case from the catalogue, searched by name or code, with a second certified officer', async () => {
    const byName = await officer.workspace.catalogue({ query: '未取得食品生产经营许可' });
    expect(byName.map((item) => item.code)).toEqual(['scjg-cf-001']);
    expect((await officer.workspace.catalogue({ query: 'SCJG-CF-00' })).length).toBeGreaterThanOrEqual(3);
    const options = await officer.workspace.openingOptions();
    expect(options.certificateNumber).toBe('湘A-0001');
    expect(options.coOfficers.map((colleague) => colleague.certificateNumber)).toEqual(['湘A-0002']);
    const opened = await officer.workspace.openCase({
      enforcementItemId: byName[0]!.id, title: '邵阳市湘味食品贸易有限公司无证经营食品案', procedure: 'GENERAL',
      party: { kind: 'ORGANISATION', name: '邵阳市湘味食品贸易有限公司', identifier: '91430500MA4T8Q2K3X', address: '湖南省邵阳市大祥区宝庆路88号' },
      coOfficerId: options.coOfficers[0]!.id, facts: { intendedFine: 50000, complexMultipleRelations: true },
    });
    expect(opened.number).toBe('SCJG-2025-0001');
    caseId = opened.id;
    const page = await officer.workspace.case({ id: caseId });
    expect(page.case.officers).toHaveLength(2);
    expect(page.requirements?.hearing.right).toBe(true);
    expect(page.requirements?.review.required).toBe(true);
    expect(page.requirements?.review.reason.zh).toMatch(/法制审核/);
    expect(page.requirements?.steps.map((each) => each.key)).toEqual(['approve-filing']);
    expect(page.requirements?.steps[0]?.permitted).toBe(false);
  });

  it('refuses a party of another tenant\'s catalogue item and a co-officer without a certificate', async () => {
    const refused = await refusalOf(officer.workspace.openCase({
      enforcementItemId: (await officer.workspace.catalogue({ query: 'scjg-cf-001' }))[0]!.id, title: '无第二名执法人员', procedure: 'GENERAL',
      party: { kind: 'ORGANISATION', name: '某公司' }, coOfficerId: journey.users.head,
    }));
    expect(refused.code).toBe('GATE_BLOCKED');
    expect(refused.message).toContain('第二名执法人员');
  });

  it('records the particulars the documents print, as a new case version', async () => {
    const saved = await officer.workspace.saveParticulars({
      caseId, expectedVersion: version,
      particulars: {
        caseCause: '未取得食品经营许可从事食品经营活动',
        findings: '2025年9月2日，本机关执法人员检查发现，当事人未取得食品经营许可，在大祥区宝庆路88号经营预包装食品。',
        violatedProvision: '《中华人民共和国食品安全法》第三十五条第一款',
        payment: { bank: '中国工商银行邵阳分行营业部', accountName: '邵阳市财政局非税收入汇缴结算户', accountNumber: '1905021509024001234' },
        reconsiderationBody: '邵阳市人民政府', court: '邵阳市大祥区人民法院',
        evidence: [{ name: '现场检查笔录', description: '证明当事人在经营场所经营食品的事实' }],
        legalRepresentative: '李建国',
      },
    });
    expect(saved.version).toBe(version + 1);
    version = saved.version;
    const stale = await refusalOf(officer.workspace.saveParticulars({ caseId, expectedVersion: version - 1, particulars: {} }));
    expect(stale.code).toBe('CONFLICT');
    const derived = await refusalOf(officer.workspace.saveParticulars({ caseId, expectedVersion: version, facts: { legalReviewPassed: true } }));
    expect(derived.code).toBe('BAD_INPUT');
  });

  it('says what a document still lacks, all at once, before anything is rendered', async () => {
    const early = await refusalOf(officer.document.generate({ caseId, kind: 'PENALTY_DECISION' }));
    expect(early.code).toBe('BAD_INPUT');
    expect(early.message).toContain('处罚决定');
    expect(early.message).toContain('立案');
    expect(early.message).toContain('证据采信理由');
  });

  it('refuses the officer an early decision with the review gate and its reason', async () => {
    await step(head, 'approve-filing');
    await step(officer, 'record-inspection', { startedAt: '2025-09-02T10:00:00+08:00', endedAt: '2025-09-02T11:00:00+08:00', place: '邵阳市大祥区宝庆路88号' });
    advance(journey, 2);
    await step(officer, 'notify', { hearingRightNotified: true });
    await step(officer, 'waive-defence');
    const blocked = await refusalOf(officer.workspace.checkStep({ caseId, transition: 'decide' }));
    expect(blocked.code).toBe('GATE_BLOCKED');
    const gates = (blocked.details as { gates: { code: string; reason: { zh: string }; basis: string[] }[] }).gates;
    const review = gates.find((gate) => gate.basis.some((line) => line.includes('第五十八条')));
    expect(review, JSON.stringify(gates.map((gate) => gate.code))).toBeDefined();
    expect(review!.reason.zh.length).toBeGreaterThan(0);
  });

  it('offers the forms of the stage with the engine\'s overlay, and keeps only a submission the schema accepts', async () => {
    const forms = await officer.workspace.forms({ caseId });
    expect(forms.map((form) => form.kind)).toEqual(['penalty-notice', 'hearing-right-notice']);
    const notice = forms[0]!;
    expect(notice.schema.title).toBe('行政处罚事先告知书');
    expect(notice.data).toMatchObject({ partyName: '邵阳市湘味食品贸易有限公司', partyAddress: '湖南省邵阳市大祥区宝庆路88号' });
    const incomplete = await refusalOf(officer.workspace.saveForm({ caseId, expectedVersion: version, kind: 'penalty-notice', data: { partyName: '邵阳市湘味食品贸易有限公司' } }));
    expect(incomplete.code).toBe('BAD_INPUT');
    expect(JSON.stringify(incomplete.details)).toContain('文书编号');
    const saved = await officer.workspace.saveForm({
      caseId, expectedVersion: version, kind: 'penalty-notice',
      data: {
        ...notice.data, documentNumber: '邵市监罚告〔2025〕96号', facts: '当事人未取得食品经营许可经营食品。', evidence: '现场检查笔录', legalBasis: '《中华人民共和国食品安全法》第一百二十二条',
        intendedPenalty: '罚款人民币伍万元', statementDeadline: '2025-09-10', agency: '邵阳市市场监督管理局', notifiedAt: '2025-09-03',
      },
    });
    version = saved.version;
    const again = await officer.workspace.forms({ caseId });
    expect(again[0]).toMatchObject({ saved: true, data: { documentNumber: '邵市监罚告〔2025〕96号' } });
    expect((await refusalOf(officer.workspace.saveForm({ caseId, expectedVersion: version, kind: 'penalty-decision', data: {} }))).code).toBe('BAD_INPUT');
  });

  it('goes through review in two rounds and is decided by the head', async () => {
    const required = (await officer.workspace.case({ id: caseId })).requirements!.review.entries.flatMap((entry) => entry.materials.filter((material) => material.required).map((material) => material.id));
    expect(required).toContain('draft-decision');
    await step(officer, 'submit-review', { materials: [...new Set(required)] });
    const waiting = await head.workspace.headInbox();
    const toAssign = waiting.reviews.find((review) => review.case.id === caseId)!;
    expect(toAssign.status).toBe('SUBMITTED');
    expect(waiting.reviewers.find((each) => each.own)?.id).toBe(journey.users.reviewer);
    await head.review.assign({ reviewId: toAssign.id, reviewerId: journey.users.reviewer, expectedVersion: toAssign.version });
    let [inbox] = await reviewer.workspace.reviewInbox();
    expect(inbox).toMatchObject({ status: 'IN_REVIEW', round: 1, overdue: false });
    expect(inbox!.due).not.toBeNull();
    const checklist = (await reviewer.workspace.case({ id: caseId })).requirements!.review.entries.flatMap((entry) => entry.checklist);
    expect(checklist.length).toBeGreaterThan(3);
    await reviewer.review.opinion({
      reviewId: inbox!.id, expectedVersion: inbox!.version, opinion: 'PROBLEMS_FOUND',
      checklist: checklist.map((check) => ({ id: check.id, passed: check.id !== 'facts-evidence', ...(check.id === 'facts-evidence' ? { note: '缺少营业场所照片' } : {}) })),
      problems: ['缺少营业场所照片'],
    });
    const returned = (await officer.workspace.case({ id: caseId })).reviews[0]!;
    expect(returned.status).toBe('RETURNED');
    await officer.review.resubmit({ reviewId: returned.id, expectedVersion: returned.version, response: '已补充营业场所照片' });
    [inbox] = await reviewer.workspace.reviewInbox();
    await reviewer.review.opinion({ reviewId: inbox!.id, expectedVersion: inbox!.version, opinion: 'AGREE', checklist: checklist.map((check) => ({ id: check.id, passed: true })) });
    version = (await officer.workspace.case({ id: caseId })).case.version;
    await step(officer, 'propose-decision', {
      penalties: [{ kind: 'FINE', amount: 50000 }], amount: 50000,
      reasoning: { evidence: '现场检查笔录与照片相互印证，予以采信。', basis: '适用《中华人民共和国食品安全法》第一百二十二条。', discretion: '违法情节一般，按基准中档处罚。' },
    });
    advance(journey, 8);
    expect((await head.workspace.headInbox()).approvals.map((each) => each.steps.map((s) => s.key)).flat()).toContain('decide');
    await step(head, 'decide', { number: '邵市监处罚〔2025〕118号' });
  });

  it('generates the decision with every art. 59 item, stores it and links it to the case, with an audit event', async () => {
    const generated = await officer.document.generate({ caseId, kind: 'PENALTY_DECISION' });
    documentId = generated.id;
    expect(generated.templateRef).toBe('national/penalty-decision.docx');
    expect(generated.templateVersion).toMatch(/^national-[0-9a-f]{12}$/);
    const row = await database.prisma.generatedDocument.findUniqueOrThrow({ where: { id: generated.id } });
    expect(row.caseId).toBe(caseId);
    expect(row.data).toMatchObject({ party: { name: '邵阳市湘味食品贸易有限公司' }, penalty: { fineAmount: 50000 }, documentNumber: '邵市监处罚〔2025〕118号' });
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { tenantId: journey.tenantId, action: 'document.generate', entityId: generated.id } });
    expect(JSON.parse(event.canonical).data).toMatchObject({ caseId, sha256: generated.sha256, kind: 'PENALTY_DECISION' });
    expect(await verifyAuditChain(database.prisma, journey.tenantId)).toMatchObject({ ok: true });
    expect((await officer.document.list({ caseId })).map((each) => each.id)).toEqual([generated.id]);
  });

  it('downloads the stored .docx, and it reads back with the party, the amount in capitals and both remedies', async () => {
    const file = await head.document.download({ id: documentId });
    const bytes = Buffer.from(file.base64, 'base64');
    expect(file.fileName).toBe('行政处罚决定书-SCJG-2025-0001.docx');
    expect(bytes.length).toBe(file.size);
    const text = docxText(bytes);
    expect(text).toContain('当事人：邵阳市湘味食品贸易有限公司');
    expect(text).toContain('法定代表人（负责人）：李建国');
    expect(text).toContain('罚款金额：人民币伍万元整（¥50,000.00）');
    expect(text).toContain('向邵阳市人民政府申请行政复议');
    expect(text).toContain('向邵阳市大祥区人民法院提起行政诉讼');
    expect(text).toContain('当事人明确表示放弃陈述、申辩和要求听证的权利。');
    expect(text).toContain('邵市监处罚〔2025〕118号');
    expect(text).not.toMatch(/undefined|null|NaN|\+\+\+/);
  });

  it('lets the assigned reviewer read the documents through the case, and refuses to generate for anyone but its officers', async () => {
    expect((await reviewer.document.list({ caseId })).length).toBe(1);
    expect((await refusalOf(reviewer.document.generate({ caseId, kind: 'REVIEW_OPINION' }))).code).toBe('FORBIDDEN');
    expect((await refusalOf(head.document.generate({ caseId, kind: 'PENALTY_DECISION' }))).code).toBe('FORBIDDEN');
  });

  it('generates the review documents from the rounds and the catalogue', async () => {
    const opinion = await officer.document.generate({ caseId, kind: 'REVIEW_OPINION' });
    const text = docxText(Buffer.from((await officer.document.download({ id: opinion.id })).base64, 'base64'));
    expect(text).toContain('审核结论：同意承办机构的处理意见。');
    expect(text).toContain('审核人员：reviewer');
    const submission = await officer.document.generate({ caseId, kind: 'REVIEW_SUBMISSION' });
    expect(docxText(Buffer.from((await officer.document.download({ id: submission.id })).base64, 'base64'))).toContain('案件情况疑难复杂');
  });

  it('refuses to serve a stored file that no longer matches its SHA-256', async () => {
    const row = await database.prisma.generatedDocument.findUniqueOrThrow({ where: { id: documentId } });
    const file = path.join(blobDir, journey.tenantId, row.storageKey.slice(0, 2), row.storageKey);
    const original = await readFile(file);
    await chmod(file, 0o644);
    await writeFile(file, Buffer.concat([original, Buffer.from('tampered')]));
    const refused = await refusalOf(officer.document.download({ id: documentId }));
    expect(refused.code).toBe('INTERNAL');
    expect(refused.message).toContain('篡改');
    await writeFile(file, original);
    expect((await officer.document.download({ id: documentId })).sha256).toBe(row.sha256);
  });
});

describe('tenant templates', () => {
  let admin: Caller;
  beforeAll(async () => {
    admin = await as('admin');
  });

  it('refuses a template that would run code, naming each command and its place', async () => {
    const malicious = await templateWith(['行政处罚决定书', '+++INS this.constructor.constructor("return process")().version+++', '+++EXEC require("child_process")+++']);
    const refused = await refusalOf(admin.document.uploadTemplate({ kind: 'PENALTY_DECISION', fileName: 'evil.docx', contentBase64: malicious.toString('base64') }));
    expect(refused.code).toBe('BAD_INPUT');
    expect(refused.message).toContain('共 2 处问题');
    expect(refused.message).toContain('word/document.xml 第2段');
    expect(refused.message).toContain('EXEC');
    const problems = (refused.details as { problems: { command: string; location: { paragraph: number } }[] }).problems;
    expect(problems.map((problem) => problem.location.paragraph)).toEqual([2, 3]);
    expect((await admin.document.templates()).find((each) => each.kind === 'PENALTY_DECISION')?.source).toBe('NATIONAL');
  });

  it('refuses a template that reads data its kind does not have', async () => {
    const wrong = await templateWith(['+++INS party.favouriteColour+++']);
    const refused = await refusalOf(admin.document.uploadTemplate({ kind: 'HEARING_NOTICE', fileName: 'wrong.docx', contentBase64: wrong.toString('base64') }));
    expect(refused.code).toBe('BAD_INPUT');
    expect(refused.message).toContain('无法用本类文书的数据填写');
  });

  it('keeps officers out, and puts an accepted template in force for the next document', async () => {
    const officer = await as('officer1');
    const template = await templateWith(['邵阳市听证告知书（本地格式）', '当事人：+++INS party.name+++', '拟罚款：+++INS amountInChineseCapitals(intendedPenalty.fineAmount)+++']);
    expect((await refusalOf(officer.document.uploadTemplate({ kind: 'HEARING_NOTICE', fileName: 'local.docx', contentBase64: template.toString('base64') }))).code).toBe('FORBIDDEN');
    const accepted = await admin.document.uploadTemplate({ kind: 'HEARING_NOTICE', fileName: 'local.docx', contentBase64: template.toString('base64') });
    expect(accepted.version).toMatch(/^tenant-\d+$/);
    const listed = (await admin.document.templates()).find((each) => each.kind === 'HEARING_NOTICE');
    expect(listed).toMatchObject({ source: 'TENANT', uploaded: { fileName: 'local.docx', sha256: accepted.sha256 } });
    const caseId = (await officer.case.list())[0]!.id;
    await officer.workspace.saveParticulars({ caseId, expectedVersion: (await officer.case.get({ id: caseId })).version, particulars: { contact: { name: '王明', phone: '0739-5201234', address: '邵阳市双清区宝庆东路1号' } } });
    const generated = await officer.document.generate({ caseId, kind: 'HEARING_NOTICE' });
    expect(generated).toMatchObject({ templateRef: `tenant/${accepted.sha256}`, templateVersion: accepted.version });
    const text = docxText(Buffer.from((await officer.document.download({ id: generated.id })).base64, 'base64'));
    expect(text).toContain('邵阳市听证告知书（本地格式）');
    expect(text).toContain('拟罚款：伍万元整');
  });
});
