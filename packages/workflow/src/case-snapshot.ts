import type { Prisma } from '@sanxiang/db';
import type { Action, CaseAction, CaseSnapshot, Certificate, EvidenceKind as EngineEvidenceKind, Notices, ReviewState, Stage } from '@sanxiang/engine';
import { beijingDate, beijingDateTime } from './beijing-time.ts';
import type { TransitionEffect } from './lifecycles.ts';

/** Everything about a case the engine reads, loaded in one query. */
export const CASE_RECORD_INCLUDE = {
  department: { select: { code: true, domain: true } },
  enforcementItem: { select: { code: true } },
  parties: { orderBy: { createdAt: 'asc' } },
  officers: { where: { removedAt: null }, include: { user: { select: { id: true, displayName: true } } } },
  actions: { orderBy: { startedAt: 'asc' }, include: { evidence: true } },
  reviews: { orderBy: { createdAt: 'asc' }, include: { rounds: { orderBy: { number: 'asc' } } } },
  decisions: { orderBy: { decidedAt: 'asc' } },
  approvals: { orderBy: { requestedAt: 'asc' } },
  transitions: { orderBy: { caseVersion: 'asc' } },
} satisfies Prisma.CaseInclude;

export type CaseRecord = Prisma.CaseGetPayload<{ include: typeof CASE_RECORD_INCLUDE }>;
export type CertificateRow = Prisma.OfficerCertificateGetPayload<object>;
export type ReviewerRow = { id: string; legalQualification: boolean; firstTime: boolean };

/** What the lifecycle stage means to the engine (its coarser STAGES). */
const ENGINE_STAGE: Record<string, Stage> = {
  FILING: 'FILING', INVESTIGATION: 'INVESTIGATION', NOTICE: 'REVIEW', HEARING: 'REVIEW', LEGAL_REVIEW: 'REVIEW',
  COLLECTIVE_DISCUSSION: 'REVIEW', DECISION: 'DECISION', DELIVERY: 'DELIVERY', EXECUTION: 'EXECUTION', CLOSING: 'EXECUTION',
  ARCHIVED: 'EXECUTION', ON_THE_SPOT: 'DECISION', APPROVAL: 'INVESTIGATION', ON_SITE: 'INVESTIGATION', IN_FORCE: 'EXECUTION',
  PLANNED: 'INVESTIGATION', INSPECTED: 'INVESTIGATION', ACCEPTANCE: 'FILING', EXAMINATION: 'INVESTIGATION', PUBLICATION: 'DELIVERY',
  OPEN: 'INVESTIGATION',
};

const EVIDENCE_KIND: Record<string, EngineEvidenceKind> = {
  TEXT: 'TEXT', PHOTO: 'PHOTO', AUDIO: 'AUDIO', VIDEO: 'AUDIO_VIDEO', DOCUMENT: 'TEXT', OTHER: 'TEXT',
};

type Detail = Record<string, unknown>;
const detailOf = (value: Prisma.JsonValue): Detail => (value && typeof value === 'object' && !Array.isArray(value) ? value as Detail : {});
/** The steps that recorded this effect, oldest first. */
export function stepsWith(record: CaseRecord, effect: TransitionEffect): CaseRecord['transitions'] {
  return record.transitions.filter((step) => detailOf(step.detail).effect === effect);
}

/** The detail of the latest draft decision (`propose-decision`), if any. */
export function latestDraft(record: CaseRecord): Detail | undefined {
  const step = stepsWith(record, 'DECISION_PROPOSED').at(-1);
  return step ? detailOf(step.detail) : undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

function certificateOf(row: CertificateRow | undefined): Certificate | undefined {
  if (!row) return undefined;
  return {
    number: row.number,
    domain: row.domain,
    area: row.area,
    validFrom: beijingDate(row.validFrom),
    validUntil: beijingDate(row.validUntil),
    status: row.status,
    ...(row.suspendedUntil ? { suspendedUntil: beijingDate(row.suspendedUntil) } : {}),
  };
}

/** An action recorded on the case, with its evidence; a recording is continuous when it spans the whole act. */
function actionOf(row: CaseRecord['actions'][number]): CaseAction {
  const details = detailOf(row.details);
  return {
    id: row.id,
    type: row.type as Action,
    startedAt: beijingDateTime(row.startedAt),
    ...(row.endedAt ? { endedAt: beijingDateTime(row.endedAt) } : {}),
    ...(row.place ? { place: row.place } : {}),
    emergency: row.emergency,
    ...(typeof details.headApproved === 'boolean' ? { headApproved: details.headApproved } : {}),
    ...(typeof details.partyPresent === 'boolean' ? { partyPresent: details.partyPresent } : {}),
    ...(typeof details.inEnforcementPremises === 'boolean' ? { inEnforcementPremises: details.inEnforcementPremises } : {}),
    evidence: row.evidence.filter((record) => !row.evidence.some((other) => other.correctsId === record.id)).map((record) => ({
      kind: EVIDENCE_KIND[record.kind] ?? 'TEXT',
      continuous: record.startedAt !== null && record.endedAt !== null && record.startedAt <= row.startedAt && record.endedAt >= (row.endedAt ?? row.startedAt),
      metadata: {
        ...(record.deviceId ? { device: record.deviceId } : {}),
        officer: record.officerId,
        ...(record.certificateNumber ? { certificate: record.certificateNumber } : {}),
        ...(record.startedAt ? { start: beijingDateTime(record.startedAt) } : {}),
        ...(record.endedAt ? { end: beijingDateTime(record.endedAt) } : {}),
        ...(record.place ? { place: record.place } : {}),
        hash: record.sha256,
      },
    })),
  };
}

/** The notices, read back from the transitions that recorded them. */
function noticesOf(record: CaseRecord): Notices | undefined {
  const notices: Notices = {};
  for (const step of record.transitions) {
    const detail = detailOf(step.detail);
    const day = beijingDate(step.at);
    switch (detail.effect) {
      case 'PENALTY_NOTICE':
        notices.penaltyNoticeAt = day;
        if (detail.hearingRightNotified === true) notices.hearingRightNotifiedAt = day;
        if (text(detail.defenceDeadline)) notices.defenceDeadline = detail.defenceDeadline as string;
        break;
      case 'STATEMENT_HEARD': notices.statementHeardAt = day; break;
      case 'DEFENCE_WAIVED': notices.defenceWaivedAt = day; break;
      case 'HEARING_REQUESTED': notices.hearingRequestedAt = day; break;
      case 'HEARING_NOTICE':
        notices.hearingNoticeAt = day;
        if (text(detail.hearingAt)) notices.hearingAt = detail.hearingAt as string;
        break;
      case 'HEARING_HELD': notices.hearingHeldAt = day; break;
      default: break;
    }
  }
  return Object.keys(notices).length > 0 ? notices : undefined;
}

function reviewOf(record: CaseRecord, reviewer: ReviewerRow | undefined): ReviewState {
  const review = record.reviews.at(-1);
  if (!review) return { status: 'NOT_SUBMITTED' };
  const passedRound = review.rounds.find((round) => round.opinion === 'AGREE');
  const status: ReviewState['status'] = review.status === 'PASSED' ? 'PASSED' : review.status === 'RETURNED' ? 'PROBLEMS_FOUND' : 'PENDING';
  return {
    status,
    ...(review.completeAt ? { materialsCompleteAt: beijingDate(review.completeAt) } : {}),
    ...(status === 'PASSED' && passedRound?.decidedAt ? { passedAt: beijingDate(passedRound.decidedAt) } : {}),
    ...(reviewer ? { reviewer: { firstTime: reviewer.firstTime, legalQualification: reviewer.legalQualification } } : {}),
  };
}

/** The decision: the one made, or the latest draft (`propose-decision`) while the head has yet to approve it. */
function decisionOf(record: CaseRecord): CaseSnapshot['decision'] {
  const made = record.decisions.filter((decision) => decision.status === 'IN_FORCE').at(-1);
  const draft = latestDraft(record);
  const delivered = stepsWith(record, 'DELIVERED')[0];
  const executedStep = stepsWith(record, 'EXECUTED')[0];
  const executed = executedStep ? detailOf(executedStep.detail) : undefined;
  if (!made && !draft) return undefined;
  const reasoning = made
    ? { evidence: made.evidenceReasoning ?? undefined, basis: made.basisReasoning ?? undefined, discretion: made.discretionReasoning ?? undefined }
    : detailOf((draft?.reasoning ?? {}) as Prisma.JsonValue);
  const amount = made?.fineAmount !== undefined && made.fineAmount !== null ? Number(made.fineAmount) : num(draft?.amount);
  return {
    ...(made ? { decidedAt: beijingDate(made.decidedAt) } : {}),
    ...(amount !== undefined ? { amount } : {}),
    ...(delivered ? { deliveredAt: beijingDate(delivered.at) } : {}),
    ...(text(executed?.paidAt) ? { paidAt: executed?.paidAt as string } : {}),
    reasoning: Object.fromEntries((['evidence', 'basis', 'discretion'] as const).flatMap((part) => (text(reasoning[part]) ? [[part, text(reasoning[part])]] : []))),
  };
}

function seizureOf(record: CaseRecord): CaseSnapshot['seizure'] {
  const seizure = record.actions.find((action) => action.type === 'SEIZURE' || action.type === 'FREEZING');
  if (!seizure) return undefined;
  const extension = record.approvals.find((approval) => approval.kind === 'EXTENSION' && approval.status === 'APPROVED');
  const released = stepsWith(record, 'RELEASED')[0];
  return {
    startedAt: beijingDate(seizure.startedAt),
    ...(extension?.decidedAt ? { extensionApprovedAt: beijingDate(extension.decidedAt) } : {}),
    ...(released ? { endedAt: beijingDate(released.at) } : {}),
  };
}

/**
 * The engine's view of a stored case: structure from the rows, facts from `Case.facts`, the draft decision from the
 * latest `propose-decision`. `facts` of the catalogue that structure also gives (the intended fine) are overridden by
 * the structure, as the engine's case file says.
 */
export function snapshotOf(record: CaseRecord, context: { certificates: readonly CertificateRow[]; reviewer?: ReviewerRow }): CaseSnapshot {
  const party = record.parties[0];
  const partyDetails = party ? detailOf(party.details) : {};
  const facts = detailOf(record.facts);
  const draft = latestDraft(record);
  const penalties = Array.isArray(draft?.penalties) ? (draft.penalties as unknown[]).map((penalty) => detailOf(penalty as Prisma.JsonValue).kind).filter((kind): kind is string => typeof kind === 'string') : undefined;
  const stated: CaseSnapshot['facts'] = {};
  for (const [name, value] of Object.entries(facts)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value) || (Array.isArray(value) && value.every((item) => typeof item === 'string'))) {
      stated[name] = value as string | number | boolean | string[] | null;
    }
  }
  if (num(draft?.amount) !== undefined) stated.intendedFine = draft?.amount as number;
  if (penalties && penalties.length > 0) stated.penaltyTypes = penalties;
  const filed = stepsWith(record, 'FILE')[0];
  const certificates = new Map(context.certificates.map((certificate) => [certificate.id, certificate]));
  const notices = noticesOf(record);
  const decision = decisionOf(record);
  const seizure = seizureOf(record);
  return {
    id: record.id,
    type: record.type,
    procedure: record.procedure === 'SIMPLE' ? 'SIMPLE' : 'GENERAL',
    stage: ENGINE_STAGE[record.stage] ?? 'INVESTIGATION',
    ...(record.enforcementItem ? { itemCode: record.enforcementItem.code } : {}),
    department: record.department.code,
    ...(record.area ? { area: record.area } : {}),
    ...(record.filedAt ? { filedAt: beijingDate(record.filedAt) } : filed ? { filedAt: beijingDate(filed.at) } : {}),
    violation: {
      ...(record.violationAt ? { occurredAt: beijingDate(record.violationAt) } : {}),
      ...(record.violationEndedAt ? { endedAt: beijingDate(record.violationEndedAt) } : {}),
      ...(record.discoveredAt ? { discoveredAt: beijingDate(record.discoveredAt) } : {}),
    },
    ...(party
      ? {
        party: {
          kind: party.kind,
          business: party.business,
          minor: party.minor,
          name: party.name,
          ...(party.kind === 'INDIVIDUAL' && party.identifier ? { idNumber: party.identifier } : {}),
          ...(party.address ? { address: party.address } : {}),
          ...(party.phone ? { phone: party.phone } : {}),
          ...(typeof partyDetails.electronicDeliveryConsent === 'boolean' ? { electronicDeliveryConsent: partyDetails.electronicDeliveryConsent } : {}),
          ...(num(partyDetails.age) !== undefined ? { age: partyDetails.age as number } : {}),
        },
      }
      : {}),
    facts: stated,
    officers: record.officers.map((officer) => {
      const certificate = certificateOf(officer.certificateId ? certificates.get(officer.certificateId) : undefined);
      return { id: officer.userId, name: officer.user.displayName, ...(certificate ? { certificate } : {}) };
    }),
    actions: record.actions.map(actionOf),
    ...(notices ? { notices } : {}),
    review: reviewOf(record, context.reviewer),
    ...(decision ? { decision } : {}),
    ...(seizure ? { seizure } : {}),
  };
}
