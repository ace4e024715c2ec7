import type { LocalText } from '@sanxiang/errors';
import { PENALTY_KIND_INFO, PENALTY_KINDS, type PenaltyKind } from './penalty-severity.ts';

/**
 * The six tables of the annual enforcement statistics report (行政执法统计年报).
 *
 * The duty to publish comes from 国办发〔2018〕118号 (建立行政执法统计年报制度) and seed 001 (二、（一）4 and task row 4:
 * 每年 1 月 31 日前公开和报送本机关年度行政执法情况及相关数据). The seeds name the report and its deadline but not its rows;
 * neither does DOMAIN.md. The six tables follow the six kinds of act the task names (许可、处罚、强制、征收、征用、检查), and
 * the rows inside each are our choice, drawn from the article of law that defines what is counted and from what the
 * case records hold. Each row names that article in `basis`. Rows marked "ours" in the README have no national source.
 */

export type ReportTableKey = 'LICENCE' | 'PENALTY' | 'COERCION' | 'EXPROPRIATION' | 'REQUISITION' | 'INSPECTION';
/** 件 (acts or cases), 次 (times an act was carried out), 元. */
export type ReportUnit = 'CASES' | 'TIMES' | 'YUAN';

export interface ReportRowDefinition {
  key: string;
  label: LocalText;
  unit: ReportUnit;
  /** 0 for a heading row, 1 for a row that breaks down the heading above it (其中). */
  level: 0 | 1;
  basis: string;
}

export interface ReportTableDefinition {
  key: ReportTableKey;
  title: LocalText;
  basis: string;
  rows: ReportRowDefinition[];
}

const APL = '《行政处罚法》';
const ALL = '《行政许可法》';
const ACL = '《行政强制法》';
const CONSTITUTION = '《宪法》第十三条第三款';
const GUIDANCE = '国办发〔2018〕118号';

const count = (key: string, zh: string, en: string, basis: string, level: 0 | 1 = 0, unit: ReportUnit = 'CASES'): ReportRowDefinition => ({ key, label: { zh, en }, unit, level, basis });
const yuan = (key: string, zh: string, en: string, basis: string): ReportRowDefinition => ({ key, label: { zh, en }, unit: 'YUAN', level: 0, basis });

// 行政处罚法 第四十八条第二款 names the four ways a published decision stops standing; other acts use the same list.
const corrected = (table: string, basis: string) =>
  count(`${table}.corrected`, '决定被变更、撤销、确认违法或无效', 'Decisions changed, revoked, confirmed illegal or void', basis);

export const PENALTY_KIND_ROW = (kind: PenaltyKind) => `penalty.heaviest.${kind}`;

// The template lists the kinds in the order of the law; severity order (lightest first) is for counting only.
const KINDS_IN_LAW_ORDER: PenaltyKind[] = [...PENALTY_KINDS.filter((kind) => kind !== 'OTHER'), 'OTHER'];

export const UNIT_LABEL: Record<ReportUnit, { zh: string; en: string }> = {
  CASES: { zh: '件', en: 'cases' },
  TIMES: { zh: '次', en: 'times' },
  YUAN: { zh: '元', en: 'yuan' },
};

export const REPORT_TABLES: readonly ReportTableDefinition[] = [
  {
    key: 'LICENCE',
    title: { zh: '表一 行政许可实施情况', en: 'Table 1. Administrative licensing' },
    basis: ALL,
    rows: [
      count('licence.accepted', '受理许可申请', 'Applications accepted', `${ALL}第三十二条`),
      count('licence.decided', '作出许可决定', 'Licensing decisions made', `${ALL}第三十七条`),
      count('licence.granted', '其中：准予许可', 'of which granted', `${ALL}第三十八条第一款`, 1),
      count('licence.refused', '其中：不予许可', 'of which refused', `${ALL}第三十八条第二款`, 1),
      // Ours: the case records hold no separate grant/refusal field yet; a gap is shown rather than guessed.
      count('licence.unrecorded', '其中：决定结果未记录', 'of which outcome not recorded', '本系统数据完整性提示（非国家模板行）', 1),
      corrected('licence', `${ALL}第六十九条`),
    ],
  },
  {
    key: 'PENALTY',
    title: { zh: '表二 行政处罚实施情况', en: 'Table 2. Administrative penalties' },
    basis: APL,
    rows: [
      count('penalty.decisions', '作出行政处罚决定', 'Penalty decisions made', `${APL}第五十七条、第五十九条`),
      count('penalty.general', '其中：普通程序', 'of which general procedure', `${APL}第五十四条`, 1),
      count('penalty.simple', '其中：简易程序', 'of which simple procedure', `${APL}第五十一条`, 1),
      count('penalty.quick', '其中：快速办理', 'of which fast-track', '地方快速办理规定（种子文件未列出）', 1),
      count('penalty.heaviest', '按最重处罚种类统计（一个决定只计一次）', 'By heaviest penalty (each decision once)', `${APL}第九条`),
      ...KINDS_IN_LAW_ORDER.map((kind) => count(PENALTY_KIND_ROW(kind), PENALTY_KIND_INFO[kind].label.zh, PENALTY_KIND_INFO[kind].label.en, `${APL}${PENALTY_KIND_INFO[kind].item}`, 1)),
      count('penalty.none', '作出不予行政处罚决定', 'Decisions not to penalise', `${APL}第三十三条`),
      yuan('penalty.fines', '罚款金额', 'Fines imposed', `${APL}第九条第（二）项`),
      yuan('penalty.confiscation', '没收违法所得、非法财物金额', 'Illegal gains and property confiscated', `${APL}第九条第（二）项`),
      count('penalty.hearings', '举行听证', 'Hearings held', `${APL}第六十三条、第六十四条`),
      count('penalty.reviewed', '经法制审核', 'Decisions legally reviewed', `${APL}第五十八条`),
      corrected('penalty', `${APL}第四十八条第二款`),
    ],
  },
  {
    key: 'COERCION',
    title: { zh: '表三 行政强制实施情况', en: 'Table 3. Administrative coercion' },
    basis: ACL,
    rows: [
      count('coercion.measures', '实施行政强制措施', 'Coercive measures taken', `${ACL}第九条`),
      count('coercion.liberty', '其中：限制公民人身自由', 'of which restriction of personal liberty', `${ACL}第九条第（一）项`, 1),
      count('coercion.seizure', '其中：查封场所、设施或者财物，扣押财物', 'of which sealing up or seizure', `${ACL}第九条第（二）项、第（三）项`, 1),
      count('coercion.freezing', '其中：冻结存款、汇款', 'of which freezing of deposits or remittances', `${ACL}第九条第（四）项`, 1),
      count('coercion.other-measures', '其中：其他行政强制措施', 'of which other measures', `${ACL}第九条第（五）项`, 1),
      count('coercion.execution', '实施行政强制执行', 'Coercive executions carried out', `${ACL}第十二条`),
      count('coercion.forced-execution', '其中：加处罚款或滞纳金、划拨、拍卖等强制执行', 'of which surcharges, transfers, auctions and the like', `${ACL}第十二条第（一）项至第（三）项`, 1),
      count('coercion.demolition', '其中：排除妨碍、恢复原状（含强制拆除）', 'of which removal of obstruction or restoration, incl. forced demolition', `${ACL}第十二条第（四）项、第四十四条`, 1),
    ],
  },
  {
    key: 'EXPROPRIATION',
    title: { zh: '表四 行政征收实施情况', en: 'Table 4. Administrative expropriation' },
    basis: CONSTITUTION,
    rows: [
      count('expropriation.decisions', '作出征收决定', 'Expropriation decisions made', CONSTITUTION),
      yuan('expropriation.amount', '征收金额', 'Amount expropriated', CONSTITUTION),
      corrected('expropriation', CONSTITUTION),
    ],
  },
  {
    key: 'REQUISITION',
    title: { zh: '表五 行政征用实施情况', en: 'Table 5. Administrative requisition' },
    basis: CONSTITUTION,
    rows: [
      count('requisition.decisions', '作出征用决定', 'Requisition decisions made', CONSTITUTION),
      corrected('requisition', CONSTITUTION),
    ],
  },
  {
    key: 'INSPECTION',
    title: { zh: '表六 行政检查实施情况', en: 'Table 6. Administrative inspection' },
    basis: GUIDANCE,
    rows: [
      count('inspection.total', '实施行政检查', 'Inspections carried out', GUIDANCE, 0, 'TIMES'),
      count('inspection.random', '其中：“双随机、一公开”抽查', 'of which random inspections', '种子文件 004（随机抽查事项清单）', 1, 'TIMES'),
      count('inspection.on-site', '其中：其他现场检查', 'of which other on-site inspections', GUIDANCE, 1, 'TIMES'),
      count('inspection.cases', '检查案件', 'Inspection cases', GUIDANCE),
    ],
  },
];

/** Which coercion row an EnforcementAction type counts in; types not listed are not coercion. */
export const COERCION_ROW_OF_ACTION: Readonly<Record<string, string>> = {
  RESTRICTION_OF_LIBERTY: 'coercion.liberty',
  SEIZURE: 'coercion.seizure',
  FREEZING: 'coercion.freezing',
  OTHER_COERCIVE_MEASURE: 'coercion.other-measures',
  FORCED_EXECUTION: 'coercion.forced-execution',
  FORCED_DEMOLITION: 'coercion.demolition',
};

export const COERCION_PARENT_ROW: Readonly<Record<string, string>> = {
  'coercion.liberty': 'coercion.measures',
  'coercion.seizure': 'coercion.measures',
  'coercion.freezing': 'coercion.measures',
  'coercion.other-measures': 'coercion.measures',
  'coercion.forced-execution': 'coercion.execution',
  'coercion.demolition': 'coercion.execution',
};

/** Inspection acts; inside a penalty investigation the same acts are evidence gathering, not 行政检查. */
export const INSPECTION_ROW_OF_ACTION: Readonly<Record<string, string>> = {
  RANDOM_INSPECTION: 'inspection.random',
  ON_SITE_INSPECTION: 'inspection.on-site',
};
