/**
 * What the annual report is built from: a plain, database-free view of a case, drawn from what
 * packages/db/prisma/schema.prisma keeps for Case, Decision and EnforcementAction. The loader in the API maps rows
 * onto it; tests and the CLI can build it by hand. Instants are ISO strings with an offset; dates are YYYY-MM-DD.
 */

/** Case.type, except that 征收征用 is split in two because the template gives each its own table. */
export type ReportCaseType = 'PENALTY' | 'COERCION' | 'INSPECTION' | 'LICENCE' | 'EXPROPRIATION' | 'REQUISITION' | 'CONFIRMATION' | 'OTHER';

/** Case.procedure. */
export type ReportProcedure = 'GENERAL' | 'SIMPLE' | 'QUICK' | 'EMERGENCY';

/** Decision.status: anything but IN_FORCE means the decision was corrected after it was made. */
export type ReportDecisionStatus = 'IN_FORCE' | 'CHANGED' | 'REVOKED' | 'CONFIRMED_ILLEGAL' | 'VOID';

/** One entry of Decision.penalties (`[{ kind, amount?, detail? }]`); amounts are yuan. */
export interface ReportPenalty {
  kind: string;
  amount?: number | null;
}

export interface ReportDecision {
  id: string;
  number: string;
  /** Decision.decidedAt. */
  decidedAt: string;
  penalties: ReportPenalty[];
  /** Decision.fineAmount: the total fine when the penalties do not carry their own amounts; for 征收 the amount collected. */
  amount?: number | null;
  status: ReportDecisionStatus;
  /** When the status left IN_FORCE (Decision.updatedAt for a corrected decision). */
  statusChangedAt?: string | null;
  /** Decision.correctsId: this decision replaces an earlier one and is the same act, not a new one. */
  correctsId?: string | null;
}

export interface ReportAction {
  /** EnforcementAction.type, e.g. SEIZURE, FREEZING, ON_SITE_INSPECTION, RANDOM_INSPECTION, FORCED_DEMOLITION. */
  type: string;
  /** EnforcementAction.startedAt. */
  startedAt: string;
}

/** 行政许可 outcome. UNRECORDED: a decision exists but nothing says whether it granted or refused. */
export type LicenceOutcome = 'GRANTED' | 'REFUSED' | 'UNRECORDED';

export interface ReportDepartment {
  id: string;
  code: string;
  name: string;
}

export interface ReportCase {
  id: string;
  number: string;
  departmentId: string;
  type: ReportCaseType;
  procedure: ReportProcedure;
  /** Case.actDate. */
  actDate: string;
  /** Case.filedAt: for a licence, when the application was accepted (行政许可法 第三十二条). */
  filedAt?: string | null;
  decisions: ReportDecision[];
  actions: ReportAction[];
  /** For LICENCE cases with a decision. */
  licenceOutcome?: LicenceOutcome | null;
  /** A hearing was held before the decision (行政处罚法 第六十四条). */
  hearingHeld?: boolean;
  /** A legal review passed before the decision (行政处罚法 第五十八条). */
  legalReviewed?: boolean;
}
