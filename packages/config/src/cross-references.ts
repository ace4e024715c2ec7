import type { ThresholdReference } from './condition.ts';
import { listChoices, type ConfigIssue, type LocalText } from './issues.ts';
import { issueAt, type JsonSource } from './json-source.ts';
import type { MergeState } from './merge.ts';
import { suggestion } from './name-suggestion.ts';
import type { TenantConfig } from './tenant-config.ts';

/** Every threshold a condition names must stand in the merged configuration the condition is evaluated under. */
export function thresholdReferenceIssues(references: readonly ThresholdReference[], state: MergeState): ConfigIssue[] {
  const known = new Set(state.located('thresholds').map(({ item }) => item.id));
  return references
    .filter((reference) => !known.has(reference.id))
    .map((reference) => {
      const hint = suggestion(reference.id, known);
      return issueAt(reference.source, reference.pointer, 'UNKNOWN_REFERENCE', {
        zh: `应为已定义的金额标准编号（${listChoices([...known].sort(), '、')}），实际为未定义的 "${reference.id}"${hint.zh}`,
        en: `expected the id of a defined threshold (${listChoices([...known].sort(), ', ')}), found the undefined "${reference.id}"${hint.en}`,
      });
    });
}

/**
 * A threshold the national layer leaves to the provinces ("delegated") must have its amounts set by some layer before
 * a tenant can use it; otherwise a hearing right would silently never arise.
 */
export function unsetThresholdIssues(references: readonly ThresholdReference[], state: MergeState, tenant: { source: JsonSource }): ConfigIssue[] {
  const referenced = new Set(references.map((reference) => reference.id));
  return state.located('thresholds')
    .filter(({ item }) => referenced.has(item.id) && item.value.individual === undefined && item.value.organisation === undefined)
    .map(({ item }) => issueAt(tenant.source, '/extends', 'THRESHOLD_NOT_SET', {
      zh: `金额标准 "${item.id}" 由 ${item.provenance.layer} 层交由下层规定，应有一层写明其金额，实际本租户的各层都没有`,
      en: `expected some layer to set the amounts of threshold "${item.id}", which layer ${item.provenance.layer} leaves to lower layers, found none in this tenant's chain`,
    }));
}

/** What only a tenant can check: that departments, item codes and benchmarks named by any layer exist. */
export function tenantReferenceIssues(state: MergeState, tenant: TenantConfig, tenantLayerPath: string): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const departments = new Set(tenant.departments.map((department) => department.code));
  const itemCodes = new Set(state.located('enforcementItems').map(({ item }) => item.id));
  const benchmarks = new Set(state.located('discretionBenchmarks').map(({ item }) => item.id));
  const unknown = (source: JsonSource, at: string, what: LocalText, known: ReadonlySet<string>, found: string): void => {
    const hint = suggestion(found, known);
    issues.push(issueAt(source, at, 'UNKNOWN_REFERENCE', {
      zh: `应为已有的${what.zh}（${listChoices([...known].sort(), '、')}），实际为不存在的 "${found}"${hint.zh}`,
      en: `expected an existing ${what.en} (${listChoices([...known].sort(), ', ')}), found the unknown "${found}"${hint.en}`,
    }));
  };
  const itemCode = { zh: '执法事项编码', en: 'enforcement item code' };
  const checkCodes = (source: JsonSource, at: string, codes: readonly string[] | undefined): void => {
    codes?.forEach((code, index) => {
      if (!itemCodes.has(code)) unknown(source, `${at}/${index}`, itemCode, itemCodes, code);
    });
  };

  for (const { item, origin } of state.located('reviewCatalogue')) {
    item.value.departments?.forEach((code, index) => {
      if (!departments.has(code)) unknown(origin.source, `${origin.pointer}/departments/${index}`, { zh: '部门代码', en: 'department code' }, departments, code);
    });
    checkCodes(origin.source, `${origin.pointer}/itemCodes`, item.value.itemCodes);
  }
  for (const { item, origin } of state.located('discretionBenchmarks')) checkCodes(origin.source, `${origin.pointer}/itemCodes`, item.value.itemCodes);
  for (const { item, origin } of state.located('lenientLists')) {
    item.value.entries.forEach((entry, index) => checkCodes(origin.source, `${origin.pointer}/entries/${index}/itemCodes`, entry.itemCodes));
  }
  for (const { item, origin } of state.located('enforcementItems')) {
    const { benchmark, department } = item.value;
    if (benchmark !== undefined && !benchmarks.has(benchmark)) {
      unknown(origin.source, `${origin.pointer}/benchmark`, { zh: '裁量基准编号', en: 'discretion benchmark id' }, benchmarks, benchmark);
    }
    // The tenant's own items were checked against its departments when tenant.json was read.
    if (item.provenance.file !== `${tenantLayerPath}/enforcement-items.json` && !departments.has(department)) {
      unknown(origin.source, `${origin.pointer}/department`, { zh: '部门代码', en: 'department code' }, departments, department);
    }
  }
  return issues;
}
