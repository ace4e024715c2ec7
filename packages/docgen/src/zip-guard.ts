import { Inflate } from 'fflate';
import type { LocalText } from '@sanxiang/errors';

/** Caps on an uploaded .docx, checked before anything is inflated. */
export interface ZipLimits {
  maxCompressedBytes: number;
  maxEntries: number;
  maxTotalUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio for one entry bigger than `ratioFloorBytes`. */
  maxEntryRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxCompressedBytes: 10 * 1024 * 1024,
  maxEntries: 500,
  maxTotalUncompressedBytes: 50 * 1024 * 1024,
  // Word's XML compresses 5 to 30 times; a run of identical bytes compresses about 1,000 times.
  maxEntryRatio: 200,
  ratioFloorBytes: 1024 * 1024,
});

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  dataOffset: number;
}

export type ZipResult<T> = { ok: true; value: T } | { ok: false; problem: LocalText };

const MB = 1024 * 1024;
// Small pushes bound what one push can expand to (about 1,000 × the chunk) when an entry lies about its size.
const INFLATE_CHUNK = 16 * 1024;

const refuse = (zh: string, en: string): { ok: false; problem: LocalText } => ({ ok: false, problem: { zh, en } });
const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const utf8 = new TextDecoder('utf-8');
// Byte for character, exactly as fflate reads a name without the UTF-8 flag.
const latin1 = (b: Uint8Array): string => Array.from(b, (c) => String.fromCharCode(c)).join('');

function endOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (u32(bytes, at) === 0x06054b50) return at;
  }
  return -1;
}

/**
 * Reads sizes from the central directory only, the way an unzip filter sees them, and applies every cap before
 * a single byte is inflated. Names are decoded as fflate decodes them, so both agree on what an entry is called.
 */
export function listZipEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipResult<ZipEntryInfo[]> {
  if (bytes.length > limits.maxCompressedBytes) {
    return refuse(`文件大小 ${(bytes.length / MB).toFixed(1)} MB，超过上限 ${limits.maxCompressedBytes / MB} MB。`,
      `The file is ${(bytes.length / MB).toFixed(1)} MB, above the ${limits.maxCompressedBytes / MB} MB limit.`);
  }
  const end = endOfCentralDirectory(bytes);
  if (end < 0) return refuse('文件不是有效的 .docx（ZIP）文件。', 'The file is not a valid .docx (ZIP) file.');
  const count = u16(bytes, end + 10);
  const directoryOffset = u32(bytes, end + 16);
  if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 8) !== count || count === 0xffff || directoryOffset === 0xffffffff) {
    return refuse('不支持分卷或 ZIP64 格式的文件。', 'Split or ZIP64 archives are not accepted.');
  }
  if (count > limits.maxEntries) {
    return refuse(`文件包含 ${count} 个条目，超过上限 ${limits.maxEntries}。`, `The file has ${count} entries, above the limit of ${limits.maxEntries}.`);
  }
  const entries: ZipEntryInfo[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return refuse('ZIP 目录已损坏。', 'The ZIP directory is damaged.');
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const localOffset = u32(bytes, at + 42);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = flags & 0x800 ? utf8.decode(rawName) : latin1(rawName);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (flags & 1) return refuse(`条目 ${name} 已加密。`, `The entry ${name} is encrypted.`);
    if (method !== 0 && method !== 8) return refuse(`条目 ${name} 使用了不支持的压缩方式。`, `The entry ${name} uses an unsupported compression method.`);
    if (names.has(name)) return refuse(`条目 ${name} 重复出现。`, `The entry ${name} appears twice.`);
    names.add(name);
    total += size;
    if (total > limits.maxTotalUncompressedBytes) {
      return refuse(`解压后总大小超过上限 ${limits.maxTotalUncompressedBytes / MB} MB（疑似压缩炸弹），已拒绝，未解压。`,
        `The uncompressed contents exceed ${limits.maxTotalUncompressedBytes / MB} MB (a likely zip bomb); refused without inflating.`);
    }
    if (size > limits.ratioFloorBytes && size / Math.max(1, compressedSize) > limits.maxEntryRatio) {
      return refuse(`条目 ${name} 的压缩比超过 ${limits.maxEntryRatio}:1（疑似压缩炸弹），已拒绝，未解压。`,
        `The entry ${name} expands more than ${limits.maxEntryRatio}:1 (a likely zip bomb); refused without inflating.`);
    }
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== 0x04034b50) return refuse(`条目 ${name} 的数据位置无效。`, `The entry ${name} points outside the file.`);
    const dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataOffset + compressedSize > bytes.length) return refuse(`条目 ${name} 的数据不完整。`, `The entry ${name} is truncated.`);
    if (method === 0 && compressedSize !== size) return refuse(`条目 ${name} 的大小不一致。`, `The entry ${name} has inconsistent sizes.`);
    entries.push({ name, method, compressedSize, size, dataOffset });
  }
  return { ok: true, value: entries };
}

/** Inflates one entry, stopping as soon as it produces more than it declared. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntryInfo): ZipResult<Uint8Array> {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return { ok: true, value: data };
  const out = new Uint8Array(entry.size);
  let written = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) {
      overflow = true;
      throw new RangeError('entry larger than declared');
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let i = 0; i < data.length; i += INFLATE_CHUNK) inflater.push(data.subarray(i, i + INFLATE_CHUNK), i + INFLATE_CHUNK >= data.length);
  } catch {
    return overflow
      ? refuse(`条目 ${entry.name} 解压后大于其声明的大小（伪造的 ZIP 目录，疑似压缩炸弹），已停止解压。`,
        `The entry ${entry.name} inflates beyond its declared size (a forged ZIP directory, a likely zip bomb); inflation stopped.`)
      : refuse(`条目 ${entry.name} 的压缩数据已损坏。`, `The compressed data of ${entry.name} is damaged.`);
  }
  if (written !== entry.size) return refuse(`条目 ${entry.name} 的大小与声明不符。`, `The entry ${entry.name} does not match its declared size.`);
  return { ok: true, value: out };
}

/**
 * Every entry, inflated under the caps. Afterwards each entry is known to be exactly as large as the directory says,
 * which is what lets the render worker trust the directory when it unzips the same bytes.
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipResult<Map<string, Uint8Array>> {
  const listed = listZipEntries(bytes, limits);
  if (!listed.ok) return listed;
  const files = new Map<string, Uint8Array>();
  for (const entry of listed.value) {
    const inflated = inflateEntry(bytes, entry);
    if (!inflated.ok) return inflated;
    files.set(entry.name, inflated.value);
  }
  return { ok: true, value: files };
}
