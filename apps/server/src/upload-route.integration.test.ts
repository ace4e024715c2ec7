import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createLocalBlobStore } from '@sanxiang/api';
import { scopeToTenant } from '@sanxiang/db';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import { hashPassword } from '@sanxiang/identity';
import { createCase } from '@sanxiang/workflow';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.ts';

// The evidence routes over a real Fastify server on 127.0.0.1, with a real local store in a temporary folder.
const MiB = 1024 * 1024;
const PASSWORD = 'upload-test-password';
const LIMITS: Record<string, number> = { alpha: 300 * MiB, beta: MiB };

let database: TestDatabase;
let app: FastifyInstance;
let storeRoot: string;
let port: number;

interface Tenant {
  id: string;
  caseId: string;
  otherDepartmentCaseId: string;
  actionId: string;
  cookies: Record<'officer' | 'otherOfficer' | 'admin' | 'supervisor', string>;
}
const tenants: Record<string, Tenant> = {};

async function seedTenant(code: string): Promise<Tenant> {
  const tenant = await database.prisma.tenant.create({ data: { code, name: `${code}市`, region: '湖南省邵阳市', level: 'PREFECTURE' } });
  const db = scopeToTenant(database.prisma, tenant.id);
  const tenantId = tenant.id;
  const market = await db.department.create({ data: { tenantId, code: 'scjg', name: '市场监督管理局', type: 'ENFORCEMENT_AGENCY', domain: 'market-regulation' } });
  const ecology = await db.department.create({ data: { tenantId, code: 'sthj', name: '生态环境局', type: 'ENFORCEMENT_AGENCY', domain: 'ecology' } });
  const bureau = await db.department.create({ data: { tenantId, code: 'sfj', name: '司法局', type: 'JUDICIAL_BUREAU' } });
  const passwordHash = await hashPassword(PASSWORD);
  const person = async (username: string, roles: ('OFFICER' | 'DEPARTMENT_ADMIN' | 'SUPERVISOR')[], departmentId: string) =>
    (await db.user.create({ data: { tenantId, username, displayName: username, roles, departmentId, passwordHash } })).id;
  const officer = await person('officer', ['OFFICER'], market.id);
  const otherOfficer = await person('other-officer', ['OFFICER'], ecology.id);
  await person('admin', ['DEPARTMENT_ADMIN'], market.id);
  await person('supervisor', ['SUPERVISOR'], bureau.id);
  const certificate = await db.officerCertificate.create({
    data: { tenantId, userId: officer, number: `${code}-0001`, domain: 'market-regulation', area: '湖南省', validFrom: new Date('2023-01-01'), validUntil: new Date('2027-12-31') },
  });
  const own = await createCase(db, {
    departmentId: market.id, number: `${code}-001`, title: '某食品店案', type: 'PENALTY', procedure: 'GENERAL', actDate: new Date('2025-09-01'),
    parties: [{ kind: 'ORGANISATION', name: '某食品有限公司', identifier: '91430500MA4L000001' }], officers: [{ userId: officer, certificateId: certificate.id, lead: true }], createdById: officer,
  });
  const other = await createCase(db, {
    departmentId: ecology.id, number: `${code}-002`, title: '某化工厂案', type: 'PENALTY', procedure: 'GENERAL', actDate: new Date('2025-09-01'),
    parties: [{ kind: 'ORGANISATION', name: '某化工厂' }], officers: [{ userId: otherOfficer, lead: true }], createdById: otherOfficer,
  });
  const action = await db.enforcementAction.create({
    data: { tenantId, caseId: own.id, type: 'ON_SITE_INSPECTION', stage: 'INVESTIGATION', startedAt: new Date('2025-09-02T02:00:00Z'), createdById: officer },
  });
  const cookies = {
    officer: await login(code, 'officer'), otherOfficer: await login(code, 'other-officer'),
    admin: await login(code, 'admin'), supervisor: await login(code, 'supervisor'),
  };
  return { id: tenantId, caseId: own.id, otherDepartmentCaseId: other.id, actionId: action.id, cookies };
}

async function login(tenantCode: string, username: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/trpc/auth.login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ json: { tenantCode, username, password: PASSWORD } }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 200 || !cookie) throw new Error(`login of ${username}@${tenantCode} failed: ${response.status}`);
  return cookie;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  json<T = Record<string, any>>(): T;
}

/** One request with node:http, so a test decides between a declared length and a chunked stream. */
function request(method: string, url: string, options: { cookie?: string; headers?: Record<string, string>; body?: Uint8Array | AsyncIterable<Uint8Array> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ method, host: '127.0.0.1', port, path: url, headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers } }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body, json: () => JSON.parse(body.toString('utf8')) });
      });
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    const body = options.body;
    if (body === undefined) outgoing.end();
    else if (body instanceof Uint8Array) outgoing.end(body);
    else pipeline(Readable.from(body), outgoing).catch(reject);
  });
}

const metadata = (tenant: Tenant, overrides: Record<string, string | undefined> = {}) => {
  const query = new URLSearchParams();
  const fields: Record<string, string | undefined> = {
    actionId: tenant.actionId, deviceId: 'ZFJLY-0031', certificateNumber: tenant === tenants.alpha ? 'alpha-0001' : 'beta-0001',
    startedAt: '2025-09-02T10:00:00+08:00', endedAt: '2025-09-02T11:00:00+08:00', place: '邵阳市双清区某食品店', fileName: '现场照片.jpg', ...overrides,
  };
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) query.set(name, value);
  return query.toString();
};

function upload(tenant: Tenant, body: Uint8Array | AsyncIterable<Uint8Array>, options: { caseId?: string; cookie?: string; query?: string; contentType?: string; length?: number } = {}) {
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/octet-stream' };
  if (options.length !== undefined) headers['content-length'] = String(options.length);
  return request('POST', `/api/cases/${options.caseId ?? tenant.caseId}/evidence?${options.query ?? metadata(tenant)}`, { cookie: options.cookie ?? tenant.cookies.officer, headers, body });
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0', 'latin1'), Buffer.alloc(20_000, 7)]);
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4096, 1)]);
const MP4_HEAD = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom', 'latin1'), Buffer.from([0, 0, 0, 0]), Buffer.from('isommp41', 'latin1')]);

/** `total` bytes of an MP4 made up on the fly, one fresh chunk at a time, never held whole. */
async function* generatedVideo(total: number, chunkBytes: number, onChunk: (chunk: Buffer) => void = () => {}): AsyncGenerator<Uint8Array> {
  for (let sent = 0, index = 0; sent < total; index += 1) {
    const chunk = Buffer.alloc(Math.min(chunkBytes, total - sent), index % 251);
    chunk.writeUInt32BE(index, chunk.length >= 8 ? 4 : 0);
    if (sent === 0) MP4_HEAD.copy(chunk);
    sent += chunk.length;
    onChunk(chunk);
    yield chunk;
  }
}

/** Every file under the store's root, incoming temporaries included. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(storeRoot, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(storeRoot, path.join(entry.parentPath, entry.name))).sort();
}

const recordCount = () => database.prisma.evidenceRecord.count();

beforeAll(async () => {
  database = await openTestDatabase();
  storeRoot = await mkdtemp(path.join(os.tmpdir(), 'sx-evidence-'));
  const webDist = await mkdtemp(path.join(os.tmpdir(), 'sx-web-'));
  app = await buildServer({
    database, webDist, secureCookies: false, version: 'test',
    evidence: {
      store: createLocalBlobStore(storeRoot),
      maxBytesFor: (tenant) => LIMITS[tenant.code] ?? MiB,
      now: () => new Date('2025-09-03T09:00:00+08:00'),
    },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
  tenants.alpha = await seedTenant('alpha');
  tenants.beta = await seedTenant('beta');
});

afterAll(async () => {
  await app?.close();
  await database?.close();
  if (storeRoot) await rm(storeRoot, { recursive: true, force: true });
});

describe(`evidence upload over HTTP on ${testDatabaseKind()}`, () => {
  let photoId: string;

  it('stores a photo with its SHA-256, its detected type and every metadata field, with an audit event', async () => {
    const alpha = tenants.alpha!;
    const answer = await upload(alpha, JPEG, { length: JPEG.length });
    expect(answer.status).toBe(201);
    const body = answer.json();
    expect(body).toMatchObject({ caseId: alpha.caseId, actionId: alpha.actionId, kind: 'PHOTO', mediaType: 'image/jpeg', size: JPEG.length, sha256: sha256(JPEG), fileName: '现场照片.jpg', objectKey: '91430500MA4L000001', correctsId: null });
    expect(answer.headers.location).toBe(`/api/evidence/${body.id}`);
    photoId = body.id;
    const stored = await database.prisma.evidenceRecord.findUnique({ where: { id: photoId } });
    expect(stored).toMatchObject({ tenantId: alpha.id, deviceId: 'ZFJLY-0031', certificateNumber: 'alpha-0001', place: '邵阳市双清区某食品店', storageKey: sha256(JPEG) });
    expect(stored?.startedAt?.toISOString()).toBe('2025-09-02T02:00:00.000Z');
    expect(stored?.endedAt?.toISOString()).toBe('2025-09-02T03:00:00.000Z');
    expect(await storedFiles()).toEqual([path.join(alpha.id, sha256(JPEG).slice(0, 2), sha256(JPEG))]);
    const audit = await database.prisma.auditEvent.findFirst({ where: { tenantId: alpha.id, action: 'evidence.record', entityId: photoId } });
    expect(JSON.parse(audit!.canonical)).toMatchObject({ data: { sha256: sha256(JPEG), mediaType: 'image/jpeg' } });
  });

  it('serves the stored file back to those who may read it, and to nobody else', async () => {
    const alpha = tenants.alpha!;
    const download = await request('GET', `/api/evidence/${photoId}`, { cookie: alpha.cookies.officer });
    expect(download.status).toBe(200);
    expect(sha256(download.body)).toBe(sha256(JPEG));
    expect(download.headers).toMatchObject({ 'content-type': 'image/jpeg', etag: `"${sha256(JPEG)}"`, 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store' });
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('现场照片.jpg')}`);
    expect((await request('GET', `/api/evidence/${photoId}`, { cookie: alpha.cookies.supervisor })).status).toBe(200);
    expect((await request('GET', `/api/evidence/${photoId}`)).status).toBe(401);
    for (const cookie of [alpha.cookies.otherOfficer, tenants.beta!.cookies.officer, tenants.beta!.cookies.supervisor]) {
      const refused = await request('GET', `/api/evidence/${photoId}`, { cookie });
      expect(refused.status).toBe(404);
      expect(refused.body.toString()).not.toContain('现场照片');
    }
    expect((await request('GET', `/api/evidence/${photoId}`, { cookie: alpha.cookies.admin })).status).toBe(403);
  });

  it('stores a correction as a new record pointing to the old one, which stays as it was, and refuses a fork', async () => {
    const alpha = tenants.alpha!;
    const before = await database.prisma.evidenceRecord.findUnique({ where: { id: photoId } });
    const corrected = Buffer.concat([JPEG, Buffer.from('corrected')]);
    const answer = await upload(alpha, corrected, { query: metadata(alpha, { correctsId: photoId, fileName: '现场照片（更正）.jpg' }) });
    expect(answer.status).toBe(201);
    expect(answer.json()).toMatchObject({ correctsId: photoId, sha256: sha256(corrected) });
    expect(await database.prisma.evidenceRecord.findUnique({ where: { id: photoId } })).toEqual(before);
    const fork = await upload(alpha, corrected, { query: metadata(alpha, { correctsId: photoId }) });
    expect(fork.status).toBe(409);
    expect(fork.json().error).toMatchObject({ code: 'CONFLICT', details: { field: 'correctsId', latest: answer.json().id } });
  });

  it('refuses a file over the tenant limit with 413 before reading it, when its length is declared', async () => {
    const beta = tenants.beta!;
    const [files, records] = [await storedFiles(), await recordCount()];
    const answer = await upload(beta, Buffer.concat([JPEG, Buffer.alloc(3 * MiB)]), { length: JPEG.length + 3 * MiB });
    expect(answer.status).toBe(413);
    const { error } = answer.json();
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.details).toEqual({ reason: 'TOO_LARGE', limitBytes: MiB });
    expect(error.text.zh).toContain('1 MiB');
    expect(error.text.en).toContain('limit of 1 MiB');
    expect([await storedFiles(), await recordCount()]).toEqual([files, records]);
  });

  it("lowers the server's cap to the tenant's own (tenant.json evidence.maxUploadMb), never raising it", async () => {
    const alpha = tenants.alpha!;
    const setOwnCap = (bytes: bigint | null) => database.prisma.tenant.update({ where: { id: alpha.id }, data: { evidenceMaxBytes: bytes } });
    try {
      await setOwnCap(2n * BigInt(MiB));
      const answer = await upload(alpha, Buffer.concat([JPEG, Buffer.alloc(3 * MiB)]), { length: JPEG.length + 3 * MiB });
      expect(answer.status).toBe(413);
      expect(answer.json().error.details).toEqual({ reason: 'TOO_LARGE', limitBytes: 2 * MiB });
      // A tenant cap above the server's (300 MiB for alpha here) leaves the server's in force.
      await setOwnCap(1024n * BigInt(MiB));
      const within = await upload(alpha, Buffer.concat([JPEG, Buffer.alloc(3 * MiB)]), { length: JPEG.length + 3 * MiB });
      expect(within.status).toBe(201);
    } finally {
      await setOwnCap(null);
    }
  });

  it('stops a streamed file at the first byte past the limit and leaves no partial blob', async () => {
    const beta = tenants.beta!;
    const [files, records] = [await storedFiles(), await recordCount()];
    let generated = 0;
    const answer = await upload(beta, generatedVideo(3 * MiB, 64 * 1024, (chunk) => void (generated += chunk.length)));
    expect(answer.status).toBe(413);
    expect(answer.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { reason: 'TOO_LARGE', limitBytes: MiB } });
    expect(generated).toBe(3 * MiB);
    expect([await storedFiles(), await recordCount()]).toEqual([files, records]);
    // The connection survived the refusal: the same client goes on.
    expect((await upload(beta, JPEG)).status).toBe(201);
  });

  it('judges the type from the content: an executable named photo.jpg is 415 and is not stored', async () => {
    const alpha = tenants.alpha!;
    const [files, records] = [await storedFiles(), await recordCount()];
    const answer = await upload(alpha, ELF, { query: metadata(alpha, { fileName: 'photo.jpg' }) });
    expect(answer.status).toBe(415);
    expect(answer.json().error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', details: { reason: 'EXECUTABLE' } });
    expect(answer.json().error.text.en).toContain('program');
    expect([await storedFiles(), await recordCount()]).toEqual([files, records]);
  });

  it('refuses a body declared as anything but application/octet-stream', async () => {
    const answer = await upload(tenants.alpha!, JPEG, { contentType: 'multipart/form-data; boundary=x' });
    expect(answer.status).toBe(415);
    expect(answer.json().error.details).toMatchObject({ field: 'content-type' });
  });

  it('answers 400 naming a missing metadata field, in both languages, before reading the file', async () => {
    const alpha = tenants.alpha!;
    const [files, records] = [await storedFiles(), await recordCount()];
    const answer = await upload(alpha, JPEG, { query: metadata(alpha, { deviceId: undefined }) });
    expect(answer.status).toBe(400);
    const { error } = answer.json();
    expect(error).toMatchObject({ code: 'BAD_INPUT', details: { field: 'deviceId' } });
    expect(error.text.zh).toContain('deviceId');
    expect(error.text.en).toContain('device id (deviceId) is missing');
    const unknownAction = await upload(alpha, JPEG, { query: metadata(alpha, { actionId: tenants.beta!.actionId }) });
    expect(unknownAction.status).toBe(400);
    expect(unknownAction.json().error.details).toEqual({ field: 'actionId' });
    expect([await storedFiles(), await recordCount()]).toEqual([files, records]);
  });

  it("answers 404 for another tenant's case and 403 or 404 for cases the person may not work on", async () => {
    const [alpha, beta] = [tenants.alpha!, tenants.beta!];
    const [files, records] = [await storedFiles(), await recordCount()];
    const foreign = await upload(alpha, JPEG, { caseId: beta.caseId, query: metadata(beta) });
    expect(foreign.status).toBe(404);
    expect(foreign.json().error.code).toBe('NOT_FOUND');
    expect(foreign.body.toString()).not.toContain('beta');
    expect((await upload(alpha, JPEG, { cookie: alpha.cookies.otherOfficer })).status).toBe(404);
    expect((await upload(alpha, JPEG, { cookie: alpha.cookies.supervisor })).status).toBe(403);
    expect((await upload(alpha, JPEG, { cookie: '' })).status).toBe(401);
    expect([await storedFiles(), await recordCount()]).toEqual([files, records]);
  });

  it('refuses a recording made under a suspended certificate (403 naming the certificate)', async () => {
    const alpha = tenants.alpha!;
    const db = scopeToTenant(database.prisma, alpha.id);
    await db.officerCertificate.updateMany({ where: { number: 'alpha-0001' }, data: { status: 'SUSPENDED', suspendedUntil: new Date('2025-12-01'), version: { increment: 1 } } });
    try {
      const answer = await upload(alpha, JPEG);
      expect(answer.status).toBe(403);
      expect(answer.json().error.details).toEqual({ field: 'certificateNumber', standing: 'SUSPENDED' });
      const notMine = await upload(alpha, JPEG, { query: metadata(alpha, { certificateNumber: 'beta-0001' }) });
      expect(notMine.status).toBe(400);
      expect(notMine.json().error.details).toEqual({ field: 'certificateNumber' });
    } finally {
      await db.officerCertificate.updateMany({ where: { number: 'alpha-0001' }, data: { status: 'VALID', suspendedUntil: null } });
    }
  });

  it('streams a 200 MB video to storage with flat memory, and stores exactly its SHA-256', async () => {
    const alpha = tenants.alpha!;
    const total = 200 * 1000 * 1000;
    const expected = createHash('sha256');
    globalThis.gc?.();
    const before = process.memoryUsage();
    let peakArrayBuffers = before.arrayBuffers;
    let peakRss = before.rss;
    let chunks = 0;
    const answer = await upload(alpha, generatedVideo(total, 256 * 1024, (chunk) => {
      expected.update(chunk);
      if ((chunks += 1) % 16 === 0) {
        const now = process.memoryUsage();
        peakArrayBuffers = Math.max(peakArrayBuffers, now.arrayBuffers);
        peakRss = Math.max(peakRss, now.rss);
      }
    }), { query: metadata(alpha, { fileName: '执法记录仪.mp4' }) });
    expect(answer.status).toBe(201);
    const digest = expected.digest('hex');
    expect(answer.json()).toMatchObject({ kind: 'VIDEO', mediaType: 'video/mp4', size: total, sha256: digest });
    const onDisk = createHash('sha256');
    await pipeline(createReadStream(path.join(storeRoot, alpha.id, digest.slice(0, 2), digest)), onDisk);
    expect(onDisk.digest('hex')).toBe(digest);
    console.log(`[upload] 200 MB: peak arrayBuffers +${((peakArrayBuffers - before.arrayBuffers) / MiB).toFixed(1)} MiB, peak rss +${((peakRss - before.rss) / MiB).toFixed(1)} MiB`);
    // Holding the upload whole would add 190 MiB to both; streaming keeps a few chunks in flight. Spent chunks wait
    // for V8 to collect them, which it does in steps of about 64 MiB of outside memory, so the bound leaves room for one.
    expect(peakArrayBuffers - before.arrayBuffers).toBeLessThan(96 * MiB);
    expect(peakRss - before.rss).toBeLessThan(160 * MiB);
  });
});
