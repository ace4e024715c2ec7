import { AppError, type LocalText } from '@sanxiang/errors';

/**
 * What an upload says about the recording, sent as query parameters beside the raw file body (see
 * apps/server/src/upload-route.ts): the body stays a plain byte stream that XMLHttpRequest can send with progress
 * events, and UTF-8 text such as a place name survives percent-encoding where HTTP headers would mangle it.
 * The officer is not a parameter: it is the person signed in, whose certificate must cover the act.
 */
export interface EvidenceUploadMetadata {
  actionId: string;
  deviceId: string;
  certificateNumber: string;
  startedAt: Date;
  endedAt: Date;
  place: string;
  fileName?: string | undefined;
  objectKey?: string | undefined;
  correctsId?: string | undefined;
}

type FieldName = keyof EvidenceUploadMetadata;

interface FieldSpec {
  label: LocalText;
  required: boolean;
  maxLength: number;
  kind: 'text' | 'id' | 'instant';
}

/** The metadata the whole-process recording keeps (国办发〔2018〕118号; DOMAIN.md "recording rules"). */
export const UPLOAD_FIELDS: Readonly<Record<FieldName, FieldSpec>> = {
  actionId: { label: { zh: '所记录的执法行为', en: 'enforcement action recorded' }, required: true, maxLength: 64, kind: 'id' },
  deviceId: { label: { zh: '记录设备编号', en: 'device id' }, required: true, maxLength: 100, kind: 'text' },
  certificateNumber: { label: { zh: '执法证号', en: 'certificate number' }, required: true, maxLength: 64, kind: 'text' },
  startedAt: { label: { zh: '开始时间', en: 'start time' }, required: true, maxLength: 40, kind: 'instant' },
  endedAt: { label: { zh: '结束时间', en: 'end time' }, required: true, maxLength: 40, kind: 'instant' },
  place: { label: { zh: '地点', en: 'place' }, required: true, maxLength: 200, kind: 'text' },
  fileName: { label: { zh: '文件名', en: 'file name' }, required: false, maxLength: 255, kind: 'text' },
  objectKey: { label: { zh: '执法对象标识', en: 'enforcement object key' }, required: false, maxLength: 128, kind: 'text' },
  correctsId: { label: { zh: '被更正的记录', en: 'record corrected' }, required: false, maxLength: 64, kind: 'id' },
};

const FIELD_NAMES = Object.keys(UPLOAD_FIELDS) as FieldName[];
// An instant must carry its offset: "10:00" alone is a different moment in Urumqi's local habit and on the server.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const ID = /^[A-Za-z0-9_-]+$/;
// C0 controls and DEL: a file name or place with them could forge lines in a log or a Content-Disposition header.
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Device clocks drift; a recording may claim to end a little after the server's now, never long after. */
const CLOCK_SKEW_MS = 10 * 60 * 1000;

export interface FieldProblem {
  field: string;
  problem: 'MISSING' | 'INVALID' | 'UNKNOWN' | 'REPEATED';
  message: LocalText;
}

function fieldText(name: string): LocalText {
  const spec = UPLOAD_FIELDS[name as FieldName];
  return spec ? { zh: `${spec.label.zh}（${name}）`, en: `${spec.label.en} (${name})` } : { zh: name, en: name };
}

/** Everything wrong with the metadata at once, each naming its field, so one round trip fixes the form. */
function refusal(problems: FieldProblem[]): AppError {
  return new AppError('BAD_INPUT', {
    zh: `证据上传：元数据有误，未接收文件。${problems.map((problem) => problem.message.zh).join('；')}。`,
    en: `Evidence upload: the metadata is not right, so the file was not received. ${problems.map((problem) => problem.message.en).join('; ')}.`,
  }, { details: { field: problems[0]!.field, problems } });
}

/** The file's own name, without any folder a browser or a path might carry, and never empty. */
function baseName(value: string): string {
  return value.split(/[\\/]/).pop()!.trim();
}

/**
 * Checks the query of an upload. Unknown parameters are refused too: a misspelt `deviceID` would otherwise store a
 * record without its device, which the recording rules require.
 */
export function parseUploadMetadata(query: Readonly<Record<string, unknown>>, now: Date): EvidenceUploadMetadata {
  const problems: FieldProblem[] = [];
  const values: Partial<Record<FieldName, string>> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (!FIELD_NAMES.includes(name as FieldName)) {
      problems.push({ field: name, problem: 'UNKNOWN', message: { zh: `不认识的参数“${name.slice(0, 40)}”（可用：${FIELD_NAMES.join('、')}）`, en: `unknown parameter "${name.slice(0, 40)}" (known: ${FIELD_NAMES.join(', ')})` } });
      continue;
    }
    if (typeof raw !== 'string') {
      problems.push({ field: name, problem: 'REPEATED', message: { zh: `${fieldText(name).zh}只能给一次`, en: `${fieldText(name).en} may be given only once` } });
      continue;
    }
    values[name as FieldName] = name === 'fileName' ? baseName(raw) : raw.trim();
  }
  for (const name of FIELD_NAMES) {
    const spec = UPLOAD_FIELDS[name];
    const value = values[name];
    const label = fieldText(name);
    if (value === undefined || value === '') {
      if (spec.required && !problems.some((problem) => problem.field === name)) {
        problems.push({ field: name, problem: 'MISSING', message: { zh: `缺少${label.zh}`, en: `${label.en} is missing` } });
      }
      delete values[name];
      continue;
    }
    const invalid = (why: LocalText) => problems.push({ field: name, problem: 'INVALID', message: { zh: `${label.zh}${why.zh}`, en: `${label.en} ${why.en}` } });
    if (value.length > spec.maxLength) invalid({ zh: `超过 ${spec.maxLength} 个字符`, en: `is longer than ${spec.maxLength} characters` });
    else if (CONTROL.test(value)) invalid({ zh: '含有控制字符', en: 'contains control characters' });
    else if (spec.kind === 'id' && !ID.test(value)) invalid({ zh: '不是有效的记录标识', en: 'is not a valid record id' });
    else if (spec.kind === 'instant' && (!INSTANT.test(value) || Number.isNaN(Date.parse(value)))) {
      invalid({ zh: '应为带时区的 ISO 8601 时间，如 2025-09-02T10:00:00+08:00', en: 'must be an ISO 8601 time with its offset, e.g. 2025-09-02T10:00:00+08:00' });
    }
  }
  const startedAt = values.startedAt && !problems.some((problem) => problem.field === 'startedAt') ? new Date(values.startedAt) : undefined;
  const endedAt = values.endedAt && !problems.some((problem) => problem.field === 'endedAt') ? new Date(values.endedAt) : undefined;
  if (startedAt && endedAt && endedAt < startedAt) {
    problems.push({ field: 'endedAt', problem: 'INVALID', message: { zh: '结束时间（endedAt）早于开始时间（startedAt）', en: 'the end time (endedAt) is before the start time (startedAt)' } });
  }
  const latest = now.getTime() + CLOCK_SKEW_MS;
  for (const [field, instant] of [['startedAt', startedAt], ['endedAt', endedAt]] as const) {
    if (instant && instant.getTime() > latest) {
      problems.push({ field, problem: 'INVALID', message: { zh: `${fieldText(field).zh}晚于当前时间，记录不能发生在未来`, en: `${fieldText(field).en} is in the future, and a recording cannot be` } });
    }
  }
  if (problems.length > 0) throw refusal(problems);
  return {
    actionId: values.actionId!,
    deviceId: values.deviceId!,
    certificateNumber: values.certificateNumber!,
    startedAt: startedAt!,
    endedAt: endedAt!,
    place: values.place!,
    fileName: values.fileName,
    objectKey: values.objectKey,
    correctsId: values.correctsId,
  };
}
