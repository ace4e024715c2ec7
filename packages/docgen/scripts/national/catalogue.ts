import type { DocumentKind } from '../../src/document-data.ts';
import type { TemplateSpec } from '../template-blocks.ts';
import { hearingNotice, penaltyDecision, penaltyNotice } from './penalty-documents.ts';
import { caseFilingApproval, deliveryReceipt, inquiryRecord, inspectionRecord } from './procedure-documents.ts';
import { reviewOpinion, reviewSubmission } from './review-documents.ts';
import { seizureDecision, seizureInventory } from './seizure-documents.ts';

/** The national template of each document kind, in the neutral notation of template-blocks.ts. */
export const NATIONAL_TEMPLATE_SPECS: Record<DocumentKind, TemplateSpec> = {
  PENALTY_DECISION: penaltyDecision,
  PENALTY_NOTICE: penaltyNotice,
  HEARING_NOTICE: hearingNotice,
  REVIEW_SUBMISSION: reviewSubmission,
  REVIEW_OPINION: reviewOpinion,
  DELIVERY_RECEIPT: deliveryReceipt,
  SEIZURE_DECISION: seizureDecision,
  SEIZURE_INVENTORY: seizureInventory,
  CASE_FILING_APPROVAL: caseFilingApproval,
  INSPECTION_RECORD: inspectionRecord,
  INQUIRY_RECORD: inquiryRecord,
};
