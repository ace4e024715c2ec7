import type { CollectionSpec } from '../collection-spec.ts';
import type { BasisEntry, Condition, ItemLayering } from './layering.ts';

export type RecordingLevel = 'TEXT' | 'AV_AS_NEEDED' | 'FULL_AV';
export type RecordingMetadata = 'DEVICE' | 'OFFICER' | 'CERTIFICATE' | 'START' | 'END' | 'PLACE' | 'HASH' | 'PARTY' | 'WITNESS';

/** From loosest to tightest. */
export const RECORDING_LEVELS: readonly RecordingLevel[] = ['TEXT', 'AV_AS_NEEDED', 'FULL_AV'];

export interface RecordingRule extends ItemLayering {
  id: string;
  actionTypes: string[];
  stages?: string[];
  condition?: Condition;
  level: RecordingLevel;
  metadata: RecordingMetadata[];
  retention: { months: number; permanentWhen?: Condition };
  basis: BasisEntry[];
}

export interface RecordingFile {
  $schema?: string;
  rules: RecordingRule[];
}

export const recordingSpec: CollectionSpec<RecordingRule> = {
  label: { zh: '记录规则', en: 'recording rule' },
  file: 'recording.json',
  listPointer: '/rules',
  idField: 'id',
  idOf: (rule) => rule.id,
  conditions: ['condition', 'retention/permanentWhen'],
  compare(upper, lower, c) {
    c.handle('actionTypes', 'stages', 'condition', 'level', 'metadata', 'retention');
    c.set('/actionTypes', upper.actionTypes, lower.actionTypes, 'tighter', 'none');
    c.set('/stages', upper.stages, lower.stages, 'tighter', 'all');
    // A condition narrows where the rule applies, so adding one loosens it.
    if (c.optional('/condition', upper.condition, lower.condition, 'looser')) c.equal('/condition', upper.condition, lower.condition);
    c.ordered('/level', upper.level, lower.level, RECORDING_LEVELS);
    c.set('/metadata', upper.metadata, lower.metadata, 'tighter', 'none');
    c.number('/retention/months', upper.retention.months, lower.retention.months, 'higher', 'loosest');
    const [u, l] = [upper.retention.permanentWhen, lower.retention.permanentWhen];
    if (c.optional('/retention/permanentWhen', u, l, 'tighter')) c.equal('/retention/permanentWhen', u, l);
  },
};
