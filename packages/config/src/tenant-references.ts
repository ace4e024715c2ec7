import { compareIssues, listChoices, type ConfigIssue, type ConfigIssueCode } from './issues.ts';
import { issueAt, locate, type JsonSource } from './json-source.ts';
import type { DepartmentConfig, EnforcementItemConfig, EnforcementItemsFile, TenantConfig } from './tenant-config.ts';

/** A file that passed its schema, with the tree its positions come from. */
export interface CheckedFile<T> {
  source: JsonSource;
  value: T;
}

/**
 * Checks what a schema cannot: that codes are unique, that every reference names something that exists, and
 * that the folder is named after the tenant. Items are checked against departments only when tenant.json is
 * valid, since otherwise the list of departments is not known.
 */
export function referenceIssues(
  folderName: string,
  tenant: CheckedFile<TenantConfig> | undefined,
  items: CheckedFile<EnforcementItemsFile> | undefined,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (tenant) {
    issues.push(...folderNameIssues(folderName, tenant), ...departmentIssues(tenant));
    issues.push(...duplicateCodeIssues(tenant.source, '/disclosureChannels', tenant.value.disclosureChannels ?? [], {
      code: 'DUPLICATE_CHANNEL_CODE', zh: '公示渠道代码', en: 'disclosure channel code',
    }));
  }
  if (items) {
    issues.push(...duplicateCodeIssues(items.source, '/items', items.value.items, {
      code: 'DUPLICATE_ITEM_CODE', zh: '事项编码', en: 'item code',
    }));
    if (tenant) issues.push(...itemDepartmentIssues(items, tenant.value.departments));
    issues.push(...duplicateCodeIssues(items.source, '/serviceGuides', (items.value.serviceGuides ?? []).map((guide) => ({ code: guide.department })), {
      code: 'DUPLICATE_DEPARTMENT_CODE', zh: '服务指南的部门代码', en: 'service-guide department code',
    }, 'department'));
    if (tenant) issues.push(...guideDepartmentIssues(items, tenant.value.departments));
  }
  return issues.sort(compareIssues);
}

function folderNameIssues(folderName: string, tenant: CheckedFile<TenantConfig>): ConfigIssue[] {
  const code = tenant.value.code;
  if (code === folderName) return [];
  return [
    issueAt(tenant.source, '/code', 'FOLDER_CODE_MISMATCH', {
      zh: `租户代码应与文件夹名 "${folderName}" 相同，实际为 "${code}"`,
      en: `expected the tenant code to equal the folder name "${folderName}", found "${code}"`,
    }),
  ];
}

function duplicateCodeIssues(
  source: JsonSource,
  listPointer: string,
  entries: readonly { code: string }[],
  kind: { code: ConfigIssueCode; zh: string; en: string },
  /** The member that holds the code ("department" in a service guide's defaults). */
  field = 'code',
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const firstIndex = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = firstIndex.get(entry.code);
    if (first === undefined) {
      firstIndex.set(entry.code, index);
      return;
    }
    const firstLine = locate(source, `${listPointer}/${first}/${field}`).line;
    issues.push(issueAt(source, `${listPointer}/${index}/${field}`, kind.code, {
      zh: `${kind.zh}应唯一，实际 "${entry.code}" 重复（第一次在第 ${firstLine} 行）`,
      en: `expected a unique ${kind.en}, found "${entry.code}" again (first on line ${firstLine})`,
    }));
  });
  return issues;
}

function departmentIssues(tenant: CheckedFile<TenantConfig>): ConfigIssue[] {
  const { source, value } = tenant;
  const issues = duplicateCodeIssues(source, '/departments', value.departments, {
    code: 'DUPLICATE_DEPARTMENT_CODE', zh: '部门代码', en: 'department code',
  });
  const byCode = new Map(value.departments.map((department) => [department.code, department]));
  const codes = listChoices([...byCode.keys()], ', ');
  value.departments.forEach((department, index) => {
    if (department.parent === undefined || byCode.has(department.parent)) return;
    issues.push(issueAt(source, `/departments/${index}/parent`, 'UNKNOWN_PARENT_DEPARTMENT', {
      zh: `上级部门应为本租户已有的部门代码（${codes}），实际为不存在的 "${department.parent}"`,
      en: `expected the parent to be one of this tenant's department codes (${codes}), found the unknown "${department.parent}"`,
    }));
  });
  issues.push(...parentCycleIssues(source, value.departments, byCode));
  return issues;
}

/** Walks each parent chain without recursion; a chain that comes back to where it started is a loop. */
function parentCycleIssues(
  source: JsonSource,
  departments: readonly DepartmentConfig[],
  byCode: ReadonlyMap<string, DepartmentConfig>,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const reported = new Set<string>();
  departments.forEach((department, index) => {
    if (reported.has(department.code)) return;
    const chain = [department.code];
    let parent = department.parent;
    while (parent !== undefined && parent !== department.code && !chain.includes(parent)) {
      chain.push(parent);
      parent = byCode.get(parent)?.parent;
    }
    if (parent !== department.code) return;
    chain.forEach((code) => reported.add(code));
    const loop = [...chain, department.code].join(' → ');
    issues.push(issueAt(source, `/departments/${index}/parent`, 'DEPARTMENT_PARENT_CYCLE', {
      zh: `上级部门关系应为树形，实际形成循环：${loop}`,
      en: `expected department parents to form a tree, found a loop: ${loop}`,
    }));
  });
  return issues;
}

function itemDepartmentIssues(
  items: CheckedFile<{ items: EnforcementItemConfig[] }>,
  departments: readonly DepartmentConfig[],
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const byCode = new Map(departments.map((department) => [department.code, department]));
  // Legal-review bodies review decisions; they never own enforcement items.
  const enforcing = listChoices(departments.filter((d) => d.type !== 'LEGAL_REVIEW_BODY').map((d) => d.code), ', ');
  items.value.items.forEach((item, index) => {
    const department = byCode.get(item.department);
    const pointer = `/items/${index}/department`;
    if (!department) {
      issues.push(issueAt(items.source, pointer, 'UNKNOWN_DEPARTMENT', {
        zh: `实施部门应为 tenant.json 中的部门（${enforcing}），实际为不存在的 "${item.department}"`,
        en: `expected a department from tenant.json (${enforcing}), found the unknown "${item.department}"`,
      }));
    } else if (department.type === 'LEGAL_REVIEW_BODY') {
      issues.push(issueAt(items.source, pointer, 'ITEM_DEPARTMENT_NOT_ENFORCING', {
        zh: `实施部门应为执法部门或司法局（${enforcing}），实际 "${item.department}" 是法制审核机构`,
        en: `expected an enforcement agency or the judicial bureau (${enforcing}), found "${item.department}", a legal-review body`,
      }));
    }
  });
  return issues;
}

/** Defaults for a department that does not exist would be dropped without a word, and its guides left blank. */
function guideDepartmentIssues(items: CheckedFile<EnforcementItemsFile>, departments: readonly DepartmentConfig[]): ConfigIssue[] {
  const known = new Set(departments.map((department) => department.code));
  const codes = listChoices([...known], ', ');
  return (items.value.serviceGuides ?? []).flatMap((guide, index) => known.has(guide.department) ? [] : [
    issueAt(items.source, `/serviceGuides/${index}/department`, 'UNKNOWN_DEPARTMENT', {
      zh: `服务指南的部门应为 tenant.json 中的部门（${codes}），实际为不存在的 "${guide.department}"`,
      en: `expected the service guide's department to be one from tenant.json (${codes}), found the unknown "${guide.department}"`,
    }),
  ]);
}
