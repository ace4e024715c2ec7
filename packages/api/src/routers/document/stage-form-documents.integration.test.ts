import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openTestDatabase, type TestDatabase } from '@sanxiang/db/testing';
import { closeSharedRenderPools, docxText } from '@sanxiang/docgen';
import { createLocalBlobStore, type BlobStore } from '@sanxiang/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedJourney, type Journey } from '../../journey-fixtures.ts';
import { callerAs, type Caller } from '../workspace/test-callers.ts';
import { refusalOf } from '../../test-fixtures.ts';

// Documents take what the officer typed into the stage forms (stage-form-fields.ts): the 现场检查笔录 and 询问笔录
// from the investigation's forms, the 查封扣押清单 from the seizure record, each opened as .docx and read back.
// Nothing below is entered as a case particular, so every value found in a document came from a form.

let database: TestDatabase;
let journey: Journey;
let blobDir: string;
let blobs: BlobStore;
let officer: Caller;
let head: Caller;

const textOf = async (caseId: string, kind: 'INSPECTION_RECORD' | 'INQUIRY_RECORD' | 'SEIZURE_INVENTORY' | 'SEIZURE_DECISION') => {
  const generated = await officer.document.generate({ caseId, kind });
  return docxText(Buffer.from((await officer.document.download({ id: generated.id })).base64, 'base64'));
};

beforeAll(async () => {
  database = await openTestDatabase();
  journey = await seedJourney(database);
  blobDir = await mkdtemp(path.join(os.tmpdir(), 'sx-stage-forms-'));
  blobs = createLocalBlobStore(blobDir);
  journey.clock.now = new Date('2025-09-01T09:00:00+08:00');
  [officer, head] = await Promise.all([callerAs(database, journey, 'officer1', blobs), callerAs(database, journey, 'head', blobs)]);
});

afterAll(async () => {
  await closeSharedRenderPools();
  await database?.close();
  if (blobDir) await rm(blobDir, { recursive: true, force: true });
});

describe('the investigation records of a penalty case', () => {
  let caseId: string;
  let version: number;

  beforeAll(async () => {
    const [item] = await officer.workspace.catalogue({ query: 'scjg-cf-001' });
    const options = await officer.workspace.openingOptions();
    caseId = (await officer.workspace.openCase({
      enforcementItemId: item!.id, title: '邵阳市湘味食品贸易有限公司无证经营食品案', procedure: 'GENERAL',
      party: { kind: 'ORGANISATION', name: '邵阳市湘味食品贸易有限公司', identifier: '91430500MA4T8Q2K3X', address: '湖南省邵阳市大祥区宝庆路88号' },
      coOfficerId: options.coOfficers[0]!.id,
    })).id;
    version = (await head.case.approve({ id: caseId, transition: 'approve-filing', expectedVersion: 1 })).case.version;
  });

  it('lists everything the inspection record lacks at once, and names the form to fill', async () => {
    const refused = await refusalOf(officer.document.generate({ caseId, kind: 'INSPECTION_RECORD' }));
    expect(refused.code).toBe('BAD_INPUT');
    expect(refused.message).toContain('现场检查的记录');
    expect(refused.message).toContain('检查地点');
    expect(refused.message).toContain('经查明的违法事实');
    expect(refused.message).toContain('填写“现场检查笔录”表单');
    expect((refused.details as { missing: unknown[] }).missing.length).toBeGreaterThanOrEqual(3);
  });

  it('fills the 现场检查笔录 from the on-site inspection form', async () => {
    const [form] = (await officer.workspace.forms({ caseId })).filter((each) => each.kind === 'on-site-record');
    expect(form).toBeDefined();
    version = (await officer.workspace.saveForm({
      caseId, expectedVersion: version, kind: 'on-site-record',
      data: {
        ...form!.data,
        startedAt: '2025-09-02T10:05:00+08:00', endedAt: '2025-09-02T11:20:00+08:00', place: '邵阳市大祥区宝庆路88号一楼门店',
        partyName: '邵阳市湘味食品贸易有限公司', personPresent: '张店长', personPresentRole: '门店负责人',
        recorder: 'officer2', credentialsShown: true, rightsInformed: true, partySignature: 'SIGNED',
        findings: '门店货架陈列预包装食品十二种，现场未能出示食品经营许可证。', avRecordId: 'DSJ-2025-0917',
      },
    })).version;
    const text = await textOf(caseId, 'INSPECTION_RECORD');
    expect(text).toContain('检查时间：2025年9月2日 10时05分 至 11时20分');
    expect(text).toContain('检查地点：邵阳市大祥区宝庆路88号一楼门店');
    expect(text).toContain('现场负责人：张店长　　职务：门店负责人');
    expect(text).toContain('记录人：officer2');
    expect(text).toContain('现场检查情况：门店货架陈列预包装食品十二种，现场未能出示食品经营许可证。');
    expect(text).toContain('记录设备：DSJ-2025-0917');
    expect(text).toContain('执法证号：湘A-0002');
    expect(text).not.toMatch(/undefined|null|NaN|\+\+\+/);
  });

  it('fills the 询问笔录 from the inquiry form, questions and answers in order', async () => {
    version = (await officer.workspace.saveForm({
      caseId, expectedVersion: version, kind: 'inquiry-record',
      data: {
        startedAt: '2025-09-03T14:00:00+08:00', endedAt: '2025-09-03T14:45:00+08:00', place: '邵阳市市场监督管理局询问室',
        officers: [{ name: 'officer1', certificateNumber: '湘A-0001' }, { name: 'officer2', certificateNumber: '湘A-0002' }], recorder: 'officer2',
        interviewee: { name: '李建国', gender: 'MALE', idNumber: '430502198001011234', workplaceOrAddress: '邵阳市大祥区宝庆路88号', phone: '13907391234', relationToCase: 'LEGAL_REPRESENTATIVE' },
        credentialsShown: true, rightsInformed: true, intervieweeSignature: 'SIGNED',
        questionsAndAnswers: [
          { question: '你公司是否取得食品经营许可证？', answer: '还没有办下来，正在申请。' },
          { question: '门店从何时开始经营？', answer: '2025年7月开始。' },
        ],
      },
    })).version;
    const text = await textOf(caseId, 'INQUIRY_RECORD');
    expect(text).toContain('询问时间：2025年9月3日 14时00分 至 14时45分');
    expect(text).toContain('询问地点：邵阳市市场监督管理局询问室');
    expect(text).toContain('被询问人：李建国　　性别：男　　公民身份号码：430502198001011234');
    expect(text).toContain('联系电话：13907391234');
    expect(text).toMatch(/问：你公司是否取得食品经营许可证？\n答：还没有办下来，正在申请。\n问：门店从何时开始经营？\n答：2025年7月开始。/);
    expect(text).not.toMatch(/undefined|null|NaN|\+\+\+/);
  });

  it('stores the data the document was filled with, form values included', async () => {
    const row = await database.prisma.generatedDocument.findFirstOrThrow({ where: { caseId, kind: 'INSPECTION_RECORD' } });
    expect(row.data).toMatchObject({ place: '邵阳市大祥区宝庆路88号一楼门店', onSite: { name: '张店长' }, party: { name: '邵阳市湘味食品贸易有限公司', idNumber: '91430500MA4T8Q2K3X' } });
  });
});

describe('the seizure inventory', () => {
  it('comes from the seizure record form: its items, place, decision number and witness', async () => {
    const caseId = await journey.openCase({ type: 'COERCION', procedure: 'GENERAL', number: 'SCJG-QZ-2025-0001' });
    const early = await refusalOf(officer.document.generate({ caseId, kind: 'SEIZURE_INVENTORY' }));
    expect(early.message).toContain('查封、扣押的实施记录');
    expect(early.message).toContain('查封、扣押地点');
    await officer.workspace.saveForm({
      caseId, expectedVersion: 1, kind: 'seizure-record',
      data: {
        decisionNumber: '邵市监强〔2025〕7号', measure: 'DETAIN', approval: 'APPROVED_BEFORE', startedAt: '2025-09-04T09:30:00+08:00',
        place: '邵阳市大祥区宝庆路88号仓库', officers: [{ name: 'officer1', certificateNumber: '湘A-0001' }, { name: 'officer2', certificateNumber: '湘A-0002' }],
        credentialsShown: true, partyNotified: true, partyPresent: true, partyName: '邵阳某食品有限公司', reasonsInformed: true, periodDays: 30,
        officerSignatures: true, witness: '王见证', avRecordId: 'DSJ-2025-0921', partySignature: 'SIGNED',
        inventory: [
          { name: '无标签散装辣椒酱', specification: '5公斤/桶', quantity: 12, unit: '桶', condition: '密封完好', storage: '本局涉案物品库' },
          { name: '预包装腊肉', quantity: 40, unit: '袋' },
        ],
      },
    });
    const text = await textOf(caseId, 'SEIZURE_INVENTORY');
    expect(text).toContain('对应决定书文号：邵市监强〔2025〕7号');
    expect(text).toContain('查封扣押地点：邵阳市大祥区宝庆路88号仓库');
    expect(text).toMatch(/1\n无标签散装辣椒酱\n5公斤\/桶\n12\n桶\n密封完好\n存放于本局涉案物品库/);
    expect(text).toMatch(/2\n预包装腊肉\n\n40\n袋/);
    expect(text).toContain('见证人：王见证');
    expect(text).toContain('二〇二五年九月四日');
    expect(text).not.toMatch(/undefined|null|NaN|\+\+\+/);
  });
});
