import { FACT_CATALOGUE } from '@sanxiang/config';
import type { LocalText } from './config-kinds.ts';

export interface FactLabel extends LocalText {
  unit?: LocalText;
}

const YUAN: LocalText = { zh: ' 元', en: ' yuan' };
const DAYS: LocalText = { zh: ' 日', en: ' days' };
const PERSONS: LocalText = { zh: ' 人', en: ' persons' };
const MONTHS: LocalText = { zh: ' 个月', en: ' months' };

/** Config's longer descriptions, for facts without a short label here. */
const CATALOGUE_LABELS = new Map<string, FactLabel>(FACT_CATALOGUE.map((fact) => [fact.name, fact.description]));

const label = (zh: string, en: string, unit?: LocalText): FactLabel => (unit ? { zh, en, unit } : { zh, en });

/** Short names for sentences; config's catalogue descriptions are longer, written for form hints. */
export const FACT_LABELS: Record<string, FactLabel> = {
  intendedFine: label('罚款金额', 'the intended fine', YUAN),
  confiscationValue: label('没收违法所得和非法财物价值', 'the value to be confiscated', YUAN),
  illegalGains: label('违法所得', 'the illegal gains', YUAN),
  goodsValue: label('货值金额', 'the value of the goods', YUAN),
  partyType: label('当事人类型', 'the party type'),
  partyAge: label('当事人年龄', "the party's age", { zh: ' 周岁', en: ' years' }),
  partyMinor: label('当事人为未成年人', 'the party is a minor'),
  business: label('违法行为发生在经营活动中', 'the violation arose in business activity'),
  category: label('执法类别', 'the enforcement category'),
  itemCode: label('执法事项', 'the enforcement item'),
  department: label('办案部门', 'the department'),
  actionType: label('拟实施的行为', 'the action'),
  stage: label('案件阶段', 'the stage'),
  procedure: label('程序', 'the procedure'),
  penaltyTypes: label('拟作出的处罚种类', 'the intended penalties'),
  warningOnly: label('拟仅给予警告', 'only a warning is intended'),
  licenceRevocation: label('拟吊销许可证件', 'revoking a licence is intended'),
  qualificationDowngrade: label('拟降低资质等级', 'downgrading a qualification is intended'),
  suspensionOrClosure: label('拟责令停产停业、关闭或限制从业', 'suspension, closure or restriction of practice is intended'),
  hearingRequested: label('当事人已要求听证', 'the party has asked for a hearing'),
  hearingHeld: label('已经过听证程序', 'a hearing has been held'),
  majorPublicInterest: label('涉及重大公共利益', 'major public interest is involved'),
  majorRightsAffected: label('直接关系当事人或第三人重大权益', "major rights of the party or a third party are directly concerned"),
  socialImpact: label('可能造成重大社会影响或引发社会风险', 'it could cause major social impact or risk'),
  complexMultipleRelations: label('案件疑难复杂、涉及多个法律关系', 'the case is complex and involves several legal relationships'),
  lawRequiresReview: label('法律法规规定应当法制审核', 'a law or regulation requires legal review'),
  outsideBenchmark: label('拟在裁量基准之外处罚', 'the penalty lies outside the discretion benchmark'),
  suspectedCrime: label('涉嫌犯罪', 'a crime is suspected'),
  firstViolation: label('初次违法', 'it is a first violation'),
  harmSlight: label('危害后果轻微', 'the harm is slight'),
  harmCaused: label('造成危害后果', 'harm resulted'),
  correctedPromptly: label('及时改正', 'it was corrected promptly'),
  noSubjectiveFault: label('没有主观过错', 'there was no subjective fault'),
  harmToLifeHealthFinance: label('涉及生命健康或金融安全且有危害后果', 'life, health or financial security was harmed'),
  emergency: label('情况紧急', 'it is an emergency'),
  atNight: label('在夜间实施', 'it is carried out at night'),
  onHoliday: label('在法定节假日实施', 'it is carried out on a statutory holiday'),
  inEnforcementPremises: label('在执法办案场所内', 'it is inside enforcement premises'),
  certifiedOfficers: label('持有效执法证的执法人员', 'the officers holding a valid certificate', PERSONS),
  invalidCertificates: label('执法证无效的执法人员', 'the officers without a valid certificate', PERSONS),
  headApproved: label('已经行政机关负责人批准', 'the head of the agency approved'),
  preDecisionNoticeGiven: label('已告知拟作出的处罚及陈述申辩权', 'the party was told of the intended penalty and their rights'),
  statementHeard: label('已听取陈述申辩', 'the statement and defence were heard'),
  demolitionNoticeGiven: label('已公告限期自行拆除', 'a notice to demolish within a deadline was given'),
  partyConsentElectronic: label('当事人已同意电子送达', 'the party consented to electronic delivery'),
  evidenceUsed: label('该记录作为证据使用', 'the record is used as evidence'),
  majorCase: label('重大案件', 'it is a major case'),
  legalReviewRequired: label('须经法制审核', 'legal review is required'),
  legalReviewPassed: label('法制审核已通过', 'legal review has been passed'),
  stateSecret: label('核心事实涉及国家秘密', 'the core facts are state secrets'),
  tradeSecret: label('核心事实涉及商业秘密', 'the core facts are trade secrets'),
  privacyCore: label('核心事实涉及个人隐私', 'the core facts are personal privacy'),
  hearingRight: label('当事人享有听证权利', 'the party has a right to a hearing'),
  hearingRightNotified: label('已告知听证权利', 'the hearing right was notified'),
  defencePeriodRunning: label('陈述申辩期限尚未届满', 'the statement and defence period is still running'),
  missingFullAvRecords: label('缺少全程音像记录的行为', 'the actions without a full audio-video record', { zh: ' 项', en: '' }),
  reasoningComplete: label('决定说理包含证据采信、依据选择和裁量理由', 'the reasoning covers evidence, basis and discretion'),
  seizureDaysElapsed: label('查封扣押已经过的天数', 'the days the seizure has lasted', DAYS),
  seizureLimitDays: label('查封扣押期限', 'the seizure limit', DAYS),
  seizureActive: label('查封扣押尚未解除', 'the seizure is still in place'),
  seizureExtensionApproved: label('延长查封扣押已经批准', 'an extension was approved'),
  decisionMade: label('已作出决定', 'the decision has been made'),
  daysToDecisionDeadline: label('距法定决定期限', 'the days left before the decision deadline', DAYS),
  limitationDaysLeft: label('发现时距追责时效届满', 'the days between discovery and the end of the limitation period', DAYS),
  hearingNoticeWorkingDays: label('听证通知至听证之间的工作日', 'the working days between the hearing notice and the hearing', DAYS),
  monthsSinceViolation: label('违法行为发生至发现的月数', 'the months from the violation to its discovery', MONTHS),
  daysSinceFiling: label('立案以来的天数', 'the days since filing', DAYS),
  partyPresent: label('当事人在场', 'the party is present'),
};

/** Enum values as a reader says them. */
export const VALUE_LABELS: Record<string, LocalText> = {
  INDIVIDUAL: { zh: '公民', en: 'an individual' },
  ORGANISATION: { zh: '法人或者其他组织', en: 'an organisation' },
  PENALTY: { zh: '行政处罚', en: 'penalty' },
  COERCION: { zh: '行政强制', en: 'coercion' },
  INSPECTION: { zh: '行政检查', en: 'inspection' },
  LICENCE: { zh: '行政许可', en: 'licence' },
  SIMPLE: { zh: '简易程序', en: 'the simple procedure' },
  GENERAL: { zh: '普通程序', en: 'the general procedure' },
};

export function factLabel(name: string): FactLabel {
  const catalogued = CATALOGUE_LABELS.get(name);
  return FACT_LABELS[name] ?? catalogued ?? { zh: name, en: name };
}
