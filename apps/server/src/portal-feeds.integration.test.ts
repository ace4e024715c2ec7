import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Prisma } from '@sanxiang/db';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.ts';

// The feed routes are wiring over the public portal router (packages/api routers/portal, tested there); these check
// what only HTTP adds: paths, media types, links to the host the reader used, the bilingual refusals, and that what
// the router keeps back stays back. Rows are written directly: publishing itself is the disclosure package's test.
const NOW = new Date('2025-10-20T10:00:00+08:00');
const PUBLISHED_PARTY = '邵阳市公开标记食品商行';
const WITHDRAWN_PARTY = '撤回标记粮油店';
const SCHEDULED_PARTY = '未公开标记商店';

describe(`the portal feeds over HTTP on ${testDatabaseKind()}`, () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let webDist: string;
  const ids = { published: '', withdrawn: '', scheduled: '' };

  beforeAll(async () => {
    database = await openTestDatabase();
    const tenant = await database.prisma.tenant.create({ data: { code: 'feedtown', name: '示例市', region: '湖南省示例市', level: 'PREFECTURE' } });
    const row = (data: Omit<Prisma.DisclosureUncheckedCreateInput, 'tenantId' | 'itemKey' | 'channel' | 'dueDate'>) =>
      database.prisma.disclosure.create({
        data: { tenantId: tenant.id, itemKey: 'after.penalty-decision', itemName: '行政处罚决定信息', channel: 'GOV_WEBSITE', dueDate: new Date('2025-10-13'), caseType: 'PENALTY', ...data },
      });
    const payload = (party: string, number: string) => ({ decisionNumber: number, party: { kind: 'ORGANISATION', name: party }, agency: '示例市市场监督管理局', decidedAt: '2025-09-26', facts: `${party}的违法事实` });
    ids.published = (await row({
      status: 'PUBLISHED', payload: payload(PUBLISHED_PARTY, '示市监罚〔2025〕1号'), publishedAt: new Date('2025-10-09T10:00:00+08:00'),
      partyName: PUBLISHED_PARTY, decisionNumber: '示市监罚〔2025〕1号', decidedOn: new Date('2025-09-26'),
    })).id;
    ids.withdrawn = (await row({
      status: 'WITHDRAWN', payload: payload(WITHDRAWN_PARTY, '示市监罚〔2025〕2号'), publishedAt: new Date('2025-10-09T11:00:00+08:00'),
      withdrawnAt: new Date('2025-10-15T09:00:00+08:00'), reason: '复议机关撤销原处罚决定', withdrawalBasis: '示政复决字〔2025〕9号',
      decisionNumber: '示市监罚〔2025〕2号', decidedOn: new Date('2025-09-25'),
    })).id;
    ids.scheduled = (await row({ status: 'SCHEDULED', partyName: SCHEDULED_PARTY, decisionNumber: '示市监罚〔2025〕3号' })).id;
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-web-'));
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>公示</title>');
    app = await buildServer({ database, webDist, secureCookies: false, version: 'test', now: () => NOW });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    if (webDist) fs.rmSync(webDist, { recursive: true, force: true });
  });

  it('serves Atom with links to the host the reader used, the withdrawal as its own entry, and nothing scheduled', async () => {
    const response = await app.inject({ method: 'GET', url: '/p/feedtown/feed.atom', headers: { host: 'gk.example.gov.cn' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(response.body).toContain('<title>示例市 行政执法公示</title>');
    expect(response.body).toContain(`<link rel="alternate" href="http://gk.example.gov.cn/p/feedtown/d/${ids.published}"/>`);
    expect(response.body).toContain(`<id>urn:uuid:${ids.withdrawn}#withdrawn</id>`);
    expect(response.body).toContain('复议机关撤销原处罚决定');
    for (const secret of [WITHDRAWN_PARTY, SCHEDULED_PARTY, ids.scheduled]) expect(response.body).not.toContain(secret);
  });

  it('serves JSON Feed 1.1, newest event first, filtered by kind', async () => {
    const response = await app.inject({ method: 'GET', url: '/p/feedtown/feed.json', headers: { host: 'gk.example.gov.cn' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const feed = response.json();
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', title: '示例市 行政执法公示', feed_url: 'http://gk.example.gov.cn/p/feedtown/feed.json' });
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual([`${ids.withdrawn}#withdrawn`, ids.published]);
    expect(feed.items[0]).toMatchObject({ tags: ['withdrawn'], _sanxiang: { entry: { status: 'WITHDRAWN', partyName: null, withdrawal: { reason: '复议机关撤销原处罚决定' } } } });
    expect(feed.items[1]).toMatchObject({ url: `http://gk.example.gov.cn/p/feedtown/d/${ids.published}`, date_published: '2025-10-09T02:00:00.000Z' });
    expect(response.body).not.toContain(WITHDRAWN_PARTY);
    expect(response.body).not.toContain(SCHEDULED_PARTY);
    const withdrawn = (await app.inject({ method: 'GET', url: '/p/feedtown/feed.json?kind=withdrawn&limit=5' })).json();
    expect(withdrawn.items.map((item: { id: string }) => item.id)).toEqual([`${ids.withdrawn}#withdrawn`]);
  });

  it('answers 404 with a bilingual text for a body that does not exist, and 400 naming a bad parameter', async () => {
    const missing = await app.inject({ method: 'GET', url: '/p/nowhere/feed.atom' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'NOT_FOUND', text: { zh: expect.stringContaining('nowhere'), en: expect.stringContaining('nowhere') } });
    const badKind = await app.inject({ method: 'GET', url: '/p/feedtown/feed.json?kind=everything' });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.details.problems[0].pointer).toBe('/kind');
    const badLimit = await app.inject({ method: 'GET', url: '/p/feedtown/feed.atom?limit=1000' });
    expect(badLimit.statusCode).toBe(400);
    expect(badLimit.json().error.text.en).toContain('limit');
    const badCode = await app.inject({ method: 'GET', url: '/p/Feed%20Town/feed.json' });
    expect(badCode.statusCode).toBe(400);
  });

  it('leaves the portal pages themselves to the web app', async () => {
    const page = await app.inject({ method: 'GET', url: `/p/feedtown/d/${ids.published}`, headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>公示</title>');
  });
});
