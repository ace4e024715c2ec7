import type { CollectionSpec } from '../collection-spec.ts';
import type { DepartmentServiceGuide, EnforcementItemConfig, EnforcementItemsFile, ServiceGuide } from '../tenant-config.ts';

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

/**
 * The items of an enforcement-items.json with each one's service guide completed from its department's defaults,
 * field by field (the item's own field wins). It happens once, when the file is read, so the effective
 * configuration and a published version carry each guide whole and no reader needs the defaults again.
 */
export function itemsWithGuideDefaults(file: Pick<EnforcementItemsFile, 'items' | 'serviceGuides'>): EnforcementItemConfig[] {
  const defaults = new Map<string, DepartmentServiceGuide>();
  // A second entry for the same department is reported by the reference checks; the first one stands meanwhile.
  for (const guide of file.serviceGuides ?? []) if (!defaults.has(guide.department)) defaults.set(guide.department, guide);
  return file.items.map((item) => {
    const shared = defaults.get(item.department);
    if (!shared) return item;
    const { department: _department, ...contact } = shared;
    const guide: ServiceGuide = { ...contact, ...item.serviceGuide };
    return { ...item, serviceGuide: guide };
  });
}
