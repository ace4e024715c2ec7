/**
 * The decision summary a disclosure publishes, built from the stored case: the decision row, the first party, the
 * department (the agency), the enforcement item and the particulars the officer wrote (案由, 违法事实, 处罚依据,
 * 处罚内容, under `Case.facts.particulars`). Only the fields the disclosure item lists are kept, before redaction,
 * so a field the item does not publish is never even scanned.
 */
import type { Prisma, TenantScopedClient } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';
import { beijingDay } from './beijing-day.ts';
import type { DecisionParty, DecisionSummary } from './decision-summary.ts';
import { DISCLOSURE } from './disclosure-context.ts';

export const SOURCE_INCLUDE = {
  case: {
    include: {
      department: { select: { code: true, name: true } },
      enforcementItem: { select: { code: true, name: true, legalBasis: true } },
      parties: { orderBy: { createdAt: 'asc' } },
    },
  },
  decision: true,
} satisfies Prisma.DisclosureInclude;

export type DisclosureSource = Prisma.DisclosureGetPayload<{ include: typeof SOURCE_INCLUDE }>;
type PartyRow = NonNullable<DisclosureSource['case']>['parties'][number];

const CASE_TYPE_LABEL: Record<string, string> = {
  PENALTY: '行政处罚', COERCION: '行政强制', INSPECTION: '行政检查', LICENCE: '行政许可',
  EXPROPRIATION: '行政征收征用', CONFIRMATION: '行政确认', OTHER: '其他行政执法行为',
};

const PENALTY_LABEL: Record<string, string> = {
  WARNING: '警告', CRITICISM: '通报批评', FINE: '罚款', CONFISCATION: '没收违法所得、没收非法财物',
  CONFISCATE_GAINS: '没收违法所得', CONFISCATE_PROPERTY: '没收非法财物', LICENCE_SUSPENSION: '暂扣许可证件',
  QUALIFICATION_DOWNGRADE: '降低资质等级', LICENCE_REVOCATION: '吊销许可证件', ACTIVITY_RESTRICTION: '限制开展生产经营活动',
  SUSPENSION: '责令停产停业', CLOSURE: '责令关闭', PRACTICE_RESTRICTION: '限制从业', DETENTION: '行政拘留',
};

/**
 * Which summary fields each disclosure-list field name publishes. The rulesets name them differently
 * (rulesets/national: party, conclusion, decisionDate; the engine's law defaults: partyName, violation, legalBasis).
 */
const FIELD_KEYS: Record<string, readonly string[]> = {
  decisionNumber: ['decisionNumber'], party: ['party'], partyName: ['party'], agency: ['agency'],
  decidedAt: ['decidedAt'], decisionDate: ['decidedAt'], category: ['category', 'matter'], itemName: ['matter'],
  enforcementMatter: ['matter'], conclusion: ['penalty'], penalty: ['penalty'], violation: ['facts'], facts: ['facts'],
  legalBasis: ['basis'], basis: ['basis'], caseCause: ['caseCause'],
};
/** What says which decision it is: never dropped (packages/disclosure REQUIRED_PUBLIC_FIELDS). */
const ALWAYS = ['decisionNumber', 'party', 'agency', 'decidedAt'];

type Json = Prisma.JsonValue;
const objectOf = (value: Json | undefined): Record<string, Json> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, Json>) : {};
const textOf = (value: Json | undefined): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
/** Fails closed like withholding.ts: anything but absent or false counts as set. */
const isSet = (value: Json | undefined): boolean => value !== undefined && value !== null && value !== false;

/** Loads a disclosure with what its summary is built from; NOT_FOUND when it is not in the tenant or not readable. */
export async function loadSource(db: TenantScopedClient, where: Prisma.DisclosureWhereInput): Promise<DisclosureSource> {
  const found = await db.disclosure.findFirst({ where, include: SOURCE_INCLUDE });
  if (!found) throw AppError.notFound(DISCLOSURE);
  return found;
}

/** The unredacted summary of the disclosure's decision, limited to the fields its item publishes. */
export function summaryOf(source: DisclosureSource): DecisionSummary {
  const { case: record, decision } = source;
  if (!record || !decision) {
    throw new AppError('CONFLICT', {
      zh: '该公示事项没有关联的案件和决定，无法生成公示内容。',
      en: 'This disclosure has no case and decision, so there is nothing to publish.',
    });
  }
  const facts = objectOf(record.facts);
  const particulars = objectOf(facts.particulars);
  const party = partyOf(record.parties[0]);
  const summary: DecisionSummary = {
    decisionNumber: decision.number,
    party,
    agency: record.department.name,
    decidedAt: beijingDay(decision.decidedAt),
    category: CASE_TYPE_LABEL[record.type] ?? record.type,
    facts: textOf(particulars.findings) ?? textOf(particulars.summary) ?? '',
    basis: textOf(particulars.penaltyBasis) ?? basisText(record.enforcementItem?.legalBasis) ?? '',
    penalty: textOf(particulars.penaltyDescription) ?? penaltyText(decision.penalties, decision.fineAmount),
  };
  if (record.enforcementItem) summary.matter = record.enforcementItem.name;
  const cause = textOf(particulars.caseCause);
  if (cause) summary.caseCause = cause;
  if (isSet(facts.stateSecret) || isSet(facts.tradeSecret)) summary.coreFactsSecret = true;
  if (isSet(facts.privacyCore)) summary.privacyCore = true;
  return limitToFields(summary, source.fields);
}

function partyOf(row: PartyRow | undefined): DecisionParty {
  if (!row) return { kind: 'ORGANISATION', name: '' };
  const details = objectOf(row.details);
  const party: DecisionParty = { kind: row.kind, name: row.name };
  if (row.identifier) {
    if (row.kind === 'INDIVIDUAL') party.idNumber = row.identifier;
    else party.creditCode = row.identifier;
  }
  if (row.address) party.address = row.address;
  if (row.phone) party.phone = row.phone;
  // An individual business (个体工商户) has a credit code besides the owner's ID number.
  const creditCode = textOf(details.creditCode);
  if (creditCode) party.creditCode = creditCode;
  for (const key of ['bankAccount', 'health'] as const) {
    const value = textOf(details[key]);
    if (value) party[key] = value;
  }
  // Fails closed: a minor flag in the details counts as much as the column.
  if (row.minor || isSet(details.minor)) party.minor = true;
  return party;
}

/** 《法律》第x条; … from the enforcement item's legal basis (`[{ law, article }]`). */
function basisText(value: Json | undefined): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const parts = value.flatMap((entry) => {
    const item = objectOf(entry);
    const law = textOf(item.law);
    return law ? [`${law}${textOf(item.article) ?? ''}`] : [];
  });
  return parts.length > 0 ? parts.join('；') : undefined;
}

function penaltyText(penalties: Json, fineAmount: Prisma.Decimal | null): string {
  const list = Array.isArray(penalties) ? penalties.map(objectOf) : [];
  const parts = list.map((penalty) => {
    const kind = textOf(penalty.kind) ?? '';
    const label = PENALTY_LABEL[kind] ?? kind;
    const amount = typeof penalty.amount === 'number' ? `${penalty.amount} 元` : '';
    const detail = textOf(penalty.detail);
    return [label, amount, detail ? `（${detail}）` : ''].join(' ').replace(/\s+/gu, ' ').trim();
  });
  if (parts.length === 0 && fineAmount !== null) parts.push(`罚款 ${fineAmount.toString()} 元`);
  return parts.join('；');
}

/** Keeps the fields the item lists (and those that say which decision it is); an empty list keeps every field. */
export function limitToFields(summary: DecisionSummary, fields: readonly string[]): DecisionSummary {
  if (fields.length === 0) return summary;
  const keep = new Set([...ALWAYS, 'coreFactsSecret', 'privacyCore', ...fields.flatMap((field) => FIELD_KEYS[field] ?? [])]);
  return Object.fromEntries(Object.entries(summary).filter(([key]) => keep.has(key))) as DecisionSummary;
}
