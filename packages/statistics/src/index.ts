export { AnnualReportBuilder, annualReport } from './annual-report.ts';
export type { AnnualReport, AnnualReportOptions, ReportNote, ReportRow, ReportTable } from './annual-report.ts';
export type {
  LicenceOutcome, ReportAction, ReportCase, ReportCaseType, ReportDecision, ReportDecisionStatus, ReportDepartment, ReportPenalty, ReportProcedure,
} from './report-input.ts';
export { heaviestPenalty, isPenaltyKind, PENALTY_KIND_INFO, PENALTY_KINDS, penaltyKindOf } from './penalty-severity.ts';
export type { PenaltyKind } from './penalty-severity.ts';
export { REPORT_TABLES, UNIT_LABEL } from './report-tables.ts';
export type { ReportTableKey, ReportUnit } from './report-tables.ts';
export { beijingYear, publicationDeadline, publicationDue, publicationStatus } from './report-period.ts';
export type { PublicationState, PublicationStatus } from './report-period.ts';
export { toXlsx } from './report-xlsx.ts';
export { toDocx } from './report-docx.ts';
