import type { DisclosureItem, Exclusion, Redaction } from '../config-kinds.ts';
import { apl, alw, compare, gbf118, is } from './statutes.ts';

const EXCLUSIONS: Exclusion[] = [
  { id: 'minor', condition: is('partyMinor', true), reason: { zh: '当事人为未成年人', en: 'the party is a minor' } },
  { id: 'state-secret', condition: is('stateSecret', true), reason: { zh: '核心事实涉及国家秘密', en: 'the core facts are state secrets' } },
  { id: 'trade-secret', condition: is('tradeSecret', true), reason: { zh: '核心事实涉及商业秘密', en: 'the core facts are trade secrets' } },
  { id: 'privacy', condition: is('privacyCore', true), reason: { zh: '核心事实涉及个人隐私', en: 'the core facts are personal privacy' } },
];

const individual = is('partyType', 'INDIVIDUAL');
const REDACTION: Redaction[] = [
  { id: 'id-number', class: 'ID_NUMBER', action: 'MASK', condition: individual },
  { id: 'home-address', class: 'HOME_ADDRESS', action: 'REMOVE', condition: individual },
  { id: 'phone', class: 'PHONE', action: 'REMOVE', condition: individual },
  { id: 'bank-account', class: 'BANK_ACCOUNT', action: 'REMOVE', condition: individual },
  { id: 'health', class: 'HEALTH_INFO', action: 'REMOVE', condition: individual },
  { id: 'third-parties', class: 'THIRD_PARTY_NAME', action: 'MASK' },
];

const FIELDS = ['decisionNumber', 'partyName', 'violation', 'penalty', 'legalBasis', 'agency', 'decidedAt'];

/** Publication duties of art. 48 and 国办发〔2018〕118号, for tenants whose configuration does not declare them. */
export const LAW_DISCLOSURE_ITEMS: readonly DisclosureItem[] = [
  {
    id: 'apl-48.penalty-decision', phase: 'AFTER', name: '行政处罚决定', fields: FIELDS, channels: ['GOV_WEBSITE'],
    trigger: { event: 'DECISION_MADE', condition: is('category', 'PENALTY') },
    deadline: { days: 7, unit: 'WORKING', from: 'DECISION_MADE' }, displayPeriod: { months: 36 },
    redaction: REDACTION, exclusions: EXCLUSIONS, withdrawal: { days: 3, unit: 'WORKING' },
    basis: [apl('第四十八条'), apl('第八十五条'), gbf118('二、（三）')],
  },
  {
    id: 'gbf-118.licence-decision', phase: 'AFTER', name: '行政许可决定', fields: FIELDS, channels: ['GOV_WEBSITE'],
    trigger: { event: 'DECISION_MADE', condition: is('category', 'LICENCE') },
    deadline: { days: 7, unit: 'WORKING', from: 'DECISION_MADE' }, displayPeriod: { months: 36 },
    redaction: REDACTION, exclusions: EXCLUSIONS, withdrawal: { days: 3, unit: 'WORKING' },
    basis: [gbf118('二、（三）'), alw('第四十条')],
  },
  {
    id: 'gbf-118.other-decision', phase: 'AFTER', name: '其他行政执法决定', fields: FIELDS, channels: ['GOV_WEBSITE'],
    trigger: { event: 'DECISION_MADE', condition: compare('category', 'notIn', ['PENALTY', 'LICENCE']) },
    deadline: { days: 20, unit: 'WORKING', from: 'DECISION_MADE' }, displayPeriod: { months: 36 },
    redaction: REDACTION, exclusions: EXCLUSIONS, withdrawal: { days: 3, unit: 'WORKING' }, basis: [gbf118('二、（三）')],
  },
  {
    id: 'apl-55.show-certificate', phase: 'DURING', name: '出示执法证件、表明身份', fields: ['officerName', 'certificateNumber'],
    channels: ['ON_SITE'], trigger: { event: 'ACTION_STARTED' }, basis: [apl('第五十五条'), gbf118('二、（二）')],
  },
];
