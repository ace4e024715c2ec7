import { documentKind, yuan, type DocumentDataByKind, type DocumentKind, type IntendedPenalty } from '@sanxiang/docgen';
import {
  caseCause, dayOf, evidenceOf, filedDate, findingsOf, itemBasis, L, Missing, officersOf, partyOf, penaltyName, penaltyOf, remediesOf, stepsWith, timeOf,
  type Assembler, type DocumentSource,
} from './document-source.ts';
import { fillFromStageForm, stageFormOf } from './stage-form-fields.ts';
import { caseFilingApproval, inquiryRecord, inspectionRecord, seizureDecision, seizureInventory } from './record-document-data.ts';

// The data each national template reads (@sanxiang/docgen's document-data.ts), assembled from the stored case: here the
// penalty and review documents and the registry of every kind (the records and measures are in record-document-data.ts).
// What the case does not hold yet is collected and reported at once; nothing is ever printed as "undefined".

function intendedPenalty(source: DocumentSource, missing: Missing, at: string): IntendedPenalty {
  const { kinds, fine } = penaltyOf(source);
  const description = source.particulars.penaltyDescription
    || (fine !== null ? `处罚款人民币${yuan(fine)}元。` : missing.text(null, L('处罚内容', 'what the penalty is'), `${at}.description`));
  return { types: kinds.length > 0 ? kinds.map(penaltyName) : [missing.text(null, L('处罚种类', 'the kinds of penalty'), `${at}.types`)], description, fineAmount: fine };
}

const penaltyBasisOf = (source: DocumentSource, missing: Missing, at = 'penaltyBasis') =>
  missing.text(source.particulars.penaltyBasis || itemBasis(source), L('处罚依据', 'the provision the penalty rests on'), at);
const violatedOf = (source: DocumentSource, missing: Missing, at = 'violatedProvision') =>
  missing.text(source.particulars.violatedProvision, L('违反的规定（条款）', 'the provision violated'), at);
const noticeNumberOf = (source: DocumentSource) => source.particulars.noticeNumber || `${source.record.number}-告`;

function contactOf(source: DocumentSource, missing: Missing) {
  const lead = source.record.officers.find((officer) => officer.lead) ?? source.record.officers[0];
  return {
    name: source.particulars.contact?.name || lead?.user.displayName || missing.text(null, L('联系人', 'the contact person'), 'contact.name'),
    phone: missing.text(source.particulars.contact?.phone, L('联系电话', 'the contact phone number'), 'contact.phone'),
    address: missing.text(source.particulars.contact?.address, L('联系地址', 'the contact address'), 'contact.address'),
  };
}

/** What the party said, as the decision recounts it (art. 45): the officer's own summary, else what the steps show. */
function statementSummary(source: DocumentSource, hearingOffered: boolean): string {
  if (source.particulars.statementSummary) return source.particulars.statementSummary;
  if (stepsWith(source, 'HEARING_HELD').length > 0) return '当事人要求举行听证，本机关依法组织了听证，听取了当事人的陈述和申辩。';
  if (stepsWith(source, 'STATEMENT_HEARD').length > 0) return '当事人在法定期限内提出了陈述、申辩意见，本机关已进行复核。';
  if (stepsWith(source, 'DEFENCE_WAIVED').length > 0) return `当事人明确表示放弃陈述、申辩${hearingOffered ? '和要求听证' : ''}的权利。`;
  return `当事人在法定期限内未提出陈述、申辩意见${hearingOffered ? '，也未要求举行听证' : ''}。`;
}

const penaltyDecision: Assembler<'PENALTY_DECISION'> = (source, missing) => {
  const { decision, fine, reasoning } = penaltyOf(source);
  const notice = stepsWith(source, 'PENALTY_NOTICE').at(-1);
  const hearingOffered = notice?.detail.hearingRightNotified === true;
  const payment = source.particulars.payment;
  return {
    agency: { name: source.department.name },
    documentNumber: missing.text(decision?.number, L('处罚决定（负责人批准作出决定后才有文号）', 'the decision (it has a number once the head decides)'), 'documentNumber'),
    party: partyOf(source, missing),
    caseCause: caseCause(source),
    filedDate: filedDate(source, missing),
    facts: findingsOf(source, missing, 'facts'),
    evidence: evidenceOf(source, missing),
    notice: {
      documentNumber: noticeNumberOf(source),
      date: notice ? dayOf(notice.at) : missing.value<string>(null, L('事先告知', 'the advance notice'), '', 'notice.date'),
      hearingOffered,
    },
    statementSummary: statementSummary(source, hearingOffered),
    reasons: {
      evidence: missing.text(reasoning.evidence, L('证据采信理由', 'why the evidence was adopted'), 'reasons.evidence'),
      basis: missing.text(reasoning.basis, L('依据选择理由', 'why the legal basis was chosen'), 'reasons.basis'),
      discretion: missing.text(reasoning.discretion, L('裁量理由', 'why the discretion level was chosen'), 'reasons.discretion'),
    },
    violatedProvision: violatedOf(source, missing),
    penaltyBasis: penaltyBasisOf(source, missing),
    penalty: { ...intendedPenalty(source, missing, 'penalty'), compliance: source.particulars.compliance || null },
    payment: fine === null ? null : {
      bank: missing.text(payment?.bank, L('罚款缴纳银行', 'the bank where the fine is paid'), 'payment.bank'),
      accountName: missing.text(payment?.accountName, L('收款户名', 'the account name'), 'payment.accountName'),
      accountNumber: missing.text(payment?.accountNumber, L('收款账号', 'the account number'), 'payment.accountNumber'),
    },
    remedies: remediesOf(source),
    decisionDate: decision ? dayOf(decision.decidedAt) : source.today,
  };
};

const penaltyNotice: Assembler<'PENALTY_NOTICE'> = (source, missing) => {
  const notice = stepsWith(source, 'PENALTY_NOTICE').at(-1);
  return {
    agency: { name: source.department.name },
    documentNumber: noticeNumberOf(source),
    party: partyOf(source, missing),
    caseCause: caseCause(source),
    filedDate: filedDate(source, missing),
    facts: findingsOf(source, missing, 'facts'),
    evidence: evidenceOf(source, missing),
    reasons: '上述事实清楚，证据确凿，',
    violatedProvision: violatedOf(source, missing),
    penaltyBasis: penaltyBasisOf(source, missing),
    intendedPenalty: intendedPenalty(source, missing, 'intendedPenalty'),
    // The engine's default window (five working days, 行政处罚法 第六十四条 for the hearing request) unless configured.
    statementDays: 5,
    hearing: { applicable: source.requirements?.hearing.right ?? notice?.detail.hearingRightNotified === true },
    contact: contactOf(source, missing),
    date: notice ? dayOf(notice.at) : source.today,
  };
};

const hearingNotice: Assembler<'HEARING_NOTICE'> = (source, missing) => ({
  agency: { name: source.department.name },
  documentNumber: `${source.record.number}-听告`,
  party: partyOf(source, missing),
  caseCause: caseCause(source),
  penaltyBasis: penaltyBasisOf(source, missing),
  intendedPenalty: intendedPenalty(source, missing, 'intendedPenalty'),
  contact: contactOf(source, missing),
  date: source.today,
});

function latestReview(source: DocumentSource) {
  return source.record.reviews.at(-1) ?? null;
}

const reviewSubmission: Assembler<'REVIEW_SUBMISSION'> = (source, missing) => {
  const review = latestReview(source);
  const entries = source.requirements?.review.entries ?? [];
  const materialNames = new Map(entries.flatMap((entry) => entry.materials.map((material) => [material.id, material.name] as const)));
  const provided = Array.isArray(review?.materials) ? (review.materials as Array<{ id: string; provided: boolean }>).filter((material) => material.provided) : [];
  const description = intendedPenalty(source, missing, 'proposedDecision').description;
  return {
    agency: { name: source.department.name },
    caseNumber: source.record.number,
    caseName: source.record.title,
    party: partyOf(source, missing),
    handlingUnit: source.department.name,
    officers: officersOf(source, missing),
    caseSummary: findingsOf(source, missing, 'caseSummary'),
    proposedDecision: description,
    legalBasis: `${violatedOf(source, missing, 'legalBasis')}；${penaltyBasisOf(source, missing, 'legalBasis')}`,
    reviewTriggers: entries.flatMap((entry) => entry.criteria.map((criterion) => criterion.zh)),
    materials: provided.map((material) => materialNames.get(material.id) ?? material.id),
    handlingUnitOpinion: '事实清楚，证据充分，建议按拟处理意见作出决定。',
    submittedDate: review ? dayOf(review.createdAt) : source.today,
  };
};

const CONCLUSION: Record<string, string> = {
  AGREE: '同意承办机构的处理意见。',
  PROBLEMS_FOUND: '存在问题，请承办机构按下列意见补正后重新报送。',
  DISAGREE: '不同意承办机构的处理意见，提请负责人协调或者集体讨论决定。',
};

const reviewOpinion: Assembler<'REVIEW_OPINION'> = (source, missing) => {
  const review = latestReview(source);
  const round = review?.rounds.filter((each) => each.opinion !== null).at(-1) ?? null;
  if (!round) missing.need(L('审核人员出具的审核意见', "the reviewer's opinion"));
  const questions = new Map((source.requirements?.review.entries ?? []).flatMap((entry) => entry.checklist.map((check) => [check.id, check.question.zh] as const)));
  const checklist = Array.isArray(round?.checklist) ? round.checklist as Array<{ id: string; passed: boolean; note?: string }> : [];
  const reviewer = round?.reviewerId ? source.people.get(round.reviewerId) : undefined;
  return {
    agency: { name: source.department.name },
    documentNumber: `${source.record.number}-审${round?.number ?? ''}`,
    handlingUnit: source.department.name,
    caseNumber: source.record.number,
    caseName: source.record.title,
    party: { name: source.record.parties[0]?.name ?? '' },
    submittedDate: round ? dayOf(round.submittedAt) : source.today,
    checks: checklist.map((check) => ({ item: questions.get(check.id) ?? check.id, finding: check.note || (check.passed ? '符合要求。' : '存在问题。') })),
    conclusion: CONCLUSION[round?.opinion ?? 'AGREE'] ?? '',
    problems: Array.isArray(round?.problems) ? (round.problems as string[]) : [],
    reviewers: reviewer ? [reviewer.displayName] : [],
    reviewUnit: reviewer?.department || source.department.name,
    date: round?.decidedAt ? dayOf(round.decidedAt) : source.today,
  };
};

const DELIVERY_METHOD: Record<string, string> = {
  DELIVERY_IN_PERSON: '直接送达', DELIVERY_BY_LEAVING: '留置送达', DELIVERY_BY_POST: '邮寄送达', DELIVERY_BY_NOTICE: '公告送达', ELECTRONIC_DELIVERY: '电子送达',
};

const deliveryReceipt: Assembler<'DELIVERY_RECEIPT'> = (source, missing) => {
  const { decision } = penaltyOf(source);
  const delivered = stepsWith(source, 'DELIVERED').at(-1);
  const party = source.record.parties[0];
  return {
    agency: { name: source.department.name },
    document: { name: '行政处罚决定书', number: missing.text(decision?.number, L('处罚决定文号', 'the decision number'), 'document.number') },
    recipient: party?.name ?? missing.text(null, L('受送达人', 'the recipient'), 'recipient'),
    address: missing.text(party?.address, L('送达地点（当事人地址）', 'the place of delivery (the party\'s address)'), 'address'),
    method: DELIVERY_METHOD[String(delivered?.detail.method ?? 'DELIVERY_IN_PERSON')] ?? '直接送达',
    // Prepared before the visit, the receipt carries the day it is printed; the recipient's signature dates it.
    deliveredDate: delivered ? dayOf(delivered.at) : source.today,
    deliveredTime: delivered ? timeOf(delivered.at) : '　　时　　分',
    deliverers: source.record.officers.map((officer) => officer.user.displayName),
    proxy: null,
    witness: null,
    note: null,
  };
};

const ASSEMBLERS: { [K in DocumentKind]: Assembler<K> } = {
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

/**
 * The data a kind of document is filled with: each part from the stage form the officer filled when it holds a value
 * (stage-form-fields.ts), else from the case particulars and the recorded steps; or BAD_INPUT naming, at once,
 * everything neither of them holds yet.
 */
export function documentDataFor<K extends DocumentKind>(kind: K, source: DocumentSource): DocumentDataByKind[K] {
  const missing = new Missing();
  const assembled = (ASSEMBLERS[kind] as Assembler<K>)(source, missing);
  const { data, filled } = fillFromStageForm(kind, assembled, source.forms, (path) => missing.lacks(path));
  missing.supplied(filled);
  missing.throwIfAny(documentKind(kind).name, stageFormOf(kind));
  return data;
}
