import { sameJson } from './canonical-json.ts';
import { WITHOUT_POSITIONS } from './config-hash.ts';
import { COLLECTION_NAMES, type CollectionName } from './collections.ts';
import type { EffectiveItem, EffectiveKinds, EffectiveRuleset } from './effective-config.ts';
import type { TenantConfig } from './tenant-config.ts';

export interface ConfigChange {
  /** A kind of item, or "tenant" for tenant.json itself, or "department" for a department layer as a whole. */
  kind: CollectionName | 'tenant' | 'department';
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** For a changed item: the top-level fields of its value that differ, plus "mandatory", "basis" or "provenance". */
  fields?: string[];
  /** Set when the change is in a department's own effective configuration. */
  department?: string;
}

interface Comparable extends EffectiveRuleset {
  tenant?: TenantConfig;
  departments?: { code: string; kinds: EffectiveKinds }[];
}

/** What changed between two effective configurations, item by item, in a stable order. */
export function diffEffectiveConfigs(a: Comparable, b: Comparable): ConfigChange[] {
  const changes: ConfigChange[] = [];
  if (a.tenant && b.tenant && !sameJson(a.tenant, b.tenant)) {
    changes.push({ kind: 'tenant', id: b.tenant.code, change: 'changed', fields: differingFields(a.tenant, b.tenant) });
  }
  changes.push(...diffKinds(a.kinds, b.kinds));
  const before = new Map((a.departments ?? []).map((department) => [department.code, department]));
  const after = new Map((b.departments ?? []).map((department) => [department.code, department]));
  for (const code of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const [old, now] = [before.get(code), after.get(code)];
    if (!old || !now) {
      changes.push({ kind: 'department', id: code, change: old ? 'removed' : 'added' });
      continue;
    }
    // A department's lists repeat everything of the tenant's; only what its own layers make different is its change.
    const own = (department: { kinds: EffectiveKinds }, base: EffectiveKinds): OwnItems => (kind) => ownItems(department.kinds[kind], base[kind]);
    changes.push(...diffItems(own(old, a.kinds), own(now, b.kinds)).map((change) => ({ ...change, department: code })));
  }
  return changes;
}

/** The items of one kind by id; `null` stands for an item of the tenant that a department removed. */
type OwnItems = (kind: CollectionName) => Map<string, EffectiveItem<object> | null>;

function ownItems(department: readonly EffectiveItem<object>[], base: readonly EffectiveItem<object>[]): Map<string, EffectiveItem<object> | null> {
  const inBase = new Map(base.map((item) => [item.id, item]));
  const own = new Map<string, EffectiveItem<object> | null>();
  for (const item of department) {
    const tenantItem = inBase.get(item.id);
    if (!tenantItem || !sameJson(tenantItem, item, WITHOUT_POSITIONS)) own.set(item.id, item);
    inBase.delete(item.id);
  }
  for (const id of inBase.keys()) own.set(id, null);
  return own;
}

function diffKinds(a: EffectiveKinds, b: EffectiveKinds): ConfigChange[] {
  const all = (kinds: EffectiveKinds): OwnItems => (kind) => {
    const items: readonly EffectiveItem<object>[] = kinds[kind];
    return new Map(items.map((item) => [item.id, item]));
  };
  return diffItems(all(a), all(b));
}

function diffItems(a: OwnItems, b: OwnItems): ConfigChange[] {
  const changes: ConfigChange[] = [];
  for (const kind of COLLECTION_NAMES) {
    const [before, after] = [a(kind), b(kind)];
    for (const id of [...new Set([...before.keys(), ...after.keys()])].sort()) {
      const [old, now] = [before.get(id), after.get(id)];
      if (!old || !now) {
        if (old === now) continue;
        // Gone (or newly removed by the department) is "removed"; anything that now stands where nothing did is "added".
        const removed = now === null || (now === undefined && old !== null);
        changes.push({ kind, id, change: removed ? 'removed' : 'added' });
        continue;
      }
      const fields = differingFields(old.value, now.value);
      if (old.mandatory !== now.mandatory) fields.push('mandatory');
      if (!sameJson(old.basis, now.basis)) fields.push('basis');
      if (!sameJson({ provenance: old.provenance }, { provenance: now.provenance }, WITHOUT_POSITIONS)) fields.push('provenance');
      if (fields.length > 0) changes.push({ kind, id, change: 'changed', fields });
    }
  }
  return changes;
}

function differingFields(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort().filter((key) => !sameJson(Reflect.get(a, key), Reflect.get(b, key)));
}
