import { chmod, link, mkdir, open, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '@sanxiang/errors';
import type { BlobStore, StoredBlob } from './blob-store.ts';
import { receiveUpload } from './receive-upload.ts';
import { assertTenantId, blobNotFound, blobPathSegments } from './storage-keys.ts';

/** Temporary files live inside the root so that publishing one is a link on the same disk. */
const INCOMING = '.incoming';

/**
 * Blobs in a folder: `<root>/<tenantId>/<sha256[0..2]>/<sha256>`, read-only (0o444). Nothing outside the root is
 * ever touched: tenant ids and keys are validated against strict patterns before any path is built.
 */
export function createLocalBlobStore(rootDir: string): BlobStore {
  const root = path.resolve(rootDir);
  const blobPath = (tenantId: string, key: string): string => {
    const target = path.join(root, ...blobPathSegments(tenantId, key));
    // The patterns already exclude separators and dots; this guards the guard.
    if (!target.startsWith(root + path.sep)) {
      throw new AppError('INTERNAL', { zh: `证据存储：路径越出了存储根目录：${target}`, en: `Evidence storage: a path escaped the storage root: ${target}` });
    }
    return target;
  };

  return {
    async put(source, options): Promise<StoredBlob> {
      const tenantId = assertTenantId(options.tenantId);
      const incoming = path.join(root, INCOMING);
      await mkdir(incoming, { recursive: true });
      const upload = await receiveUpload(source, { tempDir: incoming, maxBytes: options.maxBytes, allowedTypes: options.allowedTypes });
      try {
        const target = blobPath(tenantId, upload.sha256);
        await mkdir(path.dirname(target), { recursive: true });
        await chmod(upload.tempPath, 0o444);
        await publishOnce(upload.tempPath, target);
        return { key: upload.sha256, sha256: upload.sha256, size: upload.size, contentType: upload.contentType };
      } finally {
        await rm(upload.tempPath, { force: true });
      }
    },

    async open(tenantId, key): Promise<Readable> {
      const file = await openExisting(blobPath(tenantId, key));
      if (!file) throw blobNotFound(key);
      return file.createReadStream();
    },

    async stat(tenantId, key) {
      try {
        const info = await stat(blobPath(tenantId, key));
        return info.isFile() ? { size: info.size } : undefined;
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
  };
}

/**
 * A hard link never replaces an existing name, where a rename would. So a blob, once published, is never swapped
 * even by a concurrent upload of the same bytes: the later one sees EEXIST and its equal copy is dropped.
 */
async function publishOnce(tempPath: string, target: string): Promise<void> {
  try {
    await link(tempPath, target);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return;
    throw error;
  }
  // The new directory entry survives a power cut only once the directory itself is flushed.
  const directory = await open(path.dirname(target), 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}

async function openExisting(target: string) {
  try {
    const file = await open(target, 'r');
    if ((await file.stat()).isFile()) return file;
    await file.close();
    return undefined;
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

const errorCode = (error: unknown): unknown => (error instanceof Error && 'code' in error ? error.code : undefined);
const isMissing = (error: unknown): boolean => errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR';
