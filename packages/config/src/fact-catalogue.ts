import type { LocalText } from './issues.ts';

export type FactType = 'number' | 'boolean' | 'string' | 'enum' | 'string[]' | 'object';

/** A fact the engine provides about a case. Conditions and golden cases may only name catalogued facts. */
export interface FactDefinition {
  name: string;
  type: FactType;
  /** The allowed values of an enum fact. */
  values?: readonly string[];
  /** For numbers: CNY (yuan), DAYS, MONTHS or PERSONS. */
  unit?: 'CNY' | 'DAYS' | 'MONTHS' | 'PERSONS';
  /** The engine computes it from the configuration rather than taking it from the case file. */
  derived?: boolean;
  description: LocalText;
}

// Kept in step with the actionType and stage enums of ../schemas/*.schema.json; a test compares them.
export const ACTION_TYPES = [
  'FILE', 'ON_SITE_INSPECTION', 'RANDOM_INSPECTION', 'INQUIRY', 'EVIDENCE_TAKING', 'EVIDENCE_PRESERVATION', 'SEIZURE',
  'FREEZING', 'NOTIFY', 'HEARING', 'LEGAL_REVIEW', 'COLLECTIVE_DISCUSSION', 'DECIDE', 'SIMPLE_PROCEDURE_DECISION',
  'DELIVERY_IN_PERSON', 'DELIVERY_BY_LEAVING', 'DELIVERY_BY_POST', 'DELIVERY_BY_NOTICE', 'ELECTRONIC_DELIVERY', 'EXECUTE',
  'FORCED_EXECUTION', 'FORCED_DEMOLITION', 'PUBLISH', 'CLOSE', 'LICENCE_ACCEPT', 'LICENCE_DECIDE',
] as const;
export const STAGES = ['FILING', 'INVESTIGATION', 'REVIEW', 'DECISION', 'DELIVERY', 'EXECUTION'] as const;
export const CATEGORIES = ['PENALTY', 'COERCION', 'INSPECTION', 'LICENCE', 'EXPROPRIATION', 'CONFIRMATION', 'OTHER'] as const;

const yuan = (name: string, zh: string, en: string): FactDefinition => ({ name, type: 'number', unit: 'CNY', description: { zh, en } });
const flag = (name: string, zh: string, en: string): FactDefinition => ({ name, type: 'boolean', description: { zh, en } });
const computed = (name: string, type: FactType, zh: string, en: string, unit?: FactDefinition['unit']): FactDefinition =>
  ({ name, type, ...(unit ? { unit } : {}), derived: true, description: { zh, en } });

export const FACT_CATALOGUE: readonly FactDefinition[] = [
  // Amounts, in yuan.
  yuan('intendedFine', '拟罚款金额（元）', 'Intended fine, in yuan'),
  yuan('confiscationValue', '拟没收的违法所得和非法财物价值总额（元）', 'Total value of illegal gains and property to be confiscated, in yuan'),
  yuan('illegalGains', '违法所得（元）', 'Illegal gains, in yuan'),
  yuan('goodsValue', '货值金额（元）', 'Value of the goods involved, in yuan'),
  // The party.
  { name: 'partyType', type: 'enum', values: ['INDIVIDUAL', 'ORGANISATION'], description: { zh: '当事人类型：INDIVIDUAL 公民，ORGANISATION 法人或者其他组织', en: 'Party type: INDIVIDUAL or ORGANISATION' } },
  { name: 'partyAge', type: 'number', description: { zh: '当事人为公民时的周岁年龄', en: 'Age in full years, when the party is an individual' } },
  flag('partyMinor', '当事人为未成年人', 'The party is a minor'),
  flag('mentalIncapacity', '当事人为不能辨认或者不能控制自己行为的精神病人、智力残疾人', 'The party could not understand or control their conduct because of mental illness or intellectual disability'),
  { name: 'party', type: 'object', description: { zh: '当事人信息（对象；可用 path 取其字段，例如 address.province）', en: 'The party (an object; use path for a field, e.g. address.province)' } },
  flag('business', '违法行为发生在经营活动中', 'The violation arose in business activity'),
  // The case.
  { name: 'category', type: 'enum', values: CATEGORIES, description: { zh: '执法类别', en: 'Enforcement category' } },
  { name: 'itemCode', type: 'string', description: { zh: '执法事项编码', en: 'Enforcement item code' } },
  { name: 'department', type: 'string', description: { zh: '办案部门代码', en: 'Code of the department handling the case' } },
  { name: 'actionType', type: 'enum', values: ACTION_TYPES, description: { zh: '拟实施的执法行为', en: 'The action about to be taken' } },
  { name: 'stage', type: 'enum', values: STAGES, description: { zh: '案件所处阶段', en: 'Stage of the case' } },
  { name: 'procedure', type: 'enum', values: ['SIMPLE', 'GENERAL'], description: { zh: '程序：SIMPLE 简易程序，GENERAL 普通程序', en: 'Procedure: SIMPLE (on the spot) or GENERAL' } },
  { name: 'penaltyTypes', type: 'string[]', values: ['WARNING', 'CRITICISM', 'FINE', 'CONFISCATION', 'QUALIFICATION_DOWNGRADE', 'LICENCE_REVOCATION', 'RESTRICTION', 'SUSPENSION', 'CLOSURE', 'DETENTION'], description: { zh: '拟作出的处罚种类', en: 'Kinds of penalty intended' } },
  flag('warningOnly', '拟仅给予警告', 'Only a warning is intended'),
  flag('licenceRevocation', '拟吊销许可证件', 'Revoking a licence is intended'),
  flag('qualificationDowngrade', '拟降低资质等级', 'Downgrading a qualification is intended'),
  flag('suspensionOrClosure', '拟责令停产停业、责令关闭或者限制从业', 'Ordering suspension of production or business, closure, or restriction of practice is intended'),
  flag('hearingRequested', '当事人已要求听证', 'The party has asked for a hearing'),
  flag('hearingHeld', '已经过听证程序', 'A hearing has been held'),
  flag('majorPublicInterest', '涉及重大公共利益', 'Major public interest is involved'),
  flag('majorRightsAffected', '直接关系当事人或者第三人重大权益', "The party's or a third party's major rights are directly concerned"),
  flag('socialImpact', '可能造成重大社会影响或者引发社会风险', 'Could cause major social impact or social risk'),
  flag('complexMultipleRelations', '案件情况疑难复杂、涉及多个法律关系', 'The case is difficult and complex and involves several legal relationships'),
  flag('lawRequiresReview', '法律、法规规定应当进行法制审核', 'A law or regulation requires legal review'),
  flag('majorViolation', '情节复杂或者重大违法行为', 'Complex circumstances or a major violation'),
  flag('majorCase', '重大案件', 'A major case'),
  flag('crossRegion', '跨区域', 'Crosses regions'),
  flag('crossDepartment', '跨部门', 'Crosses departments'),
  flag('outsideBenchmark', '拟在裁量基准之外减轻或者加重处罚', 'A penalty reduced or increased outside the discretion benchmark is intended'),
  flag('suspectedCrime', '涉嫌犯罪', 'A crime is suspected'),
  // Circumstances of the violation.
  flag('firstViolation', '初次违法', 'First violation'),
  flag('harmSlight', '危害后果轻微', 'The harm is slight'),
  flag('harmCaused', '造成危害后果', 'Harm resulted'),
  flag('correctedPromptly', '及时改正', 'Corrected promptly'),
  flag('noSubjectiveFault', '有证据足以证明没有主观过错', 'Evidence shows there was no subjective fault'),
  flag('harmToLifeHealthFinance', '涉及公民生命健康安全、金融安全且有危害后果', "Concerns citizens' life, health or safety, or financial security, and harm resulted"),
  { name: 'monthsSinceViolation', type: 'number', unit: 'MONTHS', description: { zh: '违法行为发生（或终了）之日至发现之日的月数', en: 'Months from the violation (or its end) to its discovery' } },
  { name: 'daysSinceFiling', type: 'number', unit: 'DAYS', description: { zh: '立案之日起经过的天数', en: 'Days since the case was filed' } },
  { name: 'daysPaymentOverdue', type: 'number', unit: 'DAYS', description: { zh: '罚款逾期未缴的天数', en: 'Days the fine is overdue' } },
  // The action.
  flag('emergency', '情况紧急', 'An emergency'),
  flag('atNight', '在夜间实施', 'Carried out at night'),
  flag('onHoliday', '在法定节假日实施', 'Carried out on a statutory holiday'),
  flag('inEnforcementPremises', '在执法办案场所内', 'Inside enforcement premises'),
  { name: 'certifiedOfficers', type: 'number', unit: 'PERSONS', description: { zh: '在场的持证执法人员人数', en: 'Number of certified officers present' } },
  flag('headApproved', '已经行政机关负责人批准', 'Approved by the head of the agency'),
  flag('preDecisionNoticeGiven', '已告知拟作出的处罚内容及事实、理由、依据和当事人权利', 'The party has been told the intended penalty, its facts, reasons and basis, and their rights'),
  flag('statementHeard', '已听取当事人陈述、申辩', "The party's statement and defence have been heard"),
  flag('demolitionNoticeGiven', '已公告并限期当事人自行拆除', 'A public notice with a deadline to demolish has been given'),
  flag('partyConsentElectronic', '当事人已签署同意电子送达的确认书', 'The party has signed consent to electronic delivery'),
  flag('evidenceUsed', '该记录作为证据使用', 'The record is used as evidence'),
  // Review and disclosure.
  { name: 'legalReviewRequired', type: 'boolean', derived: true, description: { zh: '按审核目录须经法制审核（由引擎计算）', en: 'Legal review is required by the review catalogue (computed by the engine)' } },
  flag('legalReviewPassed', '法制审核已通过', 'Legal review has been passed'),
  flag('reviewerFirstTime', '审核人员初次从事法制审核', 'The reviewer is reviewing for the first time'),
  flag('reviewerLegalQualification', '审核人员取得法律职业资格', 'The reviewer holds the national legal professional qualification'),
  flag('stateSecret', '核心事实涉及国家秘密', 'The core facts are state secrets'),
  flag('tradeSecret', '核心事实涉及商业秘密', 'The core facts are trade secrets'),
  flag('privacyCore', '核心事实涉及个人隐私', 'The core facts are personal privacy'),
  // Computed by the engine from the case's structure, the tenant's calendar and its own answers. A case file may not
  // state them; golden cases and conditions may test them.
  computed('hearingRight', 'boolean', '当事人享有听证权利（按较大数额标准等计算）', 'The party has a right to a hearing (from the large-amount thresholds and the penalty types)'),
  computed('hearingRightNotified', 'boolean', '已告知听证权利', 'The party has been told of the right to a hearing'),
  computed('hearingNoticeWorkingDays', 'number', '听证通知至举行听证之间的工作日数', 'Working days between the hearing notice and the hearing', 'DAYS'),
  computed('defencePeriodRunning', 'boolean', '陈述、申辩期限尚未届满', 'The period for statement and defence is still running'),
  computed('defencePeriodEnds', 'string', '陈述、申辩期限届满之日（YYYY-MM-DD）', 'The last day of the period for statement and defence (YYYY-MM-DD)'),
  computed('partyPresent', 'boolean', '当事人在场', 'The party is present'),
  computed('invalidCertificates', 'number', '执法证无效（过期、暂扣、吊销或超出领域、区域）的执法人员人数', 'Officers whose certificate is expired, suspended, revoked, or outside their domain or area', 'PERSONS'),
  computed('certificateProblems', 'string[]', '执法证存在的问题', 'What is wrong with the officers\' certificates'),
  computed('reasoningComplete', 'boolean', '决定书说理包含证据采信、依据选择、裁量理由三部分', 'The decision reasoning gives why the evidence was adopted, the basis chosen and the discretion level'),
  computed('decisionMade', 'boolean', '已作出处罚决定', 'The decision has been made'),
  computed('decisionDeadline', 'string', '作出处罚决定的法定期限（YYYY-MM-DD）', 'The statutory last day for the decision (YYYY-MM-DD)'),
  computed('daysToDecisionDeadline', 'number', '距作出决定法定期限的天数', 'Days left before the statutory decision limit', 'DAYS'),
  computed('limitationDaysLeft', 'number', '发现违法行为时距追责时效届满的天数（负数为已过时效）', 'Days between discovery and the end of the limitation period (negative once it has passed)', 'DAYS'),
  computed('seizureActive', 'boolean', '查封、扣押尚在持续', 'A seizure is still in force'),
  computed('seizureDaysElapsed', 'number', '查封、扣押已经过的天数', 'Days the seizure has lasted', 'DAYS'),
  computed('seizureExtensionApproved', 'boolean', '查封、扣押延长已经批准', 'An extension of the seizure has been approved'),
  computed('seizureLimitDays', 'number', '查封、扣押的法定期限天数（含批准的延长）', 'Days the seizure may last, including an approved extension', 'DAYS'),
  computed('missingFullAvRecords', 'number', '应当全程音像记录而缺少记录的行为数', 'Actions that need a full audio-video record and lack one'),
];
