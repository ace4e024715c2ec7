// The data each national template reads. Optional content is `null` rather than absent: the templates test it with
// IF present(path), and a value that is simply missing is reported as missing instead of printing "undefined".

/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;
/** An amount in yuan: a number, or a decimal string with at most two decimals (safer for money). */
export type Yuan = number | string;

export interface AgencyData {
  name: string;
}

export interface PartyData {
  type: 'INDIVIDUAL' | 'ORGANISATION';
  name: string;
  /** 统一社会信用代码 for an organisation, 公民身份号码 for a person. */
  idNumber: string;
  address: string;
  /** 法定代表人（负责人）; null for a person. */
  legalRepresentative: string | null;
}

export interface OfficerData {
  name: string;
  certificateNumber: string;
}

export interface EvidenceItem {
  name: string;
  description: string;
}

export interface RemedyRoutes {
  /** Where to apply for reconsideration (行政复议机关). */
  reconsiderationBody: string;
  /** Where to sue (人民法院). */
  court: string;
}

export interface IntendedPenalty {
  types: string[];
  description: string;
  fineAmount: Yuan | null;
}

/** 行政处罚决定书: every item of Administrative Penalty Law art. 59, and the three reasons of seeds 000/001. */
export interface PenaltyDecisionData {
  agency: AgencyData;
  documentNumber: string;
  party: PartyData;
  caseCause: string;
  filedDate: IsoDate;
  facts: string;
  evidence: EvidenceItem[];
  notice: { documentNumber: string; date: IsoDate; hearingOffered: boolean };
  /** What the party said in statement, defence or hearing, and whether it was adopted (art. 45). */
  statementSummary: string;
  reasons: { evidence: string; basis: string; discretion: string };
  violatedProvision: string;
  penaltyBasis: string;
  penalty: IntendedPenalty & { compliance: string | null };
  /** Where to pay; required when there is a fine. */
  payment: { bank: string; accountName: string; accountNumber: string } | null;
  remedies: RemedyRoutes;
  decisionDate: IsoDate;
}

/** 行政处罚事先告知书 (art. 44, 45, 63, 64). */
export interface PenaltyNoticeData {
  agency: AgencyData;
  documentNumber: string;
  party: PartyData;
  caseCause: string;
  filedDate: IsoDate;
  facts: string;
  evidence: EvidenceItem[];
  reasons: string;
  violatedProvision: string;
  penaltyBasis: string;
  intendedPenalty: IntendedPenalty;
  /** Days the party has for statement and defence. */
  statementDays: number;
  hearing: { applicable: boolean };
  contact: { name: string; phone: string; address: string };
  date: IsoDate;
}

/** 行政处罚听证告知书 (art. 63, 64). */
export interface HearingNoticeData {
  agency: AgencyData;
  documentNumber: string;
  party: PartyData;
  caseCause: string;
  penaltyBasis: string;
  intendedPenalty: IntendedPenalty;
  contact: { name: string; phone: string; address: string };
  date: IsoDate;
}

/** 重大执法决定法制审核送审表 (art. 58). */
export interface ReviewSubmissionData {
  agency: AgencyData;
  caseNumber: string;
  caseName: string;
  party: PartyData;
  handlingUnit: string;
  officers: OfficerData[];
  caseSummary: string;
  proposedDecision: string;
  legalBasis: string;
  /** Why the decision is major (the catalogue items that apply). */
  reviewTriggers: string[];
  materials: string[];
  handlingUnitOpinion: string;
  submittedDate: IsoDate;
}

/** 法制审核意见书. */
export interface ReviewOpinionData {
  agency: AgencyData;
  documentNumber: string;
  handlingUnit: string;
  caseNumber: string;
  caseName: string;
  party: { name: string };
  submittedDate: IsoDate;
  checks: Array<{ item: string; finding: string }>;
  conclusion: string;
  problems: string[];
  reviewers: string[];
  reviewUnit: string;
  date: IsoDate;
}

/** 送达回证 (art. 61). */
export interface DeliveryReceiptData {
  agency: AgencyData;
  document: { name: string; number: string };
  recipient: string;
  address: string;
  method: string;
  deliveredDate: IsoDate;
  deliveredTime: string;
  deliverers: string[];
  proxy: string | null;
  witness: string | null;
  note: string | null;
}

export interface SeizedItem {
  name: string;
  quantity: number | string;
  unit: string;
}

/** 查封扣押决定书 (Administrative Coercion Law art. 24, 25). */
export interface SeizureDecisionData {
  agency: AgencyData;
  documentNumber: string;
  party: PartyData;
  facts: string;
  reasons: string;
  basis: string;
  measure: '查封' | '扣押';
  items: SeizedItem[];
  inventoryNumber: string;
  place: string;
  period: { from: IsoDate; to: IsoDate; days: number };
  remedies: RemedyRoutes;
  date: IsoDate;
}

/** 查封扣押清单. */
export interface SeizureInventoryData {
  agency: AgencyData;
  documentNumber: string;
  decisionNumber: string;
  party: { name: string };
  place: string;
  items: Array<SeizedItem & { specification: string; condition: string; note: string }>;
  officers: OfficerData[];
  witness: string | null;
  date: IsoDate;
}

/** 立案审批表 (art. 54). */
export interface CaseFilingApprovalData {
  agency: AgencyData;
  caseNumber: string;
  source: string;
  discoveredDate: IsoDate;
  caseCause: string;
  party: PartyData;
  summary: string;
  suspectedViolation: string;
  officers: OfficerData[];
  handlerOpinion: string;
}

/** 现场检查笔录 (art. 55). */
export interface InspectionRecordData {
  agency: AgencyData;
  date: IsoDate;
  startTime: string;
  endTime: string;
  place: string;
  party: PartyData;
  onSite: { name: string; position: string; phone: string };
  officers: OfficerData[];
  recorder: string;
  findings: string;
  /** The audio/video device, when the inspection was recorded. */
  avRecord: string | null;
  partyOpinion: string | null;
}

/** 询问笔录. */
export interface InquiryRecordData {
  agency: AgencyData;
  caseCause: string;
  date: IsoDate;
  startTime: string;
  endTime: string;
  place: string;
  officers: OfficerData[];
  recorder: string;
  interviewee: { name: string; gender: string; idNumber: string; employer: string; position: string; phone: string; address: string };
  initialAnswer: string;
  exchanges: Array<{ question: string; answer: string }>;
}

export interface DocumentDataByKind {
  PENALTY_DECISION: PenaltyDecisionData;
  PENALTY_NOTICE: PenaltyNoticeData;
  HEARING_NOTICE: HearingNoticeData;
  REVIEW_SUBMISSION: ReviewSubmissionData;
  REVIEW_OPINION: ReviewOpinionData;
  DELIVERY_RECEIPT: DeliveryReceiptData;
  SEIZURE_DECISION: SeizureDecisionData;
  SEIZURE_INVENTORY: SeizureInventoryData;
  CASE_FILING_APPROVAL: CaseFilingApprovalData;
  INSPECTION_RECORD: InspectionRecordData;
  INQUIRY_RECORD: InquiryRecordData;
}

export type DocumentKind = keyof DocumentDataByKind;
