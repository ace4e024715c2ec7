import type { CaseType, Procedure } from '@sanxiang/db';
import type { Action } from '@sanxiang/engine';
import type { LocalText } from '@sanxiang/errors';

export interface StageDefinition {
  key: string;
  label: LocalText;
}

/** What a transition records besides the stage change; `snapshotOf` reads these back into the engine's case. */
export type TransitionEffect =
  | 'FILE' // the case is filed (立案): filedAt
  | 'PENALTY_NOTICE' // notice of the intended penalty and of the rights (art. 44), with the hearing right when it applies
  | 'STATEMENT_HEARD' // the party's statement and defence heard (art. 45)
  | 'DEFENCE_WAIVED'
  | 'HEARING_REQUESTED' // art. 63
  | 'HEARING_NOTICE' // time and place, at least 7 days before (art. 64)
  | 'HEARING_HELD'
  | 'REVIEW_SUBMITTED' // opens a legal review (art. 58)
  | 'DECISION_PROPOSED' // the draft decision: penalties, amount, the three-part reasoning
  | 'DECIDED' // the head approves: a Decision row
  | 'DELIVERED' // art. 61
  | 'EXECUTED'
  | 'MEASURE_APPROVED' // coercive measure approved beforehand (行政强制法 第十八条)
  | 'ACTION' // an on-site act recorded as an EnforcementAction
  | 'EXTENSION_APPROVED' // seizure extended once (行政强制法 第二十五条)
  | 'RELEASED'
  | 'CLOSED'
  | 'DECISION_WITHDRAWN'; // the decision changed, revoked, or confirmed illegal or void: its disclosures are withdrawn (art. 48)

export interface TransitionDefinition {
  key: string;
  label: LocalText;
  from: readonly string[];
  /** The stage it leads to; the same as `from` for an event that records something without moving the case. */
  to: string | null;
  /** The engine action evaluated first; its failing gates block the transition. */
  action: Action | null;
  /** Other actions the person may name instead (`detail.method`), e.g. the ways of delivery. */
  choices?: readonly Action[];
  /** Officers work the case; the head approves filing, decisions, measures and extensions. */
  permission: 'update' | 'approve';
  effect: TransitionEffect | null;
  basis: string;
  /** Detail fields the step cannot be taken without; transition-detail.ts refuses the step when one is missing. */
  requires?: readonly RequiredDetailField[];
}

/** A detail field only some steps read, and those steps require: the licence decision's grant or refusal. */
export type RequiredDetailField = 'licence';

const stage = (key: string, zh: string, en: string): StageDefinition => ({ key, label: { zh, en } });

function transition(
  key: string, zh: string, en: string, from: readonly string[], to: string | null, action: Action | null,
  effect: TransitionEffect | null, basis: string, permission: 'update' | 'approve' = 'update',
): TransitionDefinition {
  return { key, label: { zh, en }, from, to, action, permission, effect, basis };
}

export interface Lifecycle {
  type: CaseType;
  procedure: Procedure;
  stages: StageDefinition[];
  transitions: TransitionDefinition[];
}

const APL = '《行政处罚法》';
const ACL = '《行政强制法》';
const ALL = '《行政许可法》';

// 行政处罚 一般程序: filing (art. 54) → investigation (art. 55) → notice (art. 44) → hearing if requested (art. 63-65)
// → legal review where required (art. 58) → collective discussion for major cases (art. 57) → decision (art. 57, 59)
// → delivery (art. 61) → execution (art. 66-73) → closing → archive.
const BEFORE_DECISION = ['NOTICE', 'HEARING', 'LEGAL_REVIEW', 'COLLECTIVE_DISCUSSION'];
const PENALTY_GENERAL: Lifecycle = {
  type: 'PENALTY',
  procedure: 'GENERAL',
  stages: [
    stage('FILING', '立案', 'Filing'),
    stage('INVESTIGATION', '调查取证', 'Investigation'),
    stage('NOTICE', '告知', 'Notice of intended penalty'),
    stage('HEARING', '听证', 'Hearing'),
    stage('LEGAL_REVIEW', '法制审核', 'Legal review'),
    stage('COLLECTIVE_DISCUSSION', '集体讨论', 'Collective discussion'),
    stage('DECISION', '决定', 'Decision'),
    stage('DELIVERY', '送达', 'Delivery'),
    stage('EXECUTION', '执行', 'Execution'),
    stage('CLOSING', '结案', 'Closing'),
    stage('ARCHIVED', '归档', 'Archived'),
  ],
  transitions: [
    transition('approve-filing', '批准立案', 'Approve filing', ['FILING'], 'INVESTIGATION', 'FILE', 'FILE', `${APL}第五十四条`, 'approve'),
    transition('record-inspection', '记录现场检查', 'Record an on-site inspection', ['INVESTIGATION'], null, 'ON_SITE_INSPECTION', 'ACTION', `${APL}第五十五条`),
    transition('record-inquiry', '记录询问', 'Record an inquiry', ['INVESTIGATION'], null, 'INQUIRY', 'ACTION', `${APL}第五十五条`),
    transition('record-evidence-taking', '记录调查取证', 'Record evidence taking', ['INVESTIGATION'], null, 'EVIDENCE_TAKING', 'ACTION', `${APL}第五十五条`),
    transition('notify', '告知拟处罚及陈述、申辩、听证权利', 'Notify the intended penalty and the rights', ['INVESTIGATION'], 'NOTICE', 'NOTIFY', 'PENALTY_NOTICE', `${APL}第四十四条、第六十三条`),
    transition('record-statement', '记录陈述、申辩', 'Record the statement and defence', ['NOTICE', 'HEARING'], null, null, 'STATEMENT_HEARD', `${APL}第四十五条`),
    transition('waive-defence', '当事人放弃陈述、申辩', 'The party waives statement and defence', ['NOTICE'], null, null, 'DEFENCE_WAIVED', `${APL}第四十五条`),
    transition('request-hearing', '当事人要求听证', 'The party requests a hearing', ['NOTICE'], 'HEARING', null, 'HEARING_REQUESTED', `${APL}第六十四条第（一）项`),
    transition('notify-hearing', '通知听证时间、地点', 'Notify the time and place of the hearing', ['HEARING'], null, null, 'HEARING_NOTICE', `${APL}第六十四条第（二）项`),
    transition('hold-hearing', '举行听证', 'Hold the hearing', ['HEARING'], null, 'HEARING', 'HEARING_HELD', `${APL}第六十四条、第六十五条`),
    transition('submit-review', '提交法制审核', 'Submit for legal review', ['NOTICE', 'HEARING'], 'LEGAL_REVIEW', 'LEGAL_REVIEW', 'REVIEW_SUBMITTED', `${APL}第五十八条`),
    transition('to-collective-discussion', '提交集体讨论', 'Refer to collective discussion', BEFORE_DECISION, 'COLLECTIVE_DISCUSSION', 'COLLECTIVE_DISCUSSION', null, `${APL}第五十七条第二款`),
    transition('propose-decision', '拟定处罚决定', 'Draft the decision', BEFORE_DECISION, 'DECISION', null, 'DECISION_PROPOSED', `${APL}第五十七条、第五十九条`),
    transition('decide', '批准并作出处罚决定', 'Approve and make the decision', ['DECISION'], 'DELIVERY', 'DECIDE', 'DECIDED', `${APL}第五十七条、第五十八条、第五十九条`, 'approve'),
    {
      ...transition('deliver', '送达处罚决定书', 'Deliver the decision', ['DELIVERY'], 'EXECUTION', 'DELIVERY_IN_PERSON', 'DELIVERED', `${APL}第六十一条`),
      choices: ['DELIVERY_IN_PERSON', 'DELIVERY_BY_LEAVING', 'DELIVERY_BY_POST', 'DELIVERY_BY_NOTICE', 'ELECTRONIC_DELIVERY'],
    },
    transition('execute', '履行完毕', 'Record execution', ['EXECUTION'], 'CLOSING', 'EXECUTE', 'EXECUTED', `${APL}第六十六条至第七十三条`),
    transition('close', '结案', 'Close the case', ['CLOSING'], 'ARCHIVED', 'CLOSE', 'CLOSED', '国办发〔2018〕118号'),
    transition('revoke-decision', '记录决定被变更、撤销或确认违法、无效，并撤回公示', 'Record that the decision was changed, revoked, or confirmed illegal or void, and withdraw its disclosure', ['DELIVERY', 'EXECUTION', 'CLOSING', 'ARCHIVED'], null, null, 'DECISION_WITHDRAWN', `${APL}第四十八条第二款、第八十五条`, 'approve'),
  ],
};

// 简易程序 (art. 51-52): decided on the spot within the limits, the decision handed over at once.
const PENALTY_SIMPLE: Lifecycle = {
  type: 'PENALTY',
  procedure: 'SIMPLE',
  stages: [
    stage('ON_THE_SPOT', '当场处罚', 'On-the-spot decision'),
    stage('EXECUTION', '执行', 'Execution'),
    stage('ARCHIVED', '归档', 'Archived'),
  ],
  transitions: [
    transition('decide-on-the-spot', '当场作出处罚决定并交付', 'Decide on the spot and hand over the decision', ['ON_THE_SPOT'], 'EXECUTION', 'SIMPLE_PROCEDURE_DECISION', 'DECIDED', `${APL}第五十一条、第五十二条`),
    transition('execute', '履行完毕', 'Record execution', ['EXECUTION'], 'ARCHIVED', 'CLOSE', 'EXECUTED', `${APL}第六十八条、第六十九条`),
  ],
};

// 查封、扣押 (行政强制法 第十八条至第二十八条): approval (or report within 24 hours in an emergency) → on-site execution with
// the record and the inventory → decision document → 30 days, extendable once by 30 → release or handling.
const COERCION_SEIZURE: Lifecycle = {
  type: 'COERCION',
  procedure: 'GENERAL',
  stages: [
    stage('APPROVAL', '审批', 'Approval'),
    stage('ON_SITE', '现场实施', 'On-site execution'),
    stage('IN_FORCE', '查封扣押期间', 'Measure in force'),
    stage('CLOSING', '解除或处理', 'Release or handling'),
    stage('ARCHIVED', '归档', 'Archived'),
  ],
  transitions: [
    transition('approve-measure', '负责人批准实施强制措施', 'The head approves the measure', ['APPROVAL'], 'ON_SITE', null, 'MEASURE_APPROVED', `${ACL}第十八条第（一）项`, 'approve'),
    transition('seize-in-emergency', '情况紧急，当场实施（二十四小时内补报批准）', 'Emergency: seize now and report for approval within 24 hours', ['APPROVAL'], 'IN_FORCE', 'SEIZURE', 'ACTION', `${ACL}第十九条`),
    transition('seize', '实施查封、扣押，制作现场笔录和清单', 'Seize, with the on-site record and the inventory', ['ON_SITE'], 'IN_FORCE', 'SEIZURE', 'ACTION', `${ACL}第十八条、第二十四条`),
    transition('approve-emergency', '补报负责人批准', 'The head approves the emergency measure afterwards', ['IN_FORCE'], null, null, 'MEASURE_APPROVED', `${ACL}第十九条`, 'approve'),
    transition('extend', '批准延长查封、扣押期限', 'Approve extending the seizure', ['IN_FORCE'], null, null, 'EXTENSION_APPROVED', `${ACL}第二十五条第一款`, 'approve'),
    transition('release', '解除查封、扣押', 'Release the seizure', ['IN_FORCE'], 'CLOSING', null, 'RELEASED', `${ACL}第二十八条`),
    transition('close', '结案', 'Close the case', ['CLOSING'], 'ARCHIVED', 'CLOSE', 'CLOSED', '国办发〔2018〕118号'),
  ],
};

// 行政检查, including random inspections drawn from the tenant's list (双随机、一公开, seed 004).
const INSPECTION: Lifecycle = {
  type: 'INSPECTION',
  procedure: 'GENERAL',
  stages: [
    stage('PLANNED', '检查准备', 'Planned'),
    stage('INSPECTED', '已检查', 'Inspected'),
    stage('ARCHIVED', '归档', 'Archived'),
  ],
  transitions: [
    transition('inspect', '实施现场检查', 'Carry out the inspection', ['PLANNED'], 'INSPECTED', 'ON_SITE_INSPECTION', 'ACTION', `${APL}第五十五条；国办发〔2018〕118号`),
    transition('inspect-random', '实施随机抽查', 'Carry out the random inspection', ['PLANNED'], 'INSPECTED', 'RANDOM_INSPECTION', 'ACTION', '种子文件 004（双随机、一公开）'),
    transition('close', '结案', 'Close the case', ['INSPECTED'], 'ARCHIVED', 'CLOSE', 'CLOSED', '国办发〔2018〕118号'),
  ],
};

/** The licence decision's step key; its stored detail carries the grant or refusal (`licenceOutcomeOf`). */
export const LICENCE_DECISION_STEP = 'decide-licence';

// 行政许可: acceptance (art. 32) → examination (art. 34) → decision (art. 37-38) → publication (art. 40).
const LICENCE: Lifecycle = {
  type: 'LICENCE',
  procedure: 'GENERAL',
  stages: [
    stage('ACCEPTANCE', '受理', 'Acceptance'),
    stage('EXAMINATION', '审查', 'Examination'),
    stage('DECISION', '决定', 'Decision'),
    stage('PUBLICATION', '公开', 'Publication'),
    stage('ARCHIVED', '归档', 'Archived'),
  ],
  transitions: [
    transition('accept', '受理申请', 'Accept the application', ['ACCEPTANCE'], 'EXAMINATION', 'LICENCE_ACCEPT', 'FILE', `${ALL}第三十二条`),
    transition('examine', '完成审查', 'Complete the examination', ['EXAMINATION'], 'DECISION', null, null, `${ALL}第三十四条`),
    // Its own key, not the penalty's `decide`: the step form and the annual report (table of licences) find the grant
    // or refusal in this step's detail (`licence`), which a refusal fills with reasons and remedies (art. 38(2)).
    {
      ...transition(LICENCE_DECISION_STEP, '作出准予或不予许可决定', 'Grant or refuse the licence', ['DECISION'], 'PUBLICATION', 'LICENCE_DECIDE', 'DECIDED', `${ALL}第三十七条、第三十八条`, 'approve'),
      requires: ['licence'],
    },
    transition('publish', '公开许可决定', 'Publish the decision', ['PUBLICATION'], 'ARCHIVED', 'PUBLISH', 'CLOSED', `${ALL}第四十条`),
  ],
};

const GENERIC = (type: CaseType, procedure: Procedure): Lifecycle => ({
  type,
  procedure,
  stages: [stage('OPEN', '办理中', 'Open'), stage('ARCHIVED', '归档', 'Archived')],
  transitions: [transition('close', '结案', 'Close the case', ['OPEN'], 'ARCHIVED', 'CLOSE', 'CLOSED', '国办发〔2018〕118号')],
});

/** The lifecycle of a case type and procedure; its first stage is where a new case starts. */
export function lifecycleFor(type: CaseType, procedure: Procedure): Lifecycle {
  if (type === 'PENALTY') return procedure === 'SIMPLE' ? PENALTY_SIMPLE : PENALTY_GENERAL;
  if (type === 'COERCION') return COERCION_SEIZURE;
  if (type === 'INSPECTION') return INSPECTION;
  if (type === 'LICENCE') return LICENCE;
  return GENERIC(type, procedure);
}

/** The ordered stages of a case type and procedure. */
export function stagesFor(type: CaseType, procedure: Procedure): StageDefinition[] {
  return lifecycleFor(type, procedure).stages;
}

export const LIFECYCLES: readonly Lifecycle[] = [PENALTY_GENERAL, PENALTY_SIMPLE, COERCION_SEIZURE, INSPECTION, LICENCE];
