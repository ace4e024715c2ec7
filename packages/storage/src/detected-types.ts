import type { LocalText } from '@sanxiang/errors';

/** Every type an upload can be recognised as, named by its media type (what `EvidenceRecord.mediaType` holds). */
export const DETECTED_TYPES = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/heic',
  'video/mp4',
  'video/quicktime',
  'video/3gpp',
  'video/x-msvideo',
  'audio/mpeg',
  'audio/mp4',
  'audio/wav',
  'audio/amr',
  'audio/amr-wb',
  'audio/ogg',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain',
] as const;
export type DetectedType = (typeof DETECTED_TYPES)[number];

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' satisfies DetectedType;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' satisfies DetectedType;

/**
 * What `put` accepts when the caller names no types: every evidence format except plain text. Text is opt-in because
 * markup and scripts are text too, and a reviewer's browser should never be handed one by default.
 */
export const EVIDENCE_TYPES: readonly DetectedType[] = Object.freeze(DETECTED_TYPES.filter((type) => type !== 'text/plain'));

/** Names a person recognises, for the messages that refuse an upload. */
export const TYPE_LABELS: Readonly<Record<DetectedType, LocalText>> = {
  'image/jpeg': { zh: 'JPEG 图片', en: 'JPEG image' },
  'image/png': { zh: 'PNG 图片', en: 'PNG image' },
  'image/gif': { zh: 'GIF 图片', en: 'GIF image' },
  'image/webp': { zh: 'WebP 图片', en: 'WebP image' },
  'image/heic': { zh: 'HEIC 图片', en: 'HEIC image' },
  'video/mp4': { zh: 'MP4 视频', en: 'MP4 video' },
  'video/quicktime': { zh: 'MOV 视频', en: 'MOV video' },
  'video/3gpp': { zh: '3GP 视频', en: '3GP video' },
  'video/x-msvideo': { zh: 'AVI 视频', en: 'AVI video' },
  'audio/mpeg': { zh: 'MP3 音频', en: 'MP3 audio' },
  'audio/mp4': { zh: 'M4A 音频', en: 'M4A audio' },
  'audio/wav': { zh: 'WAV 音频', en: 'WAV audio' },
  'audio/amr': { zh: 'AMR 音频', en: 'AMR audio' },
  'audio/amr-wb': { zh: 'AMR-WB 音频', en: 'AMR-WB audio' },
  'audio/ogg': { zh: 'Ogg 音频', en: 'Ogg audio' },
  'application/pdf': { zh: 'PDF 文档', en: 'PDF document' },
  [DOCX_TYPE]: { zh: 'Word 文档（.docx）', en: 'Word document (.docx)' },
  [XLSX_TYPE]: { zh: 'Excel 表格（.xlsx）', en: 'Excel workbook (.xlsx)' },
  'text/plain': { zh: 'UTF-8 纯文本', en: 'UTF-8 plain text' },
};
