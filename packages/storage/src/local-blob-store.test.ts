import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '@sanxiang/errors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BlobStore } from './blob-store.ts';
import { DOCX_TYPE } from './detected-types.ts';
import { createLocalBlobStore } from './local-blob-store.ts';
import { SAMPLES, ZIPS, filler } from './testing/sample-content.ts';

const MiB = 1024 * 1024;
let root: string;
let store: BlobStore;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'sanxiang-storage-'));
  store = createLocalBlobStore(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function* chunksOf(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** Every file under the root, temporary ones included. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/**
 * An MP4 head followed by a pattern, `total` bytes in `chunk`-byte pieces. It refills one buffer for every piece,
 * so the only memory that can grow while it runs is the store's own; a store that kept the pieces without copying
 * them would store the wrong bytes and fail the hash check instead.
 */
function mp4Source(total: number, chunk: number, progress: { pulled: number; finished: boolean; peak: () => void }) {
  return (async function* () {
    const buffer = Buffer.alloc(chunk);
    try {
      for (let at = 0; at < total; at += chunk) {
        const length = Math.min(chunk, total - at);
        for (let i = 0; i < length; i += 4) buffer.writeUInt32BE((at + i) >>> 0, i);
        if (at === 0) Buffer.from(SAMPLES.mp4).copy(buffer);
        progress.pulled += 1;
        progress.peak();
        yield buffer.subarray(0, length);
      }
    } finally {
      progress.finished = true;
    }
  })();
}

describe('createLocalBlobStore: put', () => {
  it('stores the bytes under <tenant>/<sha[0..2]>/<sha>, with the SHA-256 node:crypto computes', async () => {
    const bytes = Buffer.concat([SAMPLES.jpeg, filler(300_000)]);
    const blob = await store.put(chunksOf(bytes), { tenantId: 'tenant-a', maxBytes: MiB });
    expect(blob).toEqual({ key: sha256(bytes), sha256: sha256(bytes), size: bytes.length, contentType: 'image/jpeg' });
    const file = path.join(root, 'tenant-a', blob.sha256.slice(0, 2), blob.sha256);
    expect(sha256(await readFile(file))).toBe(sha256(bytes));
    expect((await stat(file)).mode & 0o777).toBe(0o444);
    expect(await filesUnder(root)).toEqual([path.relative(root, file)]);
  });

  it('reads a Node stream as well as an async iterable', async () => {
    const bytes = Buffer.concat([SAMPLES.pdf, filler(200_000)]);
    const blob = await store.put(Readable.from(chunksOf(bytes, 1000)), { tenantId: 'tenant-a', maxBytes: MiB });
    expect(blob.sha256).toBe(sha256(bytes));
    expect(blob.contentType).toBe('application/pdf');
  });

  it('stores a 64 MiB stream without holding it in memory', async () => {
    const total = 64 * MiB;
    const chunk = 256 * 1024;
    const expected = createHash('sha256');
    for await (const piece of mp4Source(total, chunk, { pulled: 0, finished: false, peak: () => {} })) expected.update(piece);

    const before = process.memoryUsage();
    let peakArrayBuffers = before.arrayBuffers;
    let peakRss = before.rss;
    const sample = (): void => {
      const now = process.memoryUsage();
      peakArrayBuffers = Math.max(peakArrayBuffers, now.arrayBuffers);
      peakRss = Math.max(peakRss, now.rss);
    };
    const progress = { pulled: 0, finished: false, peak: sample };
    const timer = setInterval(sample, 5);
    try {
      const blob = await store.put(mp4Source(total, chunk, progress), { tenantId: 'tenant-a', maxBytes: 100 * MiB });
      sample();
      expect(blob.size).toBe(total);
      expect(blob.sha256).toBe(expected.digest('hex'));
      expect(blob.contentType).toBe('video/mp4');
    } finally {
      clearInterval(timer);
    }
    // Whole-file buffering would add 64 MiB to both; one chunk in flight adds well under a few MiB.
    expect(peakArrayBuffers - before.arrayBuffers).toBeLessThan(16 * MiB);
    expect(peakRss - before.rss).toBeLessThan(40 * MiB);
  });

  it('stops at the first chunk past the limit, stops pulling the source and leaves no file', async () => {
    const progress = { pulled: 0, finished: false, peak: () => {} };
    const error = await refusal(store.put(mp4Source(64 * MiB, 64 * 1024, progress), { tenantId: 'tenant-a', maxBytes: MiB }));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.details).toEqual({ reason: 'TOO_LARGE', limitBytes: MiB });
    expect(error.text.zh).toContain('1 MiB');
    expect(error.text.en).toContain('1 MiB (1048576 bytes)');
    // 16 pieces fill the limit exactly; the 17th is refused and nothing more is asked for.
    expect(progress.pulled).toBe(17);
    expect(progress.finished).toBe(true);
    expect(await filesUnder(root)).toEqual([]);
  });

  it('destroys a Node stream it refuses, so an HTTP upload stops being read', async () => {
    const source = Readable.from(chunksOf(Buffer.concat([SAMPLES.png, filler(3 * MiB)])));
    await refusal(store.put(source, { tenantId: 'tenant-a', maxBytes: MiB }));
    expect(source.destroyed).toBe(true);
  });

  it('accepts exactly the limit and refuses one byte more', async () => {
    const bytes = Buffer.concat([SAMPLES.png, filler(5000)]);
    await expect(store.put(chunksOf(bytes), { tenantId: 'tenant-a', maxBytes: bytes.length })).resolves.toMatchObject({ size: bytes.length });
    const error = await refusal(store.put(chunksOf(bytes), { tenantId: 'tenant-b', maxBytes: bytes.length - 1 }));
    expect(error.details).toMatchObject({ reason: 'TOO_LARGE' });
  });

  it('judges the type from the content: a PNG sent as a video is a PNG, and refused where only video is allowed', async () => {
    const bytes = Buffer.concat([SAMPLES.png, filler(50_000)]);
    const progress = { pulled: 0, finished: false, peak: () => {} };
    const error = await refusal(
      store.put(
        (async function* () {
          try {
            for await (const piece of chunksOf(bytes, 4096)) {
              progress.pulled += 1;
              yield piece;
            }
          } finally {
            progress.finished = true;
          }
        })(),
        { tenantId: 'tenant-a', maxBytes: MiB, allowedTypes: ['video/mp4', 'video/quicktime'] },
      ),
    );
    expect(error.details).toEqual({ reason: 'TYPE_NOT_ALLOWED', detected: 'image/png', allowed: ['video/mp4', 'video/quicktime'] });
    expect(error.text.zh).toContain('PNG 图片');
    expect(error.text.en).toContain('PNG image');
    expect(error.text.en).toContain('MP4 video, MOV video');
    // Decided on the first 16 KiB: four 4 KiB pieces, then the source was let go.
    expect(progress.pulled).toBe(4);
    expect(progress.finished).toBe(true);
    expect(await filesUnder(root)).toEqual([]);
    await expect(store.put(chunksOf(bytes), { tenantId: 'tenant-a', maxBytes: MiB })).resolves.toMatchObject({ contentType: 'image/png' });
  });

  it.each([
    ['an ELF binary', SAMPLES.elf, 'ELF'],
    ['a Windows program', SAMPLES.windowsExe, 'Windows/DOS (MZ)'],
    ['a shell script', SAMPLES.shellScript, 'script (#!)'],
    ['a Java archive', ZIPS.jar, 'Java archive (JAR)'],
    ['a Word file whose macros come after the head', ZIPS.docmLateMacros, 'Office macros (vbaProject.bin)'],
  ])('refuses %s as a program', async (_name, bytes, format) => {
    const error = await refusal(store.put(chunksOf(bytes), { tenantId: 'tenant-a', maxBytes: MiB }));
    expect(error.details).toEqual({ reason: 'EXECUTABLE', format });
    expect(error.text.zh).toContain('可执行程序');
    expect(await filesUnder(root)).toEqual([]);
  });

  it('refuses unknown content, a plain zip and an empty upload', async () => {
    const unknown = await refusal(store.put(chunksOf(SAMPLES.random), { tenantId: 'tenant-a', maxBytes: MiB }));
    expect(unknown.details).toMatchObject({ reason: 'UNKNOWN_TYPE' });
    expect(unknown.text.en).toContain('JPEG image');
    const zip = await refusal(store.put(chunksOf(ZIPS.plain), { tenantId: 'tenant-a', maxBytes: MiB }));
    expect(zip.details).toMatchObject({ reason: 'UNKNOWN_TYPE' });
    const empty = await refusal(store.put(chunksOf(new Uint8Array()), { tenantId: 'tenant-a', maxBytes: MiB }));
    expect(empty.details).toEqual({ reason: 'EMPTY' });
    expect(await filesUnder(root)).toEqual([]);
  });

  it('settles a Word document from its central directory when the head does not show it', async () => {
    const blob = await store.put(chunksOf(ZIPS.docxWordPartLate), { tenantId: 'tenant-a', maxBytes: MiB });
    expect(blob.contentType).toBe(DOCX_TYPE);
  });

  it('accepts UTF-8 text only when asked, and only when it is text all the way through', async () => {
    const text = Buffer.from('询问笔录：当事人陈述如下。\n'.repeat(2000), 'utf8');
    const refusedByDefault = await refusal(store.put(chunksOf(text), { tenantId: 'tenant-a', maxBytes: MiB }));
    expect(refusedByDefault.details).toMatchObject({ reason: 'TYPE_NOT_ALLOWED', detected: 'text/plain' });
    const options = { tenantId: 'tenant-a', maxBytes: MiB, allowedTypes: ['text/plain'] as const };
    await expect(store.put(chunksOf(text), options)).resolves.toMatchObject({ contentType: 'text/plain' });
    const binaryTail = Buffer.concat([text, Buffer.from([0xff, 0xfe, 0x00])]);
    expect((await refusal(store.put(chunksOf(binaryTail), options))).details).toMatchObject({ reason: 'UNKNOWN_TYPE' });
    const cutCharacter = text.subarray(0, text.length - 2); // drops the newline and the last byte of "。"
    expect((await refusal(store.put(chunksOf(cutCharacter), options))).details).toMatchObject({ reason: 'UNKNOWN_TYPE' });
  });

  it('turns a source that breaks off into a refusal and leaves no file', async () => {
    const source = (async function* () {
      yield SAMPLES.jpeg;
      yield filler(100_000);
      throw new Error('connection reset');
    })();
    const error = await refusal(store.put(source, { tenantId: 'tenant-a', maxBytes: MiB }));
    expect(error.details).toEqual({ reason: 'INTERRUPTED' });
    expect(error.cause).toBeInstanceOf(Error);
    expect(await filesUnder(root)).toEqual([]);
  });

  it('stores equal bytes once, however often and however concurrently they are put', async () => {
    const bytes = Buffer.concat([SAMPLES.wav, filler(100_000)]);
    const first = await store.put(chunksOf(bytes), { tenantId: 'tenant-a', maxBytes: MiB });
    const file = path.join(root, 'tenant-a', first.key.slice(0, 2), first.key);
    const { ino, mtimeMs } = await stat(file);
    const again = await Promise.all([1, 2, 3].map(() => store.put(chunksOf(bytes, 7000), { tenantId: 'tenant-a', maxBytes: MiB })));
    for (const blob of again) expect(blob).toEqual(first);
    expect(await stat(file)).toMatchObject({ ino, mtimeMs });
    expect(await filesUnder(root)).toEqual([path.relative(root, file)]);
  });

  it('refuses a size limit that is not a positive whole number', async () => {
    for (const maxBytes of [0, -1, 1.5, Number.NaN]) {
      expect((await refusal(store.put(chunksOf(SAMPLES.png), { tenantId: 'tenant-a', maxBytes }))).code).toBe('CONFIG_INVALID');
    }
  });
});

describe('createLocalBlobStore: tenants and keys', () => {
  it('opens and stats a blob for its own tenant only', async () => {
    const bytes = Buffer.concat([SAMPLES.mp3Frames, filler(10_000)]);
    const blob = await store.put(chunksOf(bytes), { tenantId: 'tenant-a', maxBytes: MiB });
    expect(sha256(Buffer.concat(await (await store.open('tenant-a', blob.key)).toArray()))).toBe(sha256(bytes));
    expect(await store.stat('tenant-a', blob.key)).toEqual({ size: bytes.length });

    const crossTenant = await refusal(store.open('tenant-b', blob.key));
    expect(crossTenant.code).toBe('NOT_FOUND');
    expect(await store.stat('tenant-b', blob.key)).toBeUndefined();
    expect((await refusal(store.open('tenant-a', sha256(Buffer.from('other'))))).code).toBe('NOT_FOUND');
  });

  it.each(['../x', '/etc/passwd', `../tenant-b/${'a'.repeat(64)}`, 'A'.repeat(64), `${'a'.repeat(63)}/`, '', `${'a'.repeat(64)}\0`])(
    'refuses the key %j before touching the disk',
    async (key) => {
      expect((await refusal(store.open('tenant-a', key))).code).toBe('BAD_INPUT');
      expect((await refusal(store.stat('tenant-a', key))).code).toBe('BAD_INPUT');
    },
  );

  it.each(['..', '.', '../etc', 'a/b', '/abs', 'Tenant-A', '', '-x', '.hidden', 'a'.repeat(65)])('refuses the tenant id %j', async (tenantId) => {
    const key = sha256(SAMPLES.png);
    expect((await refusal(store.open(tenantId, key))).code).toBe('BAD_INPUT');
    expect((await refusal(store.stat(tenantId, key))).code).toBe('BAD_INPUT');
    let pulled = false;
    const source = (async function* () {
      pulled = true;
      yield SAMPLES.png;
    })();
    expect((await refusal(store.put(source, { tenantId, maxBytes: MiB }))).code).toBe('BAD_INPUT');
    expect(pulled).toBe(false);
  });

  it('never follows a planted file outside the layout', async () => {
    await writeFile(path.join(root, 'secret'), 'outside');
    expect((await refusal(store.open('tenant-a', '../../secret'))).code).toBe('BAD_INPUT');
  });
});
