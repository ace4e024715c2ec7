import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { ConfigIssue, ConfigIssueCode, LocalText } from './issues.ts';
import { lineStartsOf, positionAt } from './text-position.ts';

/** Larger files are refused before they are read: no configuration file comes anywhere near this. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ConfigText = { text: string } | { missing: true } | { issue: ConfigIssue };

/**
 * Reads a configuration file as UTF-8 text, refusing oversized files before reading them. File-system errors
 * become issues; only a missing file is reported apart, since some files are optional.
 */
export function readConfigText(file: string): ConfigText {
  const read = readBounded(file);
  if (!('bytes' in read)) return read;
  const text = decodeUtf8(read.bytes);
  if (text !== undefined) return { text };
  const lossy = new TextDecoder('utf-8').decode(read.bytes);
  const position = positionAt(lineStartsOf(lossy), Math.max(0, lossy.indexOf('\uFFFD')));
  return {
    issue: {
      file, ...position, pointer: '', code: 'FILE_NOT_UTF8',
      message: {
        zh: '文件编码应为 UTF-8，实际不是（可能是 GBK）；请在编辑器中另存为 UTF-8',
        en: 'expected UTF-8 text, found other bytes (perhaps GBK); save the file as UTF-8',
      },
    },
  };
}

function readBounded(file: string): { bytes: Buffer } | { missing: true } | { issue: ConfigIssue } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { missing: true };
    return { issue: fileIssue(file, 'FILE_UNREADABLE', unreadableMessage(error)) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      return {
        issue: fileIssue(file, 'FILE_UNREADABLE', {
          zh: '应为普通文件，实际为文件夹或特殊文件', en: 'expected a regular file, found a folder or special file',
        }),
      };
    }
    // The size is checked before reading so that a huge file never reaches memory.
    if (stat.size > MAX_FILE_BYTES) return { issue: tooLargeIssue(file, stat.size) };
    const bytes = readFileSync(fd);
    if (bytes.length > MAX_FILE_BYTES) return { issue: tooLargeIssue(file, bytes.length) };
    return { bytes };
  } catch (error) {
    return { issue: fileIssue(file, 'FILE_UNREADABLE', unreadableMessage(error)) };
  } finally {
    closeSync(fd);
  }
}

function decodeUtf8(bytes: Buffer): string | undefined {
  // isUtf8 accepts exactly what a fatal TextDecoder accepts, but a cold process spends tens of milliseconds setting
  // up the decoder, which is most of a fast start-up's budget for reading a large tenant.
  if (!isUtf8(bytes)) return undefined;
  const text = bytes.toString('utf8');
  // A leading byte-order mark, which Windows editors add and which JSON does not allow, is dropped.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

export function fileIssue(file: string, code: ConfigIssueCode, message: LocalText): ConfigIssue {
  return { file, line: 1, column: 1, pointer: '', code, message };
}

export function missingMessage(file: string): LocalText {
  return { zh: `应有文件 ${file}，实际找不到`, en: `expected the file ${file}, found nothing there` };
}

function unreadableMessage(error: unknown): LocalText {
  const reason = errorCode(error) ?? (error instanceof Error ? error.message : String(error));
  return { zh: `文件应可读取，实际无法读取（${reason}）`, en: `expected a readable file, found it unreadable (${reason})` };
}

function tooLargeIssue(file: string, size: number): ConfigIssue {
  const limit = BYTES.format(MAX_FILE_BYTES);
  const found = BYTES.format(size);
  return fileIssue(file, 'FILE_TOO_LARGE', {
    zh: `文件大小应不超过 5 MB（${limit} 字节），实际为 ${found} 字节`,
    en: `expected a file of at most 5 MB (${limit} bytes), found ${found} bytes`,
  });
}

// A fixed locale, so the message reads the same on every server.
const BYTES = new Intl.NumberFormat('en-US');
