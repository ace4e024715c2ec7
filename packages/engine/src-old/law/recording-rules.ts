import { ACTION_TYPES } from '../case-snapshot.ts';
import type { RecordingRule } from '../config-kinds.ts';
import { any, apl, gbf118, is } from './statutes.ts';

// Kept at least 6 months; permanently (or as long as the case file) when the record is evidence or the case major.
const RETENTION = { months: 6, permanentWhen: any(is('evidenceUsed', true), is('majorCase', true)) };

/** 国办发〔2018〕118号's recording levels, for tenants whose configuration does not declare them. */
export const LAW_RECORDING_RULES: readonly RecordingRule[] = [
  {
    id: 'apl-47.text-record', actionTypes: [...ACTION_TYPES], level: 'TEXT', metadata: ['OFFICER', 'START'],
    retention: RETENTION, basis: [apl('第四十七条'), gbf118('三、（一）')],
  },
  {
    id: 'gbf-118.av-as-needed',
    actionTypes: ['ON_SITE_INSPECTION', 'RANDOM_INSPECTION', 'EVIDENCE_TAKING', 'EVIDENCE_PRESERVATION', 'HEARING', 'FORCED_EXECUTION', 'DELIVERY_BY_LEAVING', 'DELIVERY_BY_NOTICE'],
    level: 'AV_AS_NEEDED', metadata: ['OFFICER', 'START', 'END', 'PLACE'], retention: RETENTION, basis: [gbf118('三、（二）')],
  },
  {
    id: 'gbf-118.full-av', actionTypes: ['SEIZURE', 'FREEZING', 'FORCED_DEMOLITION'], level: 'FULL_AV',
    metadata: ['DEVICE', 'OFFICER', 'CERTIFICATE', 'START', 'END', 'PLACE', 'HASH', 'PARTY'], retention: RETENTION, basis: [gbf118('三、（二）')],
  },
  {
    id: 'gbf-118.premises-full-av', actionTypes: [...ACTION_TYPES], condition: is('inEnforcementPremises', true), level: 'FULL_AV',
    metadata: ['DEVICE', 'OFFICER', 'START', 'END', 'PLACE', 'HASH'], retention: RETENTION, basis: [gbf118('三、（二）')],
  },
];
