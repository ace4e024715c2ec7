import type { CaseType, Procedure } from '@sanxiang/db';
import type { LocalText } from '@sanxiang/errors';

export interface StageDefinition {
  key: string;
  label: LocalText;
}

const stage = (key: string, zh: string, en: string): StageDefinition => ({ key, label: { zh, en } });

// 行政处罚法 general procedure: filing (art. 54) → investigation (art. 55) → notice (art. 44) → hearing (art. 63-65)
// → legal review (art. 58) → collective discussion (art. 57) → decision (art. 57, 59) → delivery (art. 61)
// → execution (art. 66-73) → closing → archive. The workflow issue turns these into a state machine.
const PENALTY_GENERAL: StageDefinition[] = [
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
];

const PENALTY_SIMPLE: StageDefinition[] = [
  stage('ON_THE_SPOT', '当场处罚', 'On-the-spot decision'),
  stage('DELIVERY', '当场交付', 'Delivered on the spot'),
  stage('EXECUTION', '执行', 'Execution'),
  stage('ARCHIVED', '归档', 'Archived'),
];

/** The ordered stages of a case type and procedure; the first is where a new case starts. */
export function stagesFor(type: CaseType, procedure: Procedure): StageDefinition[] {
  if (type === 'PENALTY') return procedure === 'SIMPLE' ? PENALTY_SIMPLE : PENALTY_GENERAL;
  return [stage('OPEN', '办理中', 'Open'), stage('CLOSING', '结案', 'Closing'), stage('ARCHIVED', '归档', 'Archived')];
}
