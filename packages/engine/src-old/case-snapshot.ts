/**
 * The case file the engine evaluates. `schemas/case.schema.json` publishes the same shape (generated from
 * case-schema.ts). Every part is optional: the engine answers with what it has and reports the facts it lacked.
 * Dates are `YYYY-MM-DD`; times are Beijing local time `YYYY-MM-DDTHH:mm[:ss][+08:00]`.
 */

import { ACTION_TYPES, CATEGORIES, STAGES } from '@sanxiang/config';

export { ACTION_TYPES, CATEGORIES, STAGES };
export type Action = (typeof ACTION_TYPES)[number];
export type Stage = (typeof STAGES)[number];
export type CaseCategory = (typeof CATEGORIES)[number];

export type PartyKind = 'INDIVIDUAL' | 'ORGANISATION';
export type Procedure = 'SIMPLE' | 'GENERAL';
export type CertificateStatus = 'VALID' | 'SUSPENDED' | 'REVOKED' | 'EXPIRED';
export type EvidenceKind = 'TEXT' | 'PHOTO' | 'AUDIO' | 'VIDEO' | 'AUDIO_VIDEO';
export type ReviewStatus = 'NOT_SUBMITTED' | 'PENDING' | 'PASSED' | 'PROBLEMS_FOUND';

export type FactValue = string | number | boolean | string[] | null;

export interface Party {
  kind?: PartyKind;
  /** The violation arose in business activity (经营活动). */
  business?: boolean;
  minor?: boolean;
  age?: number;
  name?: string;
  address?: string;
  idNumber?: string;
  phone?: string;
  /** Signed consent to electronic delivery (art. 61). */
  electronicDeliveryConsent?: boolean;
}

export interface Certificate {
  number: string;
  /** Enforcement domain, compared with the department's `domain` (e.g. market-regulation). */
  domain: string;
  /** Area of validity, e.g. 湖南省 or 湖南省邵阳市; it must contain the area of the act. */
  area: string;
  validFrom?: string;
  validUntil?: string;
  status: CertificateStatus;
  suspendedUntil?: string;
}

export interface Officer {
  id?: string;
  name?: string;
  certificate?: Certificate;
}

export interface EvidenceMetadata {
  device?: string;
  officer?: string;
  certificate?: string;
  start?: string;
  end?: string;
  place?: string;
  hash?: string;
  party?: string;
  witness?: string;
}

export interface Evidence {
  kind: EvidenceKind;
  /** The recording covers the whole act without a break (全程). */
  continuous?: boolean;
  metadata?: EvidenceMetadata;
}

export interface CaseAction {
  id?: string;
  type: Action;
  stage?: Stage;
  startedAt: string;
  endedAt?: string;
  emergency?: boolean;
  headApproved?: boolean;
  inEnforcementPremises?: boolean;
  partyPresent?: boolean;
  place?: string;
  evidence?: Evidence[];
}

export interface Notices {
  /** Notice of the intended penalty, facts, reasons, basis and rights (art. 44). */
  penaltyNoticeAt?: string;
  /** Notice of the right to a hearing (art. 63, art. 64). */
  hearingRightNotifiedAt?: string;
  /** Last day of the statement-and-defence period the notice gave, when it named one. */
  defenceDeadline?: string;
  defenceWaivedAt?: string;
  statementHeardAt?: string;
  hearingRequestedAt?: string;
  /** Notice of the hearing's time and place (art. 64: at least 7 days before). */
  hearingNoticeAt?: string;
  hearingAt?: string;
  hearingHeldAt?: string;
  /** Public notice with a deadline to demolish (Coercion Law art. 44). */
  demolitionNoticeAt?: string;
}

export interface ReviewState {
  status: ReviewStatus;
  materialsCompleteAt?: string;
  passedAt?: string;
  reviewer?: { firstTime?: boolean; legalQualification?: boolean };
}

export interface Reasoning {
  evidence?: string;
  basis?: string;
  discretion?: string;
}

export interface DecisionState {
  decidedAt?: string;
  amount?: number;
  deliveredAt?: string;
  publishedAt?: string;
  changedAt?: string;
  revokedAt?: string;
  paidAt?: string;
  reasoning?: Reasoning;
}

export interface SeizureState {
  startedAt: string;
  extensionApprovedAt?: string;
  endedAt?: string;
}

export interface CaseSnapshot {
  id?: string;
  type?: CaseCategory;
  procedure?: Procedure;
  stage?: Stage;
  itemCode?: string;
  department?: string;
  /** Sector for thresholds when it differs from the department's domain. */
  sector?: string;
  /** Where the act takes place; the tenant's region when absent. */
  area?: string;
  /** Date of the act under evaluation: certificates are checked on it. */
  actDate?: string;
  filedAt?: string;
  violation?: { occurredAt?: string; endedAt?: string; discoveredAt?: string };
  party?: Party;
  /** Facts of the fact catalogue, by name; structure above wins where both speak. */
  facts?: Record<string, FactValue>;
  officers?: Officer[];
  actions?: CaseAction[];
  notices?: Notices;
  review?: ReviewState;
  decision?: DecisionState;
  seizure?: SeizureState;
}
