import type { ValidateFunction } from 'ajv';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileIssue } from './bounded-file.ts';
import { emptyLayerContent, type LayerContent, type Located } from './collections.ts';
import type { ThresholdReference } from './condition.ts';
import type { Vocabulary } from './extension.ts';
import { itemIssues } from './item-checks.ts';
import { itemsWithGuideDefaults } from './kinds/enforcement-items.ts';
import { listChoices, type ConfigIssue } from './issues.ts';
import { readJsonSource, type JsonSource } from './json-source.ts';
import type { LayerKind } from './ruleset-types.ts';
import { checkWith, validators } from './schemas.ts';

/** One layer of configuration: a ruleset, a tenant, or a department of a tenant. */
export interface Layer {
  name: string;
  kind: LayerKind;
  /** The folder as the caller gave it; issues name files under it. */
  dir: string;
  /** The folder relative to the configuration roots, e.g. "rulesets/national"; provenance uses it. */
  path: string;
  content: LayerContent;
}

export interface LayerRead {
  layer: Layer;
  issues: ConfigIssue[];
  thresholds: ThresholdReference[];
}

/** The files a layer folder may hold besides the descriptors, which are read elsewhere. */
export const KIND_FILES = [
  'enforcement-items.json', 'review-catalogue.json', 'disclosure.json', 'recording.json', 'discretion.json',
  'thresholds.json', 'rules.json', 'deadlines.json', 'forms.json', 'calendar.json', 'random-inspections.json',
  'staffing.json',
] as const;
export type KindFile = (typeof KIND_FILES)[number];
const DESCRIPTORS = ['ruleset.json', 'tenant.json'];

function located<T>(source: JsonSource, listPointer: string, items: readonly T[] | undefined): Located<T>[] {
  return (items ?? []).map((value, index) => ({ value, source, pointer: `${listPointer}/${index}` }));
}

/**
 * Reads every kind file of a layer folder, checks each against its schema and then item by item. A file with
 * schema errors contributes no items, so later checks never see a malformed one. `skip` names files the caller has
 * read already (a tenant's enforcement-items.json).
 */
export function readLayerFolder(options: {
  dir: string; name: string; kind: LayerKind; path: string; vocabulary: Vocabulary; skip?: readonly string[];
  /** Reads just this one file, as the kind file named, wherever it is (validatePath on a single file). */
  only?: { kindFile: KindFile; file: string };
}): LayerRead {
  const { dir, kind, vocabulary, only } = options;
  const issues: ConfigIssue[] = only ? [] : [...unknownFileIssues(dir)];
  const content = emptyLayerContent();
  const skip = new Set(options.skip ?? []);

  function read<T>(file: KindFile, validate: ValidateFunction<T>): { source: JsonSource; value: T } | undefined {
    if (skip.has(file) || (only && only.kindFile !== file)) return undefined;
    const { source, issues: readIssues } = readJsonSource(only ? only.file : join(dir, file), { optional: !only });
    issues.push(...readIssues);
    if (!source) return undefined;
    const checked = checkWith(validate, source);
    issues.push(...checked.issues);
    return checked.value === undefined ? undefined : { source, value: checked.value };
  }

  const items = read('enforcement-items.json', validators.enforcementItems);
  if (items) content.enforcementItems = located(items.source, '/items', itemsWithGuideDefaults(items.value));
  const review = read('review-catalogue.json', validators.reviewCatalogue);
  if (review) content.reviewCatalogue = located(review.source, '/entries', review.value.entries);
  const disclosure = read('disclosure.json', validators.disclosure);
  if (disclosure) content.disclosure = located(disclosure.source, '/items', disclosure.value.items);
  const recording = read('recording.json', validators.recording);
  if (recording) content.recording = located(recording.source, '/rules', recording.value.rules);
  const discretion = read('discretion.json', validators.discretion);
  if (discretion) {
    content.discretionBenchmarks = located(discretion.source, '/benchmarks', discretion.value.benchmarks);
    content.lenientLists = located(discretion.source, '/lenientLists', discretion.value.lenientLists);
  }
  const thresholds = read('thresholds.json', validators.thresholds);
  if (thresholds) content.thresholds = located(thresholds.source, '/thresholds', thresholds.value.thresholds);
  const rules = read('rules.json', validators.rules);
  if (rules) content.rules = located(rules.source, '/rules', rules.value.rules);
  const deadlines = read('deadlines.json', validators.deadlines);
  if (deadlines) content.deadlines = located(deadlines.source, '/deadlines', deadlines.value.deadlines);
  const forms = read('forms.json', validators.forms);
  if (forms) {
    content.forms = located(forms.source, '/forms', forms.value.forms);
    content.documents = located(forms.source, '/documents', forms.value.documents);
  }
  const inspections = read('random-inspections.json', validators.randomInspections);
  if (inspections) content.randomInspections = located(inspections.source, '/items', inspections.value.items);
  const staffing = read('staffing.json', validators.staffing);
  if (staffing) {
    const { $schema: _editorSchema, ...rules } = staffing.value;
    content.staffing = [{ value: rules, source: staffing.source, pointer: '' }];
  }
  const calendar = read('calendar.json', validators.calendar);
  if (calendar) {
    const { $schema: _editorSchema, ...config } = calendar.value;
    if (kind === 'tenant') {
      content.calendar = [{ value: config, source: calendar.source, pointer: '' }];
    } else {
      issues.push(fileIssue(calendar.source.file, 'KIND_NOT_ALLOWED', {
        zh: `calendar.json 应只放在租户文件夹中，实际在${kind === 'department' ? '部门' : '规则层'}文件夹中`,
        en: `expected calendar.json only in a tenant folder, found it in a ${kind === 'department' ? 'department' : 'ruleset'} folder`,
      }));
    }
  }

  const checked = itemIssues(content, dir, vocabulary);
  issues.push(...checked.issues);
  return { layer: { name: options.name, kind, dir, path: options.path, content }, issues, thresholds: checked.thresholds };
}

/** A misspelt file name would otherwise be ignored without a word, and its rules silently missing. */
function unknownFileIssues(dir: string): ConfigIssue[] {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch {
    return [];
  }
  const known = new Set<string>([...KIND_FILES, ...DESCRIPTORS]);
  const expected = listChoices([...KIND_FILES], ', ', 20);
  return names
    .filter((name) => name.endsWith('.json') && !known.has(name))
    .sort()
    .map((name) => fileIssue(join(dir, name), 'UNKNOWN_FILE', {
      zh: `文件名应为以下之一：${expected}，实际为 ${name}`,
      en: `expected a file named one of ${expected}, found ${name}`,
    }));
}
