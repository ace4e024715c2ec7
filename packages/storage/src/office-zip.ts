import type { FileHandle } from 'node:fs/promises';
import { DOCX_TYPE, XLSX_TYPE, type DetectedType } from './detected-types.ts';

/** What a zip archive's entry names make it: a Word or Excel document, a program, or nothing we accept. */
export type ZipVerdict = { kind: 'type'; type: DetectedType } | { kind: 'executable'; format: string } | { kind: 'unknown' };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
// The end record is 22 bytes plus a comment of at most 65,535 bytes.
const END_SEARCH_BYTES = 22 + 0xffff;
// An Office document lists tens to a few thousand entries; a bigger directory is not one, and is not read into memory.
const MAX_CENTRAL_DIRECTORY_BYTES = 4 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

const PROGRAM_ENTRY = /\.(exe|dll|com|scr|msi|bat|cmd|ps1|vbs|vbe|js|jse|wsf|hta|sh|jar|apk|dex|so|dylib)$/i;

const u16 = (bytes: Uint8Array, at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number): number => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
const entryName = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

export function classifyZipEntries(names: readonly string[]): ZipVerdict {
  const has = (name: string): boolean => names.includes(name);
  if (has('META-INF/MANIFEST.MF')) return { kind: 'executable', format: 'Java archive (JAR)' };
  if (has('AndroidManifest.xml') || has('classes.dex')) return { kind: 'executable', format: 'Android package (APK)' };
  // Macro projects are what make .docm/.xlsm dangerous; a renamed one is still refused.
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) return { kind: 'executable', format: 'Office macros (vbaProject.bin)' };
  const program = names.find((name) => PROGRAM_ENTRY.test(name));
  if (program) return { kind: 'executable', format: `archive with a program (${program.slice(0, 80)})` };
  if (!has('[Content_Types].xml')) return { kind: 'unknown' };
  const word = names.some((name) => name.startsWith('word/'));
  const excel = names.some((name) => name.startsWith('xl/'));
  if (word && !excel) return { kind: 'type', type: DOCX_TYPE };
  if (excel && !word) return { kind: 'type', type: XLSX_TYPE };
  return { kind: 'unknown' };
}

/**
 * Names of the entries whose local headers lie wholly inside the head. Walking stops at an entry that defers its
 * sizes to a data descriptor, since the next header cannot be found without inflating.
 */
export function zipEntryNamesInHead(head: Uint8Array): string[] {
  const names: string[] = [];
  let offset = 0;
  while (offset + 30 <= head.length && u32(head, offset) === LOCAL_HEADER && names.length < 256) {
    const nameLength = u16(head, offset + 26);
    const nameEnd = offset + 30 + nameLength;
    if (nameEnd > head.length) break;
    names.push(entryName(head.subarray(offset + 30, nameEnd)));
    if (u16(head, offset + 6) & 0x08) break;
    offset = nameEnd + u16(head, offset + 28) + u32(head, offset + 18);
  }
  return names;
}

/**
 * Entry names from the archive's central directory, read from the end of the stored file: the list an unzip
 * program trusts. Undefined when the archive is malformed, Zip64, or larger than an Office document's directory.
 */
export async function readZipEntryNames(file: FileHandle, size: number): Promise<string[] | undefined> {
  const tailLength = Math.min(size, END_SEARCH_BYTES);
  const tail = await readAt(file, size - tailLength, tailLength);
  let end = -1;
  for (let at = tail.length - 22; at >= 0; at -= 1) {
    if (u32(tail, at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = u16(tail, end + 10);
  const directorySize = u32(tail, end + 12);
  const directoryOffset = u32(tail, end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff || count > MAX_ENTRIES) return undefined;
  if (directorySize > MAX_CENTRAL_DIRECTORY_BYTES || directoryOffset + directorySize > size) return undefined;
  const directory = await readAt(file, directoryOffset, directorySize);
  const names: string[] = [];
  for (let offset = 0; names.length < count; ) {
    if (offset + 46 > directory.length || u32(directory, offset) !== CENTRAL_HEADER) return undefined;
    const nameLength = u16(directory, offset + 28);
    const nameEnd = offset + 46 + nameLength;
    if (nameEnd > directory.length) return undefined;
    names.push(entryName(directory.subarray(offset + 46, nameEnd)));
    offset = nameEnd + u16(directory, offset + 30) + u16(directory, offset + 32);
  }
  return names;
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await file.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}
