import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EffectiveConfig, EffectiveKinds, EffectiveRuleset } from './effective-config.ts';
import { vocabularyOf, type ExtensionRegistry, type Vocabulary } from './extension.ts';
import type { FactDefinition } from './fact-catalogue.ts';
import type { GoldenCase } from './golden-case-types.ts';
import { compareIssues, listChoices, preview, type ConfigIssue, type LocalText } from './issues.ts';
import { childPointer } from './json-pointer.ts';
import { issueAt, readJsonSource, type JsonSource } from './json-source.ts';
import { suggestion } from './name-suggestion.ts';
import { checkWith, validators } from './schemas.ts';

export const GOLDEN_FOLDER = 'golden';

export interface LoadedGoldenCase {
  file: string;
  golden: GoldenCase;
}

/**
 * Reads the golden cases beside a ruleset or tenant and checks what can be checked before the engine exists: their
 * shape, that every fact is catalogued and fits its type, and that every id they expect names something in the
 * effective configuration. A case with any issue is left out.
 */
export function loadGoldenCases(
  layerDir: string, config: EffectiveRuleset | EffectiveConfig, extensions?: ExtensionRegistry,
): { cases: LoadedGoldenCase[]; issues: ConfigIssue[] } {
  const dir = join(layerDir, GOLDEN_FOLDER);
  let names: string[] = [];
  try {
    names = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => entry.name).sort();
  } catch {
    return { cases: [], issues: [] };
  }
  const vocabulary = vocabularyOf(extensions, config.extensions);
  const cases: LoadedGoldenCase[] = [];
  const issues: ConfigIssue[] = [];
  for (const name of names) {
    const checked = checkGoldenCaseFile(join(dir, name), vocabulary, config);
    issues.push(...checked.issues);
    if (checked.golden && checked.issues.length === 0) cases.push({ file: checked.file, golden: checked.golden });
  }
  return { cases, issues };
}

/** Checks one golden case file; without a configuration, only its shape and facts. */
export function checkGoldenCaseFile(file: string, vocabulary: Vocabulary, config?: EffectiveRuleset | EffectiveConfig): {
  file: string; golden?: GoldenCase; issues: ConfigIssue[];
} {
  const read = readJsonSource(file);
  if (!read.source) return { file, issues: read.issues };
  const checked = checkWith(validators.goldenCase, read.source);
  if (!checked.value) return { file, issues: [...read.issues, ...checked.issues] };
  const { $schema: _editorSchema, ...golden } = checked.value;
  const issues = [...read.issues, ...factIssues(read.source, golden, vocabulary)];
  if (config) issues.push(...expectationIssues(read.source, golden, config));
  return { file, golden, issues: issues.sort(compareIssues) };
}

function factIssues(source: JsonSource, golden: GoldenCase, vocabulary: Vocabulary): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const [name, value] of Object.entries(golden.facts)) {
    const at = childPointer('/facts', name);
    const fact = vocabulary.fact(name);
    if (!fact) {
      const hint = suggestion(name, vocabulary.factNames());
      issues.push(issueAt(source, at, 'UNKNOWN_FACT', {
        zh: `事实应为事实目录中的名称，实际为未知的 "${name}"${hint.zh}`,
        en: `expected a fact from the catalogue, found the unknown "${name}"${hint.en}`,
      }, 'key'));
    } else if (!fits(fact, value)) {
      const expected = typeText(fact);
      issues.push(issueAt(source, at, 'CONDITION_VALUE', {
        zh: `事实 ${name} 的值应为${expected.zh}，实际为 ${preview(value)}`,
        en: `expected the fact ${name} to be ${expected.en}, found ${preview(value)}`,
      }));
    }
  }
  if (golden.action !== golden.facts['actionType'] && golden.facts['actionType'] !== undefined) {
    issues.push(issueAt(source, '/facts/actionType', 'CONDITION_VALUE', {
      zh: `事实 actionType 应与 action "${golden.action}" 一致，实际为 ${preview(golden.facts['actionType'])}`,
      en: `expected the fact actionType to match the action "${golden.action}", found ${preview(golden.facts['actionType'])}`,
    }));
  }
  return issues;
}

function fits(fact: FactDefinition, value: unknown): boolean {
  switch (fact.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'enum':
      return typeof value === 'string' && (fact.values ?? []).includes(value);
    case 'string[]':
      return Array.isArray(value) && value.every((entry) => typeof entry === 'string' && (!fact.values || fact.values.includes(entry)));
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}

function typeText(fact: FactDefinition): LocalText {
  if (fact.values) return { zh: `${fact.type === 'enum' ? '' : '数组，每项为'}以下之一：${listChoices(fact.values, '、')}`, en: `${fact.type === 'enum' ? '' : 'an array of '}one of ${listChoices(fact.values, ', ')}` };
  const names: Record<string, LocalText> = {
    number: { zh: '数字', en: 'a number' }, boolean: { zh: '布尔值', en: 'a boolean' }, string: { zh: '字符串', en: 'a string' },
    'string[]': { zh: '字符串数组', en: 'an array of strings' }, object: { zh: '对象', en: 'an object' },
  };
  return names[fact.type] ?? { zh: fact.type, en: fact.type };
}

function expectationIssues(source: JsonSource, golden: GoldenCase, config: EffectiveRuleset | EffectiveConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  let kinds: EffectiveKinds = config.kinds;
  if (golden.department !== undefined) {
    const tenant = 'tenant' in config ? config : undefined;
    const known = tenant?.tenant.departments.map((department) => department.code) ?? [];
    if (!known.includes(golden.department)) {
      issues.push(issueAt(source, '/department', 'UNKNOWN_REFERENCE', {
        zh: `部门应为租户的部门代码（${listChoices(known, '、')}），实际为 "${golden.department}"`,
        en: `expected one of the tenant's department codes (${listChoices(known, ', ')}), found "${golden.department}"`,
      }));
    }
    kinds = tenant?.departments.find((department) => department.code === golden.department)?.kinds ?? kinds;
  }
  const expectIds = (field: 'reviewEntries' | 'gates' | 'warnings' | 'obligations' | 'lenientEntries', known: ReadonlySet<string>, what: LocalText): void => {
    golden.expect[field]?.forEach((id, index) => {
      if (known.has(id)) return;
      const hint = suggestion(id, known);
      issues.push(issueAt(source, `/expect/${field}/${index}`, 'UNKNOWN_REFERENCE', {
        zh: `应为有效配置中的${what.zh}，实际为不存在的 "${id}"${hint.zh}`,
        en: `expected ${what.en} in the effective configuration, found the unknown "${id}"${hint.en}`,
      }));
    });
  };
  const rulesOf = (kind: string): Set<string> => new Set(kinds.rules.filter((rule) => rule.value.kind === kind).map((rule) => rule.id));
  expectIds('reviewEntries', new Set(kinds.reviewCatalogue.map((entry) => entry.id)), { zh: '审核目录条目编号', en: 'a review entry id' });
  expectIds('gates', rulesOf('GATE'), { zh: '闸口（GATE）规则编号', en: 'the id of a GATE rule' });
  expectIds('warnings', rulesOf('WARNING'), { zh: '提醒（WARNING）规则编号', en: 'the id of a WARNING rule' });
  expectIds('obligations', rulesOf('OBLIGATION'), { zh: '义务（OBLIGATION）规则编号', en: 'the id of an OBLIGATION rule' });
  const lenient = new Set(kinds.lenientLists.flatMap((list) => list.value.entries.map((entry) => `${list.id}/${entry.id}`)));
  expectIds('lenientEntries', lenient, { zh: '包容审慎清单事项（清单编号/事项编号）', en: 'a lenient entry (listId/entryId)' });
  return issues;
}
