import { createHash, randomUUID } from 'node:crypto';
import { open, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { AppError, isAppError } from '@sanxiang/errors';
import type { BlobSource } from './blob-store.ts';
import { HEAD_BYTES, hasControlBytes, sniffContent, type Sniffed } from './content-type.ts';
import { DOCX_TYPE, EVIDENCE_TYPES, XLSX_TYPE, type DetectedType } from './detected-types.ts';
import { classifyZipEntries, readZipEntryNames } from './office-zip.ts';
import { uploadEmpty, uploadExecutable, uploadInterrupted, uploadTooLarge, uploadTypeNotAllowed, uploadUnknownType } from './upload-errors.ts';

/** An upload that passed every check, waiting in a temporary file that the caller now owns and must remove. */
export interface ReceivedUpload {
  tempPath: string;
  sha256: string;
  size: number;
  contentType: DetectedType;
}

export interface ReceiveOptions {
  /** Where the temporary file goes; for a local store, inside its root, so the final step is a same-disk link. */
  tempDir: string;
  maxBytes: number;
  allowedTypes?: readonly DetectedType[] | undefined;
}

/**
 * Streams the source into a temporary file, one chunk in memory at a time, hashing and counting as it goes. It
 * refuses as early as it can (the first chunk past the limit, or a head that is the wrong type) and then stops
 * pulling from the source; a refused or failed upload leaves no file behind.
 */
export async function receiveUpload(source: BlobSource, options: ReceiveOptions): Promise<ReceivedUpload> {
  const { maxBytes } = options;
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new AppError('CONFIG_INVALID', {
      zh: `证据上传：大小上限 ${String(maxBytes)} 无效，应为正整数字节数。请检查本单位的上传设置。`,
      en: `Evidence upload: the size limit ${String(maxBytes)} is not valid; it must be a positive whole number of bytes. Check the tenant's upload settings.`,
    });
  }
  const allowed = options.allowedTypes ?? EVIDENCE_TYPES;
  const tempPath = path.join(options.tempDir, `upload-${randomUUID()}`);
  const file = await open(tempPath, 'wx+', 0o600);
  let kept = false;
  try {
    const hash = createHash('sha256');
    const head = new Uint8Array(HEAD_BYTES);
    let headLength = 0;
    let size = 0;
    let verdict: Verdict | undefined;
    let text: TextCheck | undefined;
    try {
      for await (const chunk of byteChunks(source)) {
        if (size + chunk.byteLength > maxBytes) throw uploadTooLarge(maxBytes);
        let checked = 0;
        if (verdict === undefined) {
          checked = Math.min(chunk.byteLength, HEAD_BYTES - headLength);
          head.set(chunk.subarray(0, checked), headLength);
          headLength += checked;
          if (headLength === HEAD_BYTES) {
            verdict = judge(sniffContent(head), allowed);
            if (verdict === 'text/plain') text = startTextCheck(head, allowed);
          }
        }
        if (text && checked < chunk.byteLength && !text.push(chunk.subarray(checked))) throw uploadUnknownType(allowed);
        hash.update(chunk);
        await writeAll(file, chunk);
        size += chunk.byteLength;
      }
    } catch (error) {
      throw isAppError(error) ? error : uploadInterrupted(error);
    }
    if (size === 0) throw uploadEmpty();
    if (verdict === undefined) {
      verdict = judge(sniffContent(head.subarray(0, headLength)), allowed);
      if (verdict === 'text/plain') text = startTextCheck(head.subarray(0, headLength), allowed);
    }
    if (text && !text.end()) throw uploadUnknownType(allowed);
    let contentType: DetectedType;
    if (verdict === 'zip' || verdict === DOCX_TYPE || verdict === XLSX_TYPE) {
      // The local headers at the front can lie or stop early; the central directory is the list an unzip program trusts.
      const names = await readZipEntryNames(file, size);
      const settled = judge(names ? classifyZipEntries(names) : { kind: 'unknown' }, allowed);
      if (settled === 'zip') throw uploadUnknownType(allowed);
      contentType = settled;
    } else {
      contentType = verdict;
    }
    await file.sync();
    kept = true;
    return { tempPath, sha256: hash.digest('hex'), size, contentType };
  } finally {
    await file.close();
    if (!kept) await rm(tempPath, { force: true });
  }
}

/** A type the caller accepts, or `zip` when only the archive's entry list can tell. */
type Verdict = DetectedType | 'zip';

function judge(sniffed: Sniffed, allowed: readonly DetectedType[]): Verdict {
  switch (sniffed.kind) {
    case 'executable':
      throw uploadExecutable(sniffed.format);
    case 'unknown':
      throw uploadUnknownType(allowed);
    case 'zip':
      if (!allowed.includes(DOCX_TYPE) && !allowed.includes(XLSX_TYPE)) throw uploadTypeNotAllowed('application/zip', allowed);
      return 'zip';
    case 'type':
      if (!allowed.includes(sniffed.type)) throw uploadTypeNotAllowed(sniffed.type, allowed);
      return sniffed.type;
  }
}

async function* byteChunks(source: BlobSource): AsyncGenerator<Uint8Array> {
  const chunks: AsyncIterable<unknown> = source;
  for await (const chunk of chunks) {
    if (!(chunk instanceof Uint8Array)) {
      // A stream in text mode has already decoded the bytes, so its hash would not be the file's.
      throw new AppError('INTERNAL', {
        zh: '证据上传：数据流给出的是文本而不是字节（是否对其调用了 setEncoding？）。',
        en: 'Evidence upload: the stream yields text, not bytes (was setEncoding called on it?).',
      });
    }
    if (chunk.byteLength > 0) yield chunk;
  }
}

async function writeAll(file: FileHandle, chunk: Uint8Array): Promise<void> {
  for (let written = 0; written < chunk.byteLength; ) {
    const { bytesWritten } = await file.write(chunk, written, chunk.byteLength - written);
    written += bytesWritten;
  }
}

/** Plain text must be UTF-8 without control characters all the way through, not only in its head. */
class TextCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  push(bytes: Uint8Array): boolean {
    return !hasControlBytes(bytes) && this.decodes(() => this.decoder.decode(bytes, { stream: true }));
  }
  /** False when the text ends inside a multi-byte character. */
  end(): boolean {
    return this.decodes(() => this.decoder.decode());
  }
  private decodes(decode: () => string): boolean {
    try {
      decode();
      return true;
    } catch {
      return false;
    }
  }
}

function startTextCheck(head: Uint8Array, allowed: readonly DetectedType[]): TextCheck {
  const check = new TextCheck();
  if (!check.push(head)) throw uploadUnknownType(allowed);
  return check;
}
