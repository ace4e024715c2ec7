import type { CollectionSpec } from '../collection-spec.ts';
import type { EnforcementItemConfig } from '../tenant-config.ts';

// An item is a fact about what the agency does, not a requirement, so it has no order: any change replaces it.
export const enforcementItemSpec: CollectionSpec<EnforcementItemConfig> = {
  label: { zh: '执法事项', en: 'enforcement item' },
  file: 'enforcement-items.json',
  listPointer: '/items',
  idField: 'code',
  idOf: (item) => item.code,
  conditions: [],
  compare() {},
};
