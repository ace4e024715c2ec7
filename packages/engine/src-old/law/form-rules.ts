import type { BasisEntry, Condition } from '../config-kinds.ts';
import { acl, alw, apl, gbf118, is, seed } from './statutes.ts';

/** Fields of a form that the facts make required or visible. */
export interface FormFieldRule {
  id: string;
  form: string;
  fields: string[];
  effect: 'REQUIRED' | 'VISIBLE';
  actions: string[];
  condition?: Condition;
  basis: BasisEntry[];
}

/** A document a stage must produce. */
export interface DocumentRule {
  id: string;
  document: string;
  name: { zh: string; en: string };
  actions: string[];
  condition?: Condition;
  basis: BasisEntry[];
}

export const LAW_FORM_FIELDS: readonly FormFieldRule[] = [
  { id: 'acl-24.seizure-inventory', form: 'seizure-record', fields: ['inventory', 'avRecordId', 'partySignature'], effect: 'REQUIRED', actions: ['SEIZURE', 'FREEZING'], basis: [acl('第十八条'), acl('第二十四条'), gbf118('三、（二）')] },
  { id: 'acl-18.witness', form: 'seizure-record', fields: ['witness', 'witnessSignature'], effect: 'REQUIRED', actions: ['SEIZURE', 'FREEZING'], condition: is('partyPresent', false), basis: [acl('第十八条')] },
  { id: 'apl-63.hearing-notice-visible', form: 'penalty-notice', fields: ['hearingRight', 'hearingRequestDeadline'], effect: 'VISIBLE', actions: ['NOTIFY', 'DECIDE'], condition: is('hearingRight', true), basis: [apl('第六十三条'), apl('第六十四条')] },
  { id: 'apl-63.hearing-notice-required', form: 'penalty-notice', fields: ['hearingRight', 'hearingRequestDeadline'], effect: 'REQUIRED', actions: ['NOTIFY', 'DECIDE'], condition: is('hearingRight', true), basis: [apl('第六十三条'), apl('第六十四条')] },
  { id: 'apl-59.decision-contents', form: 'penalty-decision', fields: ['partyName', 'partyAddress', 'facts', 'evidence', 'penalty', 'legalBasis', 'performance', 'remedies', 'agency', 'decidedAt'], effect: 'REQUIRED', actions: ['DECIDE'], basis: [apl('第五十九条')] },
  { id: 'seed-001.reasoning-fields', form: 'penalty-decision', fields: ['reasoningEvidence', 'reasoningBasis', 'reasoningDiscretion'], effect: 'REQUIRED', actions: ['DECIDE'], basis: [seed('000'), seed('001')] },
  { id: 'apl-34.discretion-justification', form: 'penalty-decision', fields: ['discretionJustification'], effect: 'REQUIRED', actions: ['NOTIFY', 'DECIDE'], condition: is('outsideBenchmark', true), basis: [apl('第三十四条')] },
  { id: 'apl-61.electronic-consent', form: 'delivery-record', fields: ['consentDocument'], effect: 'REQUIRED', actions: ['ELECTRONIC_DELIVERY'], basis: [apl('第六十一条')] },
];

const doc = (id: string, document: string, zh: string, en: string, actions: string[], basis: BasisEntry[], condition?: Condition): DocumentRule =>
  ({ id, document, name: { zh, en }, actions, basis, ...(condition ? { condition } : {}) });

export const LAW_DOCUMENTS: readonly DocumentRule[] = [
  doc('apl-54.filing', 'filing-approval', '立案审批表', 'Case filing approval', ['FILE'], [apl('第五十四条')]),
  doc('apl-55.on-site-record', 'on-site-record', '现场笔录', 'On-site record', ['ON_SITE_INSPECTION', 'RANDOM_INSPECTION', 'EVIDENCE_TAKING', 'SEIZURE', 'FREEZING'], [apl('第五十五条'), acl('第十八条')]),
  doc('apl-55.inquiry-record', 'inquiry-record', '询问笔录', 'Inquiry record', ['INQUIRY'], [apl('第五十五条')]),
  doc('apl-56.preservation', 'evidence-preservation-notice', '先行登记保存通知书', 'Evidence preservation notice', ['EVIDENCE_PRESERVATION'], [apl('第五十六条')]),
  doc('acl-24.seizure-decision', 'seizure-decision', '查封（扣押）决定书', 'Seizure decision', ['SEIZURE', 'FREEZING'], [acl('第二十四条')]),
  doc('acl-24.seizure-inventory', 'seizure-inventory', '查封（扣押）清单', 'Seizure inventory', ['SEIZURE', 'FREEZING'], [acl('第二十四条')]),
  doc('apl-44.penalty-notice', 'penalty-notice', '行政处罚事先告知书', 'Notice of intended penalty', ['NOTIFY'], [apl('第四十四条')]),
  doc('apl-64.hearing-right-notice', 'hearing-right-notice', '行政处罚听证告知书', 'Notice of the right to a hearing', ['NOTIFY'], [apl('第六十三条'), apl('第六十四条')], is('hearingRight', true)),
  doc('apl-64.hearing-notice', 'hearing-notice', '听证通知书', 'Hearing notice', ['HEARING'], [apl('第六十四条')]),
  doc('apl-64.hearing-record', 'hearing-record', '听证笔录', 'Hearing record', ['HEARING'], [apl('第六十四条')]),
  doc('apl-58.review-opinion', 'legal-review-opinion', '法制审核意见书', 'Legal review opinion', ['LEGAL_REVIEW'], [apl('第五十八条')]),
  doc('apl-57.discussion-record', 'collective-discussion-record', '集体讨论记录', 'Collective discussion record', ['COLLECTIVE_DISCUSSION'], [apl('第五十七条')]),
  doc('apl-59.decision', 'penalty-decision', '行政处罚决定书', 'Penalty decision', ['DECIDE'], [apl('第五十九条')]),
  doc('apl-52.simple-decision', 'simple-penalty-decision', '当场行政处罚决定书', 'On-the-spot penalty decision', ['SIMPLE_PROCEDURE_DECISION'], [apl('第五十二条')]),
  doc('apl-61.delivery-receipt', 'delivery-receipt', '送达回证', 'Proof of delivery', ['DELIVERY_IN_PERSON', 'DELIVERY_BY_LEAVING', 'DELIVERY_BY_POST', 'DELIVERY_BY_NOTICE', 'ELECTRONIC_DELIVERY'], [apl('第六十一条')]),
  doc('acl-37.execution-decision', 'forced-execution-decision', '强制执行决定书', 'Forced execution decision', ['FORCED_EXECUTION'], [acl('第三十七条')]),
  doc('acl-44.demolition-notice', 'demolition-notice', '限期拆除公告', 'Notice to demolish', ['FORCED_DEMOLITION'], [acl('第四十四条')]),
  doc('apl-47.closing-report', 'closing-report', '结案报告', 'Closing report', ['CLOSE'], [apl('第四十七条')]),
  doc('alw-32.acceptance', 'licence-acceptance-notice', '受理通知书', 'Notice of acceptance', ['LICENCE_ACCEPT'], [alw('第三十二条')]),
  doc('alw-38.decision', 'licence-decision', '行政许可决定书', 'Licence decision', ['LICENCE_DECIDE'], [alw('第三十八条')]),
];
