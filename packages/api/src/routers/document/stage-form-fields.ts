import type { DocumentDataByKind, DocumentKind, EvidenceItem } from '@sanxiang/docgen';
import type { LocalText } from '@sanxiang/errors';
import { dayOf, timeOf } from './document-source.ts';

// Which stage form fills which part of a document (rulesets/national/forms/*.schema.json → @sanxiang/docgen's
// document-data.ts). The officer types a value once, in the form of the stage where it happens; the document takes it
// from there and falls back to the case particulars and the recorded steps only for what the form leaves empty.
// One table per document kind, so adding a field is a line of data, not a branch.

type Leaf<T> = T extends readonly unknown[] ? true : T extends object ? false : true;
/** Every dotted path into a kind's data ("party.name", "reasons.evidence", "items"). */
type DataPath<T> = {
  [P in keyof T & string]: P | (Leaf<NonNullable<T[P]>> extends true ? never : `${P}.${DataPath<NonNullable<T[P]>>}`);
}[keyof T & string];

type FormData = Record<string, unknown>;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const instant = (value: unknown): Date | undefined => {
  const raw = text(value);
  const parsed = raw === undefined ? Number.NaN : Date.parse(raw);
  return Number.isNaN(parsed) ? undefined : new Date(parsed);
};
const rows = (value: unknown): FormData[] => (Array.isArray(value) ? value.filter((row): row is FormData => !!row && typeof row === 'object' && !Array.isArray(row)) : []);
const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);
/** A date-time field's Beijing calendar day, or a date field as it is. */
function day(value: unknown): string | undefined {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const at = instant(value);
  return at ? dayOf(at) : undefined;
}
function time(value: unknown): string | undefined {
  const at = instant(value);
  return at ? timeOf(at) : undefined;
}
const named = (names: Record<string, string>) => (value: unknown) => (typeof value === 'string' ? names[value] : undefined);

/**
 * How a form value becomes document data. Each returns undefined for an empty or unusable value, and the document
 * then keeps what the case particulars give. The enum texts are the forms' own titles (the *.ui.json labels).
 */
const CONVERT = {
  text,
  number: (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined),
  boolean: (value: unknown) => (typeof value === 'boolean' ? value : undefined),
  day,
  time,
  list: (value: unknown) => (Array.isArray(value) ? nonEmpty(value.map(text).filter((each): each is string => !!each)) : (s => s && [s])(text(value))),
  officers: (value: unknown) => nonEmpty(rows(value).flatMap((row) => (text(row.name) ? [{ name: text(row.name)!, certificateNumber: text(row.certificateNumber) ?? '' }] : []))),
  /** A free-text evidence field, one item per line or per "；". */
  evidence: (value: unknown): EvidenceItem[] | undefined =>
    nonEmpty((text(value) ?? '').split(/\n|；|;/).map((line) => line.trim()).filter(Boolean).map((name) => ({ name, description: '' }))),
  exchanges: (value: unknown) => nonEmpty(rows(value).flatMap((row) => (text(row.question) ? [{ question: text(row.question)!, answer: text(row.answer) ?? '' }] : []))),
  seizedItems: (value: unknown) => nonEmpty(rows(value).flatMap((row) => (text(row.name) ? [{ name: text(row.name)!, quantity: typeof row.quantity === 'number' ? row.quantity : '', unit: text(row.unit) ?? '' }] : []))),
  inventory: (value: unknown) => nonEmpty(rows(value).flatMap((row) => (text(row.name)
    ? [{
      name: text(row.name)!, quantity: typeof row.quantity === 'number' ? row.quantity : '', unit: text(row.unit) ?? '',
      specification: text(row.specification) ?? '', condition: text(row.condition) ?? '', note: text(row.storage) ? `存放于${text(row.storage)}` : '',
    }]
    : []))),
  /** 行政强制法 第二十五条: the period runs from the day after the seizure (民法典 第二百零一条). */
  seizureEnd: (value: unknown, form: FormData) => {
    const from = day(value);
    const days = typeof form.periodDays === 'number' ? form.periodDays : undefined;
    return from && days ? new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10) : undefined;
  },
  measure: named({ SEAL: '查封', DETAIN: '扣押' }),
  gender: named({ MALE: '男', FEMALE: '女' }),
  caseSource: (value: unknown, form: FormData) => {
    const source = named({ INSPECTION: '监督检查', COMPLAINT: '投诉、举报', ASSIGNED: '上级交办', TRANSFERRED: '有关部门移送', OTHER: '其他' })(value);
    const detail = text(form.sourceDetail);
    return source && detail ? `${source}（${detail}）` : source ?? detail;
  },
  deliveryMethod: named({ IN_PERSON: '直接送达', LEAVING: '留置送达', POST: '邮寄送达', NOTICE: '公告送达', ELECTRONIC: '电子送达' }),
  reviewGrounds: (value: unknown) => (Array.isArray(value) ? nonEmpty(value.map(named({
    MAJOR_PUBLIC_INTEREST: '涉及重大公共利益', HEARING_HELD: '经过听证程序', COMPLEX: '案件情况疑难复杂、涉及多个法律关系',
    STATUTORY: '法律、法规规定应当进行法制审核', SOCIAL_RISK: '可能造成重大社会影响或者引发社会风险', CATALOGUE: '列入重大执法决定法制审核目录',
  })).filter((each): each is string => !!each)) : undefined),
} satisfies Record<string, (value: unknown, form: FormData) => unknown>;

export interface FieldSource {
  /** The form field (top level; nested fields as "interviewee.name"). */
  field: string;
  as?: keyof typeof CONVERT;
  /**
   * Only when the case record itself holds nothing for this part: values a step fixes in the record (the decision's
   * number once the head decides) outrank what was typed into the draft.
   */
  fallback?: true;
}

export interface StageFormSource<K extends DocumentKind> {
  form: string;
  formName: LocalText;
  fields: Partial<Record<DataPath<DocumentDataByKind[K]>, FieldSource>>;
}

const f = (field: string, as?: keyof typeof CONVERT, fallback?: true): FieldSource => ({ field, ...(as ? { as } : {}), ...(fallback ? { fallback } : {}) });

const ON_SITE = { zh: '现场检查笔录', en: 'on-site inspection record' };

export const STAGE_FORM_SOURCES: { [K in DocumentKind]?: StageFormSource<K> } = {
  CASE_FILING_APPROVAL: {
    form: 'filing-approval', formName: { zh: '立案审批', en: 'case filing approval' },
    fields: {
      caseCause: f('caseName'), source: f('caseSource', 'caseSource'), discoveredDate: f('discoveredAt', 'day'),
      'party.name': f('partyName'), 'party.idNumber': f('partyIdNumber'), 'party.address': f('partyAddress'), 'party.legalRepresentative': f('legalRepresentative'),
      summary: f('suspectedViolation'), suspectedViolation: f('filingBasis'), officers: f('handlingOfficers', 'officers'), handlerOpinion: f('unitOpinion'),
    },
  },
  INSPECTION_RECORD: {
    form: 'on-site-record', formName: ON_SITE,
    fields: {
      date: f('startedAt', 'day'), startTime: f('startedAt', 'time'), endTime: f('endedAt', 'time'), place: f('place'),
      'party.name': f('partyName'), 'party.address': f('partyAddress'), 'onSite.name': f('personPresent'), 'onSite.position': f('personPresentRole'),
      officers: f('officers', 'officers'), recorder: f('recorder'), findings: f('findings'), avRecord: f('avRecordId'),
    },
  },
  INQUIRY_RECORD: {
    form: 'inquiry-record', formName: { zh: '询问笔录', en: 'inquiry record' },
    fields: {
      date: f('startedAt', 'day'), startTime: f('startedAt', 'time'), endTime: f('endedAt', 'time'), place: f('place'),
      officers: f('officers', 'officers'), recorder: f('recorder'),
      'interviewee.name': f('interviewee.name'), 'interviewee.gender': f('interviewee.gender', 'gender'), 'interviewee.idNumber': f('interviewee.idNumber'),
      'interviewee.address': f('interviewee.workplaceOrAddress'), 'interviewee.phone': f('interviewee.phone'),
      exchanges: f('questionsAndAnswers', 'exchanges'),
    },
  },
  PENALTY_NOTICE: {
    form: 'penalty-notice', formName: { zh: '行政处罚事先告知', en: 'advance notice of penalty' },
    fields: {
      'agency.name': f('agency'), documentNumber: f('documentNumber'), 'party.name': f('partyName'), 'party.address': f('partyAddress'),
      facts: f('facts'), evidence: f('evidence', 'evidence'), penaltyBasis: f('legalBasis'),
      'intendedPenalty.description': f('intendedPenalty'), 'intendedPenalty.fineAmount': f('intendedFine', 'number'),
      'hearing.applicable': f('hearingRight', 'boolean'), date: f('notifiedAt', 'day'),
    },
  },
  HEARING_NOTICE: {
    form: 'hearing-right-notice', formName: { zh: '听证告知', en: 'hearing-right notice' },
    fields: {
      'agency.name': f('agency'), documentNumber: f('documentNumber'), 'party.name': f('partyName'), 'party.address': f('partyAddress'),
      'intendedPenalty.description': f('intendedPenalty'), date: f('notifiedAt', 'day'),
    },
  },
  REVIEW_SUBMISSION: {
    form: 'legal-review-submission', formName: { zh: '法制审核送审', en: 'legal review submission' },
    fields: {
      caseName: f('caseName'), 'party.name': f('partyName'), handlingUnit: f('handlingUnit'), officers: f('officers', 'officers'),
      reviewTriggers: f('reviewGrounds', 'reviewGrounds'), caseSummary: f('facts'), legalBasis: f('legalBasis'), proposedDecision: f('intendedDecision'),
      materials: f('materials', 'list'), handlingUnitOpinion: f('unitHeadOpinion'), submittedDate: f('submittedAt', 'day'),
    },
  },
  PENALTY_DECISION: {
    form: 'penalty-decision', formName: { zh: '行政处罚决定', en: 'penalty decision' },
    fields: {
      'agency.name': f('agency'), documentNumber: f('documentNumber', 'text', true),
      'party.name': f('partyName'), 'party.address': f('partyAddress'), 'party.idNumber': f('partyIdNumber'),
      facts: f('facts'), evidence: f('evidence', 'evidence'), 'reasons.evidence': f('reasoningEvidence'), 'reasons.basis': f('reasoningBasis'),
      'reasons.discretion': f('reasoningDiscretion'), penaltyBasis: f('legalBasis'), 'penalty.types': f('penalty', 'list'),
      'penalty.fineAmount': f('fineAmount', 'number', true), 'penalty.compliance': f('performance'),
    },
  },
  DELIVERY_RECEIPT: {
    form: 'delivery-record', formName: { zh: '送达记录', en: 'delivery record' },
    fields: {
      recipient: f('recipient'), method: f('method', 'deliveryMethod'), deliveredDate: f('deliveredAt', 'day'), deliveredTime: f('deliveredAt', 'time'),
      address: f('place'), deliverers: f('deliveredBy', 'list'), note: f('refusalNote'),
    },
  },
  SEIZURE_DECISION: {
    form: 'seizure-record', formName: { zh: '查封扣押现场笔录', en: 'seizure record' },
    fields: {
      documentNumber: f('decisionNumber'), measure: f('measure', 'measure'), items: f('inventory', 'seizedItems'), place: f('place'),
      'period.from': f('startedAt', 'day'), 'period.to': f('startedAt', 'seizureEnd'), 'period.days': f('periodDays', 'number'), date: f('startedAt', 'day'),
    },
  },
  SEIZURE_INVENTORY: {
    form: 'seizure-record', formName: { zh: '查封扣押现场笔录', en: 'seizure record' },
    fields: {
      decisionNumber: f('decisionNumber'), 'party.name': f('partyName'), place: f('place'), items: f('inventory', 'inventory'),
      officers: f('officers', 'officers'), witness: f('witness'), date: f('startedAt', 'day'),
    },
  },
};

function readField(form: FormData, field: string): unknown {
  let value: unknown = form;
  for (const segment of field.split('.')) {
    value = value && typeof value === 'object' && !Array.isArray(value) ? (value as FormData)[segment] : undefined;
  }
  return value;
}

function writePath(target: object, path: string, value: unknown): void {
  const segments = path.split('.');
  let node = target as Record<string, unknown>;
  for (const segment of segments.slice(0, -1)) {
    const next = node[segment];
    // A copy, so an object the assembler shares between two places (the party, say) is never changed behind its back.
    node[segment] = next && typeof next === 'object' && !Array.isArray(next) ? { ...(next as Record<string, unknown>) } : {};
    node = node[segment] as Record<string, unknown>;
  }
  node[segments.at(-1)!] = value;
}

/**
 * Puts the stage form's values into a kind's data. `lacking(path)` says whether the case record had nothing there
 * (the assembler noted it missing); fallback fields are filled only then. Returns the paths filled.
 */
export function fillFromStageForm<K extends DocumentKind>(
  kind: K, data: DocumentDataByKind[K], forms: Record<string, FormData>, lacking: (path: string) => boolean,
): { data: DocumentDataByKind[K]; filled: string[] } {
  const source = STAGE_FORM_SOURCES[kind] as StageFormSource<K> | undefined;
  const form = source ? forms[source.form] : undefined;
  if (!source || !form) return { data, filled: [] };
  const result: DocumentDataByKind[K] = { ...data };
  const filled: string[] = [];
  for (const [path, spec] of Object.entries(source.fields) as Array<[string, FieldSource]>) {
    if (spec.fallback && !lacking(path)) continue;
    const value = CONVERT[spec.as ?? 'text'](readField(form, spec.field), form);
    if (value === undefined) continue;
    writePath(result, path, value);
    filled.push(path);
  }
  return { data: result, filled };
}

/** The form a kind of document reads, for telling the officer where to enter what it lacks. */
export const stageFormOf = (kind: DocumentKind): LocalText | null => STAGE_FORM_SOURCES[kind]?.formName ?? null;
