import { AppError, type LocalText } from '@sanxiang/errors';
import { TYPE_LABELS, type DetectedType } from './detected-types.ts';

/**
 * Why an upload was refused, carried as `AppError.details` so a client can react without parsing text.
 * `@sanxiang/errors` has no code for "too large" or "unsupported type" yet, so these travel as BAD_INPUT.
 */
export type UploadRefusal =
  | { reason: 'TOO_LARGE'; limitBytes: number }
  | { reason: 'EMPTY' }
  | { reason: 'TYPE_NOT_ALLOWED'; detected: string; allowed: readonly DetectedType[] }
  | { reason: 'UNKNOWN_TYPE'; allowed: readonly DetectedType[] }
  | { reason: 'EXECUTABLE'; format: string }
  | { reason: 'INTERRUPTED' };

const UNITS = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];

/** "64 MiB", "1.5 GiB": the unit a person reads a limit in. */
export function describeBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : Number(value.toFixed(1))} ${UNITS[unit]}`;
}

const LABELS_BY_NAME: Readonly<Record<string, LocalText>> = TYPE_LABELS;

function labels(types: readonly string[]): LocalText {
  const known = types.map((type) => LABELS_BY_NAME[type] ?? { zh: type, en: type });
  return { zh: known.map((label) => label.zh).join('、'), en: known.map((label) => label.en).join(', ') };
}

function refusal(text: LocalText, details: UploadRefusal, cause?: unknown): AppError {
  return new AppError('BAD_INPUT', text, { details, cause });
}

export function uploadTooLarge(limitBytes: number): AppError {
  const limit = describeBytes(limitBytes);
  return refusal(
    {
      zh: `证据上传：文件超过本单位的大小上限 ${limit}（${limitBytes} 字节），已停止接收，未保存任何内容。请压缩或分段后重新上传，或请管理员调整上限。`,
      en: `Evidence upload: the file is larger than this organisation's limit of ${limit} (${limitBytes} bytes); receiving stopped and nothing was stored. Compress or split the file and upload it again, or ask an administrator to raise the limit.`,
    },
    { reason: 'TOO_LARGE', limitBytes },
  );
}

export function uploadEmpty(): AppError {
  return refusal(
    {
      zh: '证据上传：文件为空（0 字节），未保存。请确认文件完整后重新上传。',
      en: 'Evidence upload: the file is empty (0 bytes) and was not stored. Check that the file is complete and upload it again.',
    },
    { reason: 'EMPTY' },
  );
}

export function uploadTypeNotAllowed(detected: string, allowed: readonly DetectedType[]): AppError {
  const found = labels([detected]);
  const accepted = labels(allowed);
  return refusal(
    {
      zh: `证据上传：按文件内容识别为${found.zh}（${detected}），此处只接受：${accepted.zh}。文件名和声明的类型不作依据，未保存。请上传允许的格式。`,
      en: `Evidence upload: the content is a ${found.en} (${detected}), and only these are accepted here: ${accepted.en}. The file name and declared type do not count; nothing was stored. Upload one of the accepted formats.`,
    },
    { reason: 'TYPE_NOT_ALLOWED', detected, allowed },
  );
}

export function uploadUnknownType(allowed: readonly DetectedType[]): AppError {
  const accepted = labels(allowed);
  return refusal(
    {
      zh: `证据上传：无法从文件内容识别出允许的格式（文件名和声明的类型不作依据），未保存。允许的格式：${accepted.zh}。请将文件另存为其中一种后重新上传。`,
      en: `Evidence upload: the content is not a recognised format (the file name and declared type do not count), so nothing was stored. Accepted formats: ${accepted.en}. Save the file as one of them and upload it again.`,
    },
    { reason: 'UNKNOWN_TYPE', allowed },
  );
}

export function uploadExecutable(format: string): AppError {
  return refusal(
    {
      zh: `证据上传：文件内容是可执行程序或脚本（${format}），出于安全原因拒绝保存。请只上传照片、音视频或文档。`,
      en: `Evidence upload: the content is a program or script (${format}) and is refused for safety; nothing was stored. Upload only photos, audio, video or documents.`,
    },
    { reason: 'EXECUTABLE', format },
  );
}

export function uploadInterrupted(cause: unknown): AppError {
  return refusal(
    {
      zh: '证据上传：接收过程中数据流中断，未保存任何内容。请重新上传。',
      en: 'Evidence upload: the data stream broke off while it was being received; nothing was stored. Upload the file again.',
    },
    { reason: 'INTERRUPTED' },
    cause,
  );
}
