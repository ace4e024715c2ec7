import type { LegalRule, LocalText } from '../config-kinds.ts';
import { ACTION_TYPES } from '../case-snapshot.ts';
import { acl, all, any, apl, compare, gbf118, is, isNot, not, ON_SITE_ACTIONS, seed } from './statutes.ts';

/** A law-table rule: a config LegalRule plus what the engine says when it does not hold. */
export interface LawRule extends LegalRule {
  negative?: LocalText;
  /** An obligation's deadline, counted from the evaluation date (the act). */
  due?: { days: number; unit: 'WORKING' | 'CALENDAR' };
  /**
   * Checks structure that configured conditions are not expected to restate (certificates on the act date, the seizure
   * limit on the calendar, attached evidence, the reasoning's three parts): applies whatever the configuration
   * declares, unless a configured rule takes its id or speaks for its article (`supersededBy`).
   */
  structural?: boolean;
  /** A configured rule of this kind citing this article of the Administrative Penalty Law makes this one redundant. */
  supersededBy?: { kind: LegalRule['kind']; article: string };
}

const BEFORE_DECISION = ['FILE', 'ON_SITE_INSPECTION', 'INQUIRY', 'EVIDENCE_TAKING', 'EVIDENCE_PRESERVATION', 'SEIZURE', 'FREEZING',
  'NOTIFY', 'HEARING', 'LEGAL_REVIEW', 'COLLECTIVE_DISCUSSION', 'DECIDE'];
const WHILE_SEIZED = ACTION_TYPES.filter((action) => action !== 'CLOSE' && !action.startsWith('DELIVERY') && action !== 'ELECTRONIC_DELIVERY');

/**
 * The gates, warnings and obligations the law fixes whatever the tenant declares (DOMAIN.md's law table). Config
 * rules with the same id replace them. Prerequisites the law demands before an act (a notice, an approval, a passed
 * review) block unless the case records them; prohibitions (night, overdue seizure) block when the case shows them,
 * and are reported as undetermined when it cannot tell.
 */
export const LAW_RULES: readonly LawRule[] = [
  {
    id: 'apl-42.two-certified-officers', kind: 'GATE', actions: ON_SITE_ACTIONS,
    condition: compare('certifiedOfficers', 'lessThan', 2),
    message: { zh: '持有效执法证的执法人员不得少于两人', en: 'at least two officers with valid certificates are required' },
    negative: { zh: '执法人员人数符合要求', en: 'enough certified officers take part' },
    basis: [apl('第四十二条'), apl('第五十五条')],
  },
  {
    id: 'apl-42.certificate-invalid', structural: true, kind: 'GATE', actions: [...ON_SITE_ACTIONS, 'DECIDE'],
    condition: compare('invalidCertificates', 'greaterThan', 0),
    message: { zh: '执法人员的执法证已过期、被暂扣或吊销，或超出执法领域、区域，不得从事执法', en: 'an officer\'s certificate is expired, suspended, revoked, or outside their domain or area' },
    negative: { zh: '执法证均有效', en: 'every certificate is valid' },
    basis: [apl('第四十二条'), gbf118('二、（一）')],
  },
  {
    id: 'apl-58.review-not-passed', kind: 'GATE', actions: ['DECIDE'],
    condition: all(is('legalReviewRequired', true), isNot('legalReviewPassed', true)),
    message: { zh: '重大执法决定未经法制审核或审核未通过的，不得作出决定', en: 'a major decision may not be made before legal review has passed' },
    negative: { zh: '无须审核或审核已通过', en: 'no review is needed or it has passed' },
    basis: [apl('第五十八条'), gbf118('四')],
  },
  {
    id: 'apl-44.no-pre-decision-notice', kind: 'GATE', actions: ['DECIDE'],
    condition: isNot('preDecisionNoticeGiven', true),
    message: { zh: '未告知拟作出的处罚内容及事实、理由、依据和陈述、申辩、听证权利的，不得作出处罚决定', en: 'the party must first be told the intended penalty, its facts, reasons and basis, and their rights' },
    negative: { zh: '已履行事先告知', en: 'the party was told beforehand' },
    basis: [apl('第四十四条'), apl('第六十二条')],
  },
  {
    id: 'apl-45.defence-period-running', structural: true, kind: 'GATE', actions: ['DECIDE'],
    condition: is('defencePeriodRunning', true),
    message: { zh: '陈述、申辩期限尚未届满，不得作出处罚决定', en: 'the statement and defence period is still running' },
    negative: { zh: '陈述申辩期限已届满或已放弃', en: 'the statement and defence period is over or waived' },
    basis: [apl('第四十五条'), apl('第六十二条')],
  },
  {
    id: 'apl-64.hearing-pending', kind: 'GATE', actions: ['DECIDE'],
    condition: all(is('hearingRequested', true), isNot('hearingHeld', true)),
    message: { zh: '当事人要求听证的，应当在听证结束后作出决定', en: 'the party asked for a hearing: decide only after it' },
    basis: [apl('第六十四条'), apl('第六十五条')],
  },
  {
    id: 'apl-63.hearing-right-not-notified', structural: true, kind: 'GATE', actions: ['DECIDE'],
    condition: all(is('hearingRight', true), isNot('hearingRightNotified', true)),
    message: { zh: '当事人享有听证权利但未被告知，不得作出决定', en: 'the party has a right to a hearing and was not told of it' },
    negative: { zh: '听证权利已告知或不享有听证权利', en: 'the hearing right was notified or does not arise' },
    basis: [apl('第六十三条'), apl('第六十四条')],
  },
  {
    id: 'apl-64.hearing-notice-too-late', structural: true, kind: 'GATE', actions: ['HEARING'],
    condition: compare('hearingNoticeWorkingDays', 'lessThan', 7),
    message: { zh: '应当在举行听证的七日前通知当事人听证的时间、地点', en: 'the party must be told the time and place at least seven working days before the hearing' },
    basis: [apl('第六十四条'), apl('第八十五条')],
  },
  {
    id: 'gbf-118.full-av-missing', structural: true, kind: 'GATE', actions: ['LEGAL_REVIEW', 'DECIDE', 'EXECUTE', 'FORCED_EXECUTION', 'CLOSE'],
    condition: compare('missingFullAvRecords', 'greaterThan', 0),
    message: { zh: '查封扣押、强制拆除等行为缺少全程音像记录', en: 'a seizure, freezing or forced demolition lacks its full audio-video record' },
    basis: [gbf118('三、（二）'), seed('000')],
  },
  {
    id: 'seed-001.reasoning-three-parts', structural: true, kind: 'GATE', actions: ['DECIDE'],
    condition: isNot('reasoningComplete', true),
    message: { zh: '普通程序决定书应当载明证据采信、依据选择和裁量基准运用的理由', en: 'a general-procedure decision must state why the evidence was adopted, why the basis was chosen and why the discretion level was chosen' },
    basis: [seed('000'), seed('001')],
  },
  {
    id: 'acl-25.seizure-overdue', structural: true, kind: 'GATE', actions: WHILE_SEIZED,
    condition: all(is('seizureActive', true), compare('seizureDaysElapsed', 'greaterThan', { fact: 'seizureLimitDays' })),
    message: { zh: '查封、扣押期限已过且未经批准延长，应当解除', en: 'the seizure has run past its limit without an approved extension and must be lifted' },
    negative: { zh: '查封扣押在期限内', en: 'the seizure is within its limit' },
    basis: [acl('第二十五条'), acl('第二十八条')],
  },
  {
    id: 'acl-43.night-or-holiday', kind: 'GATE', actions: ['FORCED_EXECUTION', 'FORCED_DEMOLITION'],
    condition: all(any(is('atNight', true), is('onHoliday', true)), isNot('emergency', true)),
    message: { zh: '不得在夜间或者法定节假日实施行政强制执行（情况紧急的除外）', en: 'no enforcement at night or on a statutory holiday, except in an emergency' },
    basis: [acl('第四十三条')],
  },
  {
    id: 'acl-18.head-approval', kind: 'GATE', actions: ['SEIZURE', 'FREEZING'],
    condition: all(isNot('headApproved', true), isNot('emergency', true)),
    message: { zh: '实施前须向行政机关负责人报告并经批准', en: 'the head of the agency must approve beforehand' },
    basis: [acl('第十八条')],
  },
  {
    id: 'acl-44.demolition-notice', kind: 'GATE', actions: ['FORCED_DEMOLITION'],
    condition: isNot('demolitionNoticeGiven', true),
    message: { zh: '强制拆除前应当予以公告，限期当事人自行拆除', en: 'a public notice with a deadline to demolish must come first' },
    basis: [acl('第四十四条')],
  },
  {
    id: 'apl-51.simple-procedure-limit', kind: 'GATE', actions: ['SIMPLE_PROCEDURE_DECISION'],
    condition: all(compare('intendedFine', 'greaterThan', 0), not(compare('intendedFine', 'withinThreshold', 'kind:SIMPLE_PROCEDURE_LIMIT'))),
    message: { zh: '罚款超出简易程序限额，应当适用普通程序', en: 'the fine exceeds the simple-procedure limit: use the general procedure' },
    negative: { zh: '可以适用简易程序', en: 'the simple procedure may be used' },
    basis: [apl('第五十一条')],
  },
  {
    id: 'apl-61.electronic-delivery-consent', kind: 'GATE', actions: ['ELECTRONIC_DELIVERY'],
    condition: isNot('partyConsentElectronic', true),
    message: { zh: '当事人同意并签订确认书的，方可电子送达', en: 'electronic delivery needs the party\'s signed consent' },
    basis: [apl('第六十一条')],
  },
  {
    id: 'apl-58.first-time-reviewer', kind: 'GATE', actions: ['LEGAL_REVIEW'],
    condition: all(is('reviewerFirstTime', true), isNot('reviewerLegalQualification', true)),
    message: { zh: '初次从事法制审核的人员应当取得法律职业资格', en: 'a first-time reviewer must hold the legal professional qualification' },
    basis: [apl('第五十八条')],
  },
  {
    id: 'apl-36.limitation', structural: true, kind: 'WARNING', actions: ['FILE', 'NOTIFY', 'LEGAL_REVIEW', 'DECIDE', 'SIMPLE_PROCEDURE_DECISION'], supersededBy: { kind: 'WARNING', article: '第三十六条' },
    condition: compare('limitationDaysLeft', 'lessThan', 0),
    message: { zh: '违法行为在二年（涉及生命健康、金融安全且有危害后果的五年）内未被发现，不再给予行政处罚', en: 'not discovered within two years (five for life, health or financial security with harm): no penalty may be given' },
    basis: [apl('第三十六条')],
  },
  {
    id: 'apl-60.decision-deadline-near', structural: true, kind: 'WARNING', actions: BEFORE_DECISION,
    condition: all(is('decisionMade', false), compare('daysToDecisionDeadline', 'greaterThanInclusive', 0), compare('daysToDecisionDeadline', 'lessThanInclusive', 10)),
    message: { zh: '距九十日的法定决定期限不足十日', en: 'fewer than ten days remain before the 90-day decision limit' },
    basis: [apl('第六十条')],
  },
  {
    id: 'apl-60.decision-overdue', structural: true, kind: 'WARNING', actions: BEFORE_DECISION, supersededBy: { kind: 'WARNING', article: '第六十条' },
    condition: all(is('decisionMade', false), compare('daysToDecisionDeadline', 'lessThan', 0)),
    message: { zh: '已超过法定决定期限', en: 'the statutory decision limit has passed' },
    basis: [apl('第六十条')],
  },
  {
    id: 'apl-63.hearing-right', kind: 'OBLIGATION', outcome: 'HEARING_RIGHT', actions: ['NOTIFY', 'DECIDE'],
    condition: any(
      compare('intendedFine', 'atLeastThreshold', 'kind:HEARING_LARGE_FINE'),
      compare('confiscationValue', 'atLeastThreshold', 'kind:HEARING_LARGE_FINE'),
      is('licenceRevocation', true), is('qualificationDowngrade', true), is('suspensionOrClosure', true),
    ),
    message: { zh: '当事人有权要求听证', en: 'the party has the right to request a hearing' },
    negative: { zh: '当事人不享有听证权利', en: 'the party has no right to a hearing' },
    basis: [apl('第六十三条')],
  },
  {
    id: 'apl-57.collective-discussion', kind: 'OBLIGATION', outcome: 'COLLECTIVE_DISCUSSION', actions: ['DECIDE'],
    condition: any(is('majorViolation', true), is('complexMultipleRelations', true)),
    message: { zh: '情节复杂或者重大违法行为给予行政处罚，应当由负责人集体讨论决定', en: 'complex or major cases are decided by the heads collectively' },
    basis: [apl('第五十七条')],
  },
  {
    id: 'apl-27.criminal-referral', kind: 'OBLIGATION', outcome: 'CRIMINAL_REFERRAL', actions: ['LEGAL_REVIEW', 'DECIDE', 'CLOSE'],
    condition: is('suspectedCrime', true),
    message: { zh: '涉嫌犯罪的，应当及时将案件移送司法机关', en: 'a suspected crime must be referred to the judiciary' },
    basis: [apl('第二十七条')],
  },
  {
    id: 'apl-61.deliver-decision', kind: 'OBLIGATION', actions: ['DECIDE'],
    message: { zh: '决定书应当在宣告后当场交付当事人，当事人不在场的，应当在七日内送达', en: 'deliver the decision on the spot, or within seven working days' },
    basis: [apl('第六十一条'), apl('第八十五条')], due: { days: 7, unit: 'WORKING' },
  },
  {
    id: 'acl-24.seizure-documents', kind: 'OBLIGATION', actions: ['SEIZURE', 'FREEZING'],
    message: { zh: '应当制作并当场交付查封、扣押决定书和清单', en: 'make and hand over the seizure decision and the inventory on the spot' },
    basis: [acl('第二十四条')],
  },
  {
    id: 'acl-19.emergency-report', kind: 'OBLIGATION', actions: ['SEIZURE', 'FREEZING'],
    condition: all(is('emergency', true), isNot('headApproved', true)),
    message: { zh: '情况紧急当场实施的，应当在二十四小时内向负责人报告并补办批准手续', en: 'in an emergency, report to the head within 24 hours and obtain approval' },
    basis: [acl('第十九条')],
  },
];
