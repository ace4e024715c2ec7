import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { listChoices, type ConfigIssue } from './issues.ts';
import { childPointer } from './json-pointer.ts';
import { issueAt, readJsonSource, type JsonSource } from './json-source.ts';
import { suggestion } from './name-suggestion.ts';
import type { RulesetManifest } from './ruleset-types.ts';
import { checkWith, validators } from './schemas.ts';

export const RULESET_FILE = 'ruleset.json';

export interface LoadedRuleset {
  name: string;
  dir: string;
  manifest: RulesetManifest;
  source: JsonSource;
}

/** Where a list of ruleset names was written, so that an unknown name or a loop can be pointed at. */
export interface ExtendsList {
  names: readonly string[];
  source: JsonSource;
  pointer: string;
}

/** Reads ruleset.json of one ruleset folder. */
export function readRuleset(rulesetsDir: string, name: string): { ruleset?: LoadedRuleset; issues: ConfigIssue[]; missing?: true } {
  const dir = join(rulesetsDir, name);
  const file = join(dir, RULESET_FILE);
  const read = readJsonSource(file, { optional: true });
  if (!read.source && read.issues.length === 0) return { issues: [], missing: true };
  if (!read.source) return { issues: read.issues };
  const checked = checkWith(validators.ruleset, read.source);
  if (!checked.value) return { issues: [...read.issues, ...checked.issues] };
  const { $schema: _editorSchema, ...manifest } = checked.value;
  const issues = [...read.issues];
  if (manifest.name !== name) {
    issues.push(issueAt(read.source, '/name', 'RULESET_NAME_MISMATCH', {
      zh: `规则层代码应与文件夹名 "${name}" 相同，实际为 "${manifest.name}"`,
      en: `expected the ruleset name to equal the folder name "${name}", found "${manifest.name}"`,
    }));
  }
  return { ruleset: { name, dir, manifest, source: read.source }, issues };
}

/**
 * Resolves what a tenant (or a ruleset) extends into one ordered list, broadest first: each ruleset comes after
 * everything it extends, and once only. An unknown name or a loop becomes an issue where the name was written.
 */
export function resolveRulesetChain(rulesetsDir: string, roots: ExtendsList): { rulesets: LoadedRuleset[]; issues: ConfigIssue[] } {
  const loaded = new Map<string, ReturnType<typeof readRuleset>>();
  const order: LoadedRuleset[] = [];
  const done = new Set<string>();
  const issues: ConfigIssue[] = [];
  const reportedLoops = new Set<string>();

  // Depth-first; a chain is a handful of rulesets deep, so recursion is safe. `path` is the chain being expanded.
  const visit = (name: string, via: { source: JsonSource; pointer: string }, path: readonly string[]): void => {
    if (done.has(name)) return;
    if (path.includes(name)) {
      const loop = [...path.slice(path.indexOf(name)), name].join(' → ');
      if (!reportedLoops.has(loop)) {
        reportedLoops.add(loop);
        issues.push(issueAt(via.source, via.pointer, 'EXTENDS_CYCLE', {
          zh: `extends 应形成从宽到窄的层次，实际形成循环：${loop}`,
          en: `expected extends to form a hierarchy, found a loop: ${loop}`,
        }));
      }
      return;
    }
    let read = loaded.get(name);
    if (!read) {
      read = readRuleset(rulesetsDir, name);
      loaded.set(name, read);
      issues.push(...read.issues);
    }
    if (read.missing) {
      const known = knownRulesets(rulesetsDir);
      const hint = suggestion(name, known);
      issues.push(issueAt(via.source, via.pointer, 'UNKNOWN_RULESET', {
        zh: `规则层应为 ${basename(rulesetsDir)}/ 下已有的规则层（${listChoices(known, '、')}），实际为不存在的 "${name}"${hint.zh}`,
        en: `expected a ruleset in ${basename(rulesetsDir)}/ (${listChoices(known, ', ')}), found the unknown "${name}"${hint.en}`,
      }));
      return;
    }
    const ruleset = read.ruleset;
    if (!ruleset) return;
    ruleset.manifest.extends.forEach((parent, index) => {
      visit(parent, { source: ruleset.source, pointer: childPointer('/extends', index) }, [...path, name]);
    });
    if (!done.has(name)) {
      done.add(name);
      order.push(ruleset);
    }
  };

  roots.names.forEach((name, index) => visit(name, { source: roots.source, pointer: childPointer(roots.pointer, index) }, []));
  return { rulesets: order, issues };
}

/** Ruleset folders present, for messages. */
export function knownRulesets(rulesetsDir: string): string[] {
  try {
    return readdirSync(rulesetsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/** Every vendor name the chain declares must have been registered by the vendor's module. */
export function declaredExtensions(rulesets: readonly LoadedRuleset[], registered: { operator(name: string): unknown; fact(name: string): unknown } | undefined): {
  operators: string[]; facts: string[]; issues: ConfigIssue[];
} {
  const operators: string[] = [];
  const facts: string[] = [];
  const issues: ConfigIssue[] = [];
  for (const { manifest, source } of rulesets) {
    (['operators', 'facts'] as const).forEach((list) => {
      (manifest[list] ?? []).forEach((name, index) => {
        const known = list === 'operators' ? registered?.operator(name) : registered?.fact(name);
        if (known) {
          (list === 'operators' ? operators : facts).push(name);
          return;
        }
        const noun = list === 'operators' ? { zh: '运算符', en: 'operator', call: 'defineOperator' } : { zh: '事实', en: 'fact', call: 'defineFact' };
        issues.push(issueAt(source, `/${list}/${index}`, 'UNREGISTERED_EXTENSION', {
          zh: `声明的${noun.zh} "${name}" 应已由厂商模块用 ${noun.call} 注册并传入编译，实际没有`,
          en: `expected the declared ${noun.en} "${name}" to be registered by the vendor module with ${noun.call} and passed to compilation, found it missing`,
        }));
      });
    });
  }
  return { operators, facts, issues };
}
