import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileIssue, missingMessage } from './bounded-file.ts';
import { checkCalendarOverlay } from './calendar-overlay.ts';
import { compileRuleset, compileTenant, DEPARTMENTS_FOLDER } from './compile.ts';
import { vocabularyOf, type ExtensionRegistry } from './extension.ts';
import { checkGoldenCaseFile, GOLDEN_FOLDER, loadGoldenCases } from './golden-cases.ts';
import { capIssuesPerFile, listChoices, type ConfigIssue } from './issues.ts';
import { readJsonSource } from './json-source.ts';
import { KIND_FILES, readLayerFolder, type KindFile } from './layer-folder.ts';
import { RULESET_FILE } from './ruleset-chain.ts';
import { checkWith, validators } from './schemas.ts';
import { TENANT_FILE } from './tenant-folder.ts';
import { referenceIssues } from './tenant-references.ts';

export interface ValidateOptions {
  /** Where the rulesets are for a tenant; by default the nearest "rulesets" folder found walking up from the path. */
  rulesetsDir?: string;
  extensions?: ExtensionRegistry;
}

/**
 * Validates what `sanxiang validate <path>` names: one file (its kind found from its "$schema", else its name), a
 * ruleset or tenant folder (compiled with everything it extends, plus its golden cases), a department or golden
 * folder (its owner is validated), or a folder of such folders. Returns the issues; an empty list means valid.
 */
export function validatePath(path: string, options: ValidateOptions = {}): ConfigIssue[] {
  if (!existsSync(path)) return [fileIssue(path, 'FILE_MISSING', missingMessage(path))];
  const issues = statSync(path).isDirectory() ? validateFolder(path, options) : validateFile(path, options);
  return capIssuesPerFile(issues);
}

/** The folder's parent and name, keeping the path as the caller wrote it so that issues name files the same way. */
function splitFolder(dir: string): { parent: string; name: string } {
  const trimmed = dir.replace(/[\\/]+$/, '');
  const full = ['', '.', '..'].includes(basename(trimmed)) ? resolve(dir) : trimmed;
  return { parent: dirname(full), name: basename(full) };
}

function validateFolder(dir: string, options: ValidateOptions): ConfigIssue[] {
  const { parent, name } = splitFolder(dir);
  if (existsSync(join(dir, RULESET_FILE))) {
    const { config, issues } = compileRuleset({ rulesetsDir: parent, name, extensions: options.extensions });
    return config ? loadGoldenCases(dir, config, options.extensions).issues : issues;
  }
  if (existsSync(join(dir, TENANT_FILE))) {
    const rulesetsDir = options.rulesetsDir ?? nearestRulesetsDir(parent);
    const { config, issues } = compileTenant({ rulesetsDir, tenantsDir: parent, tenantCode: name, extensions: options.extensions });
    return config ? loadGoldenCases(dir, config, options.extensions).issues : issues;
  }
  const owner = basename(parent) === DEPARTMENTS_FOLDER ? dirname(parent) : name === GOLDEN_FOLDER ? parent : undefined;
  if (owner && (existsSync(join(owner, TENANT_FILE)) || existsSync(join(owner, RULESET_FILE)))) return validateFolder(owner, options);
  const children = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => join(dir, entry.name))
    .filter((child) => existsSync(join(child, RULESET_FILE)) || existsSync(join(child, TENANT_FILE)))
    .sort();
  if (children.length > 0) return children.flatMap((child) => validateFolder(child, options));
  return [fileIssue(dir, 'UNKNOWN_SCHEMA', {
    zh: '应为规则层文件夹（含 ruleset.json）、租户文件夹（含 tenant.json）或其上级文件夹，实际都不是',
    en: 'expected a ruleset folder (with ruleset.json), a tenant folder (with tenant.json) or a folder of them, found neither',
  })];
}

/** A tenant's regional holiday overlay names the calendar package's schema. */
const CALENDAR_OVERLAY_SCHEMA = 'calendar-overlay.schema.json';

/** Schema names that identify a kind file, so a copy under another name is still checked as what it says it is. */
const KIND_BY_SCHEMA = new Map<string, KindFile>(KIND_FILES.map((file) => [file.replace('.json', '.schema.json'), file]));

function validateFile(file: string, options: ValidateOptions): ConfigIssue[] {
  const read = readJsonSource(file);
  if (!read.source) return read.issues;
  const declared: unknown = typeof read.source.value === 'object' && read.source.value !== null ? Reflect.get(read.source.value, '$schema') : undefined;
  const schemaName = typeof declared === 'string' ? basename(declared) : undefined;
  const name = basename(file);
  // Every registered vendor name is allowed here: which rulesets declare it is only known when a folder is compiled.
  const registry = options.extensions;
  const vocabulary = vocabularyOf(registry, { operators: registry?.operatorNames() ?? [], facts: registry?.factNames() ?? [] });

  if (schemaName === 'golden-case.schema.json' || basename(dirname(resolve(file))) === GOLDEN_FOLDER) {
    return checkGoldenCaseFile(file, vocabulary).issues;
  }
  if (schemaName === CALENDAR_OVERLAY_SCHEMA) return [...read.issues, ...checkCalendarOverlay(read.source)];
  if (schemaName === 'ruleset.schema.json' || name === RULESET_FILE) {
    return [...read.issues, ...checkWith(validators.ruleset, read.source).issues];
  }
  if (schemaName === 'tenant.schema.json' || name === TENANT_FILE) {
    const checked = checkWith(validators.tenant, read.source);
    const tenant = checked.value ? { source: read.source, value: checked.value } : undefined;
    return [...read.issues, ...checked.issues, ...referenceIssues(basename(dirname(resolve(file))), tenant, undefined)];
  }
  const kindFile = (schemaName ? KIND_BY_SCHEMA.get(schemaName) : undefined) ?? KIND_FILES.find((known) => known === name);
  if (!kindFile) {
    return [fileIssue(file, 'UNKNOWN_SCHEMA', {
      zh: `"$schema" 应指向 packages/config/schemas 中的某个模式，或文件名应为以下之一：${listChoices([...KIND_FILES, RULESET_FILE, TENANT_FILE], '、', 20)}，实际都不是`,
      en: `expected "$schema" to name a schema in packages/config/schemas, or the file to be named one of ${listChoices([...KIND_FILES, RULESET_FILE, TENANT_FILE], ', ', 20)}, found neither`,
    })];
  }
  // A single file is checked as if in a tenant folder, the only layer every kind (calendar.json included) may sit in.
  const layer = readLayerFolder({ dir: dirname(file), name: basename(dirname(file)), kind: 'tenant', path: '', vocabulary, only: { kindFile, file } });
  return layer.issues;
}

/** The nearest "rulesets" folder, walking up from `start`. */
function nearestRulesetsDir(start: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, 'rulesets');
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    if (dirname(dir) === dir) return join(dirname(resolve(start)), 'rulesets');
  }
}
