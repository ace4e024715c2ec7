import type { AppAbility } from '@sanxiang/authz';
import type { Prisma, TenantScopedClient } from '@sanxiang/db';
import type { DocumentDataByKind, DocumentKind, EvidenceItem, OfficerData, PartyData, RemedyRoutes } from '@sanxiang/docgen';
import { AppError, type LocalText } from '@sanxiang/errors';
import { formDataOf, loadCaseRecord, particularsOf, type CaseParticulars, type CaseRecord, type CaseRequirements } from '@sanxiang/workflow';

// Everything a document is filled from, read once from the stored case: its rows, the officers' certificates, the
// reviewers' names, the officer's particulars and (for the review documents) the engine's review answer.

export interface DocumentSource {
  tenant: { name: string; region: string };
  record: CaseRecord;
  department: { name: string };
  item: { name: string; legalBasis: unknown } | null;
  particulars: CaseParticulars;
  /** The stage forms the officers filled, by form kind (stage-form-fields.ts says which document reads which). */
  forms: Record<string, Record<string, unknown>>;
  certificates: Map<string, string>;
  people: Map<string, { displayName: string; department: string }>;
  evidence: Array<{ fileName: string; kind: string; place: string | null; startedAt: Date | null }>;
  requirements: CaseRequirements | null;
  /** Today in Beijing, YYYY-MM-DD: the date a document is issued on when the case records none. */
  today: string;
}

export async function loadDocumentSource(input: {
  db: TenantScopedClient;
  ability: AppAbility;
  caseId: string;
  tenant: { name: string; region: string };
  now: Date;
  requirements?: (record: CaseRecord) => Promise<CaseRequirements>;
}): Promise<DocumentSource> {
  const record = await loadCaseRecord(input.db, input.ability, input.caseId);
  const [department, item, certificates, evidence] = await Promise.all([
    input.db.department.findFirstOrThrow({ where: { id: record.departmentId }, select: { name: true } }),
    record.enforcementItemId ? input.db.enforcementItem.findFirst({ where: { id: record.enforcementItemId }, select: { name: true, legalBasis: true } }) : null,
    input.db.officerCertificate.findMany({ where: { id: { in: record.officers.map((officer) => officer.certificateId).filter((id): id is string => id !== null) } }, select: { id: true, number: true } }),
    input.db.evidenceRecord.findMany({ where: { caseId: record.id }, orderBy: { createdAt: 'asc' }, select: { fileName: true, kind: true, place: true, startedAt: true } }),
  ]);
  const personIds = [...new Set(record.reviews.flatMap((review) => [review.reviewerId, ...review.rounds.map((round) => round.reviewerId)]).filter((id): id is string => !!id))];
  const people = personIds.length > 0
    ? await input.db.user.findMany({ where: { id: { in: personIds } }, select: { id: true, displayName: true, department: { select: { name: true } } } })
    : [];
  return {
    tenant: input.tenant,
    record,
    department,
    item,
    particulars: particularsOf(record.facts),
    forms: formDataOf(record.facts),
    certificates: new Map(certificates.map((certificate) => [certificate.id, certificate.number])),
    people: new Map(people.map((person) => [person.id, { displayName: person.displayName, department: person.department?.name ?? '' }])),
    evidence,
    requirements: input.requirements ? await input.requirements(record) : null,
    today: dayOf(input.now),
  };
}

const OFFSET_MS = 8 * 60 * 60 * 1000;
/** The Beijing calendar day of an instant (acts happen on Chinese calendar days). */
export const dayOf = (value: Date): string => new Date(value.getTime() + OFFSET_MS).toISOString().slice(0, 10);
/** `9时30分`, as enforcement records write a time of day. */
export const timeOf = (value: Date): string => {
  const local = new Date(value.getTime() + OFFSET_MS);
  return `${local.getUTCHours()}时${String(local.getUTCMinutes()).padStart(2, '0')}分`;
};

/**
 * Collects what a document still lacks, so the officer is told everything at once ("还缺少：违法事实、处罚依据…")
 * rather than one missing field per attempt.
 */
export class Missing {
  /** Each thing lacking, with the paths of the document's data it would have filled (a stage form may fill them). */
  readonly entries: Array<{ label: LocalText; at: string[] }> = [];

  get labels(): LocalText[] {
    return this.entries.map((entry) => entry.label);
  }

  need(label: LocalText, ...at: string[]): void {
    this.entries.push({ label, at });
  }

  text(value: string | null | undefined, label: LocalText, at?: string): string {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    this.need(label, ...(at ? [at] : []));
    return '';
  }

  value<T>(value: T | null | undefined, label: LocalText, placeholder: T, at?: string): T {
    if (value !== null && value !== undefined) return value;
    this.need(label, ...(at ? [at] : []));
    return placeholder;
  }

  /** Whether the case lacked what would go at `path` (or inside it). */
  lacks(path: string): boolean {
    return this.entries.some((entry) => entry.at.some((at) => at === path || at.startsWith(`${path}.`)));
  }

  /** Forgets what the given paths (a stage form's values) now supply. */
  supplied(paths: readonly string[]): void {
    const covered = (at: string) => paths.some((path) => at === path || at.startsWith(`${path}.`));
    for (let index = this.entries.length - 1; index >= 0; index -= 1) {
      if (this.entries[index]!.at.some(covered)) this.entries.splice(index, 1);
    }
  }

  throwIfAny(document: LocalText, form: LocalText | null = null): void {
    if (this.entries.length === 0) return;
    const labels = this.labels;
    throw new AppError('BAD_INPUT', {
      zh: `生成《${document.zh}》还缺少：${labels.map((label) => label.zh).join('、')}。请${form ? `填写“${form.zh}”表单、` : ''}在案件页的“案件信息”中补充，或先办理相应步骤。`,
      en: `The ${document.en} still lacks: ${labels.map((label) => label.en).join(', ')}. ${form ? `Fill in the ${form.en} form, add` : 'Add'} them under "Case particulars" on the case page, or take the step that records them first.`,
    }, { details: { missing: labels } });
  }
}

type Detail = Record<string, unknown>;
const detailOf = (value: Prisma.JsonValue): Detail => (value && typeof value === 'object' && !Array.isArray(value) ? value as Detail : {});

/** The steps that recorded an effect, oldest first, with their details. */
export function stepsWith(source: DocumentSource, effect: string) {
  return source.record.transitions.filter((step) => detailOf(step.detail).effect === effect).map((step) => ({ at: step.at, detail: detailOf(step.detail) }));
}

export function partyOf(source: DocumentSource, missing: Missing): PartyData {
  const party = source.record.parties[0];
  if (!party) {
    missing.need({ zh: '当事人', en: 'the party' }, 'party.name');
    return { type: 'ORGANISATION', name: '', idNumber: '', address: '', legalRepresentative: null };
  }
  const details = detailOf(party.details);
  const representative = source.particulars.legalRepresentative ?? (typeof details.legalRepresentative === 'string' ? details.legalRepresentative : null);
  return {
    type: party.kind,
    name: party.name,
    idNumber: missing.text(party.identifier, party.kind === 'ORGANISATION' ? { zh: '当事人统一社会信用代码', en: "the party's unified social credit code" } : { zh: '当事人公民身份号码', en: "the party's ID number" }, 'party.idNumber'),
    address: missing.text(party.address, { zh: '当事人住所（地址）', en: "the party's address" }, 'party.address'),
    legalRepresentative: party.kind === 'ORGANISATION' && representative ? representative : null,
  };
}

export function officersOf(source: DocumentSource, missing: Missing): OfficerData[] {
  return source.record.officers.map((officer) => ({
    name: officer.user.displayName,
    certificateNumber: missing.text(officer.certificateId ? source.certificates.get(officer.certificateId) : null, { zh: `${officer.user.displayName}的执法证号`, en: `${officer.user.displayName}'s certificate number` }, 'officers'),
  }));
}

const EVIDENCE_KIND: Record<string, string> = { TEXT: '文字记录', PHOTO: '照片', AUDIO: '录音', VIDEO: '音像记录', DOCUMENT: '书证', OTHER: '其他证据' };

/** The evidence list: the officer's own list when written, else the evidence records of the case. */
export function evidenceOf(source: DocumentSource, missing: Missing): EvidenceItem[] {
  const written = (source.particulars.evidence ?? []).filter((item) => item.name.trim() !== '');
  if (written.length > 0) return written.map((item) => ({ name: item.name, description: item.description || '（见附件）' }));
  const recorded = source.evidence.map((record) => ({
    name: record.fileName,
    description: [EVIDENCE_KIND[record.kind] ?? record.kind, record.startedAt ? `${dayOf(record.startedAt)} ${timeOf(record.startedAt)}` : null, record.place].filter(Boolean).join('，'),
  }));
  if (recorded.length === 0) missing.need({ zh: '证据（上传证据、在表单或案件信息中列明）', en: 'evidence (upload it, or list it in the form or the particulars)' }, 'evidence');
  return recorded;
}

/** The enforcement item's legal basis as one citation line, e.g. 《中华人民共和国食品安全法》第一百二十二条. */
export function itemBasis(source: DocumentSource): string | null {
  const basis = Array.isArray(source.item?.legalBasis) ? source.item.legalBasis as Array<{ law?: unknown; article?: unknown }> : [];
  const cited = basis.filter((entry) => typeof entry.law === 'string').map((entry) => `${entry.law as string}${typeof entry.article === 'string' ? entry.article : ''}`);
  return cited.length > 0 ? cited.join('、') : null;
}

/**
 * Where to seek reconsideration and to sue. Since the 2023 revision of the Administrative Reconsideration Law
 * (第二十四条), a city department's act is reconsidered by the city's people's government; the lawsuit goes to the court
 * with jurisdiction (行政诉讼法 第十八条). The officer's particulars name them precisely when known.
 */
export function remediesOf(source: DocumentSource): RemedyRoutes {
  return {
    reconsiderationBody: source.particulars.reconsiderationBody || `${source.tenant.name}人民政府`,
    court: source.particulars.court || '有管辖权的人民法院',
  };
}

const PENALTY_NAMES: Record<string, string> = {
  WARNING: '警告', CRITICISM: '通报批评', FINE: '罚款', CONFISCATION: '没收违法所得、没收非法财物', QUALIFICATION_DOWNGRADE: '降低资质等级',
  LICENCE_REVOCATION: '吊销许可证件', RESTRICTION: '限制开展生产经营活动', SUSPENSION: '责令停产停业', CLOSURE: '责令关闭', DETENTION: '行政拘留',
};
export const penaltyName = (kind: string): string => PENALTY_NAMES[kind] ?? kind;

/** The penalty as decided (or, before the decision, as last drafted): kinds, fine and the reasoning. */
export function penaltyOf(source: DocumentSource) {
  const decision = source.record.decisions.filter((each) => each.status === 'IN_FORCE').at(-1) ?? null;
  const draft = stepsWith(source, 'DECISION_PROPOSED').at(-1)?.detail;
  const penalties = (Array.isArray(decision?.penalties) ? decision.penalties : Array.isArray(draft?.penalties) ? draft.penalties : []) as Array<{ kind?: string; amount?: number }>;
  const facts = detailOf(source.record.facts);
  const fine = decision?.fineAmount !== undefined && decision?.fineAmount !== null
    ? Number(decision.fineAmount)
    : typeof draft?.amount === 'number' ? draft.amount : typeof facts.intendedFine === 'number' ? facts.intendedFine : null;
  const kinds = penalties.map((penalty) => penalty.kind).filter((kind): kind is string => typeof kind === 'string');
  const reasoning = decision
    ? { evidence: decision.evidenceReasoning, basis: decision.basisReasoning, discretion: decision.discretionReasoning }
    : detailOf((draft?.reasoning ?? {}) as Prisma.JsonValue) as { evidence?: string; basis?: string; discretion?: string };
  return { decision, kinds: kinds.length > 0 ? kinds : fine !== null ? ['FINE'] : [], fine, reasoning };
}

/** Assembles one kind's data from the source, noting in `missing` whatever the case does not hold yet. */
export type Assembler<K extends DocumentKind> = (source: DocumentSource, missing: Missing) => DocumentDataByKind[K];

export const L = (zh: string, en: string) => ({ zh, en });

export function caseCause(source: DocumentSource): string {
  return source.particulars.caseCause || source.record.title;
}

export function filedDate(source: DocumentSource, missing: Missing): string {
  const filed = source.record.filedAt ?? stepsWith(source, 'FILE')[0]?.at;
  return filed ? dayOf(filed) : missing.value<string>(null, L('立案（负责人批准立案）', 'filing (the head approves it)'), '', 'filedDate');
}

/** The facts found; `at` is where the document prints them, which a stage form may fill instead. */
export const findingsOf = (source: DocumentSource, missing: Missing, at: string) =>
  missing.text(source.particulars.findings, L('经查明的违法事实', 'the facts found'), at);
