import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '@sanxiang/errors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createS3BlobStore, type S3BlobStoreOptions } from './s3-blob-store.ts';
import { startFakeS3, type FakeS3 } from './testing/fake-s3-server.ts';
import { SAMPLES, filler } from './testing/sample-content.ts';

const MiB = 1024 * 1024;
const KEYS = { accessKeyId: 'sanxiang-test', secretAccessKey: 'test-secret-不要用于生产', region: 'cn-test-1' };
let dir: string;
let tempDir: string;
let s3: FakeS3;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sanxiang-s3-'));
  tempDir = path.join(dir, 'spool');
  await mkdir(tempDir);
  s3 = await startFakeS3({ dir: path.join(dir, 'objects'), bucket: 'evidence', ...KEYS });
});
afterEach(async () => {
  await s3.close();
  await rm(dir, { recursive: true, force: true });
});

const storeWith = (overrides: Partial<S3BlobStoreOptions> = {}) =>
  createS3BlobStore({ endpoint: s3.endpoint, bucket: 'evidence', tempDir, ...KEYS, ...overrides });
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function* chunksOf(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('createS3BlobStore against a signature-checking S3 on 127.0.0.1', () => {
  it('streams an upload to the bucket under <tenant>/<sha[0..2]>/<sha> and reads it back', async () => {
    const bytes = Buffer.concat([SAMPLES.mov, filler(3 * MiB)]);
    const store = storeWith();
    const blob = await store.put(chunksOf(bytes), { tenantId: 'tenant-a', maxBytes: 10 * MiB });
    expect(blob).toEqual({ key: sha256(bytes), sha256: sha256(bytes), size: bytes.length, contentType: 'video/quicktime' });
    const objectKey = `tenant-a/${blob.key.slice(0, 2)}/${blob.key}`;
    expect(sha256(await readFile(s3.objectFile(objectKey)))).toBe(sha256(bytes));
    expect(s3.requests.map(({ method, status }) => `${method} ${status}`)).toEqual(['HEAD 404', 'PUT 200']);
    expect(s3.requests[1]?.path).toBe(`/evidence/${objectKey}`);

    expect(sha256(Buffer.concat(await (await store.open('tenant-a', blob.key)).toArray()))).toBe(sha256(bytes));
    expect(await store.stat('tenant-a', blob.key)).toEqual({ size: bytes.length });
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('does not write an object twice: a second put of the same bytes only asks whether it exists', async () => {
    const bytes = Buffer.concat([SAMPLES.jpeg, filler(10_000)]);
    const store = storeWith();
    const first = await store.put(chunksOf(bytes), { tenantId: 'tenant-a', maxBytes: MiB });
    s3.requests.length = 0;
    expect(await store.put(Readable.from(chunksOf(bytes, 999)), { tenantId: 'tenant-a', maxBytes: MiB })).toEqual(first);
    expect(s3.requests.map(({ method, status }) => `${method} ${status}`)).toEqual(['HEAD 200']);
  });

  it('takes a refused conditional write (412) as the same blob stored meanwhile, and leaves the object alone', async () => {
    const store = storeWith();
    const blob = await store.put(chunksOf(SAMPLES.gif), { tenantId: 'tenant-a', maxBytes: MiB });
    const file = s3.objectFile(`tenant-a/${blob.key.slice(0, 2)}/${blob.key}`);
    const before = await stat(file);
    // As if another upload of the same bytes landed between this upload's HEAD and its PUT.
    const missedIt: typeof fetch = (input, init) => (init?.method === 'HEAD' ? Promise.resolve(new Response(null, { status: 404 })) : fetch(input, init));
    s3.requests.length = 0;
    expect(await storeWith({ fetch: missedIt }).put(chunksOf(SAMPLES.gif), { tenantId: 'tenant-a', maxBytes: MiB })).toEqual(blob);
    expect(s3.requests.map(({ method, status }) => `${method} ${status}`)).toEqual(['PUT 412']);
    expect(await stat(file)).toMatchObject({ ino: before.ino, mtimeMs: before.mtimeMs });
  });

  it('keeps tenants apart: another tenant neither opens nor sees the object', async () => {
    const store = storeWith();
    const blob = await store.put(chunksOf(SAMPLES.pdf), { tenantId: 'tenant-a', maxBytes: MiB });
    expect((await refusal(store.open('tenant-b', blob.key))).code).toBe('NOT_FOUND');
    expect(await store.stat('tenant-b', blob.key)).toBeUndefined();
  });

  it('refuses bad keys, oversize and wrong-type uploads before sending anything', async () => {
    const store = storeWith();
    expect((await refusal(store.open('tenant-a', '../tenant-b/x'))).code).toBe('BAD_INPUT');
    expect((await refusal(store.stat('../tenant-b', sha256(SAMPLES.png)))).code).toBe('BAD_INPUT');
    const tooLarge = await refusal(store.put(chunksOf(Buffer.concat([SAMPLES.png, filler(2 * MiB)])), { tenantId: 'tenant-a', maxBytes: MiB }));
    expect(tooLarge.details).toEqual({ reason: 'TOO_LARGE', limitBytes: MiB });
    const wrongType = await refusal(store.put(chunksOf(SAMPLES.png), { tenantId: 'tenant-a', maxBytes: MiB, allowedTypes: ['video/mp4'] }));
    expect(wrongType.details).toMatchObject({ reason: 'TYPE_NOT_ALLOWED', detected: 'image/png' });
    expect(s3.requests).toEqual([]);
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('is refused by the server when the secret is wrong, and says so', async () => {
    const store = storeWith({ secretAccessKey: 'not-the-secret' });
    const put = await refusal(store.put(chunksOf(SAMPLES.png), { tenantId: 'tenant-a', maxBytes: MiB }));
    expect(put.code).toBe('UNAVAILABLE');
    expect(put.details).toMatchObject({ operation: 'HEAD', status: 403 });
    const open = await refusal(store.open('tenant-a', sha256(SAMPLES.png)));
    expect(open.details).toEqual({ operation: 'GET', status: 403, code: 'SignatureDoesNotMatch' });
    expect(open.text.en).toContain('403 SignatureDoesNotMatch');
    expect(await readdir(path.join(dir, 'objects')).catch(() => [])).toEqual([]);
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('is refused when a signed header is changed after signing', async () => {
    const tampering: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      if (init?.method === 'PUT') headers.set('content-type', 'text/html');
      return fetch(input, { ...init, headers });
    };
    const error = await refusal(storeWith({ fetch: tampering }).put(chunksOf(SAMPLES.png), { tenantId: 'tenant-a', maxBytes: MiB }));
    expect(error.details).toEqual({ operation: 'PUT', status: 403, code: 'SignatureDoesNotMatch' });
  });

  it('is refused when the body sent is not the body hashed', async () => {
    const swapping: typeof fetch = (input, init) =>
      init?.method === 'PUT' ? fetch(input, { ...init, body: Buffer.alloc(SAMPLES.png.length, 0x41) }) : fetch(input, init);
    const error = await refusal(storeWith({ fetch: swapping }).put(chunksOf(SAMPLES.png), { tenantId: 'tenant-a', maxBytes: MiB }));
    expect(error.details).toEqual({ operation: 'PUT', status: 400, code: 'XAmzContentSHA256Mismatch' });
  });

  it('puts the bucket in the host name when asked, and refuses a bucket name that is not one', async () => {
    const seen: string[] = [];
    const recording: typeof fetch = async (input) => {
      seen.push(String(input));
      return new Response(null, { status: 404 });
    };
    const key = sha256(SAMPLES.png);
    await storeWith({ endpoint: 'https://s3.example.test', addressing: 'virtual-host', fetch: recording }).stat('tenant-a', key);
    await storeWith({ endpoint: 'https://s3.example.test/base/', fetch: recording }).stat('tenant-a', key);
    expect(seen).toEqual([
      `https://evidence.s3.example.test/tenant-a/${key.slice(0, 2)}/${key}`,
      `https://s3.example.test/base/evidence/tenant-a/${key.slice(0, 2)}/${key}`,
    ]);
    expect(() => storeWith({ bucket: '../other' })).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });

  it('reports a service that cannot be reached as UNAVAILABLE', async () => {
    const store = storeWith();
    await s3.close();
    const error = await refusal(store.stat('tenant-a', sha256(SAMPLES.png)));
    expect(error.code).toBe('UNAVAILABLE');
    s3 = await startFakeS3({ dir: path.join(dir, 'objects'), bucket: 'evidence', ...KEYS });
  });
});
