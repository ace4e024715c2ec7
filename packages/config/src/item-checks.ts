import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { calendarOverlayIssues } from './calendar-overlay.ts';
import type { CollectionSpec } from './collection-spec.ts';
import { forEachCollection, type LayerContent, type Located } from './collections.ts';
import { checkCondition, type ConditionFindings } from './condition.ts';
import type { Vocabulary } from './extension.ts';
import { preview, type ConfigIssue } from './issues.ts';
import { childPointer } from './json-pointer.ts';
import { issueAt, locate, type JsonSource } from './json-source.ts';

/**
 * What a schema cannot say about the items of one layer: ids unique in each list, each basis naming exactly one
 * source, conditions well formed, ranges ordered, one of two alternatives given, referenced files present.
 */
export function itemIssues(content: LayerContent, dir: string, vocabulary: Vocabulary): ConditionFindings {
  const findings: ConditionFindings = { issues: [], thresholds: [] };
  forEachCollection(content, (_name, spec, items) => {
    duplicateIdIssues(spec, items, findings.issues);
    for (const item of items) {
      if (Reflect.get(Object(item.value), 'disabled') === true) continue;
      nestedIssues(item.source, item.pointer, item.value, findings.issues);
      for (const [at, condition] of conditionsOf(item.pointer, item.value, spec.conditions)) {
        checkCondition(item.source, at, condition, vocabulary, findings);
      }
    }
  });
  for (const item of content.disclosure) {
    const period = item.value.displayPeriod;
    if (period && (period.months === undefined) === (period.tiers === undefined)) {
      findings.issues.push(issueAt(item.source, `${item.pointer}/displayPeriod`, 'SHAPE', {
        zh: '公示期限应恰好写 months 或 tiers 之一，实际两者都写或都没写',
        en: 'expected exactly one of months or tiers, found both or neither',
      }));
    }
  }
  for (const item of content.discretionBenchmarks) {
    item.value.tiers?.forEach((tier, index) => {
      const at = `${item.pointer}/tiers/${index}/range`;
      if (tier.range.min > tier.range.max) {
        findings.issues.push(issueAt(item.source, `${at}/max`, 'SHAPE', { zh: `上限应不小于下限 ${tier.range.min}，实际为 ${tier.range.max}`, en: `expected a maximum of at least the minimum ${tier.range.min}, found ${tier.range.max}` }));
      }
      if (tier.range.kind === 'ABSOLUTE' && tier.range.of !== undefined) {
        findings.issues.push(issueAt(item.source, `${at}/of`, 'SHAPE', { zh: 'ABSOLUTE 金额幅度不应写 of，实际写了', en: 'expected no "of" on an ABSOLUTE range, found one' }, 'key'));
      }
    });
  }
  for (const item of content.thresholds) {
    const { delegated, individual, organisation } = item.value;
    if (delegated === true && Object.keys(item.value).some((key) => /individual|organisation/i.test(key))) {
      findings.issues.push(issueAt(item.source, `${item.pointer}/delegated`, 'SHAPE', {
        zh: '交由下层规定（"delegated": true）的金额标准不应写金额，实际写了',
        en: 'expected a threshold left to lower layers ("delegated": true) to give no amounts, found some',
      }, 'key'));
    }
    if (delegated !== true && individual === undefined && organisation === undefined) {
      findings.issues.push(issueAt(item.source, item.pointer, 'SHAPE', {
        zh: '金额标准应写 individual 或 organisation 的金额（或写 "delegated": true 交由下层规定），实际都没有',
        en: 'expected an individual or organisation amount (or "delegated": true to leave it to a lower layer), found neither',
      }));
    }
  }
  for (const form of content.forms) {
    if (fileReferenceIssue(form.source, `${form.pointer}/schema`, dir, form.value.schema, findings.issues)) {
      for (const problem of vocabulary.formSchemaProblems(join(dir, form.value.schema))) {
        findings.issues.push(issueAt(form.source, `${form.pointer}/schema`, 'FORM_SCHEMA_REFUSED', {
          zh: `表单「${form.value.kind}」的结构文件 ${form.value.schema} 不可用（${problem.pointer || '/'}）：${problem.zh}`,
          en: `the schema file ${form.value.schema} of form "${form.value.kind}" is refused (at ${problem.pointer || '/'}): ${problem.en}`,
        }));
      }
    }
    if (form.value.uiSchema !== undefined) fileReferenceIssue(form.source, `${form.pointer}/uiSchema`, dir, form.value.uiSchema, findings.issues);
  }
  for (const document of content.documents) fileReferenceIssue(document.source, `${document.pointer}/template`, dir, document.value.template, findings.issues);
  for (const calendar of content.calendar) {
    const overlay = calendar.value.overlay;
    if (overlay !== undefined && fileReferenceIssue(calendar.source, '/overlay', dir, overlay, findings.issues)) {
      findings.issues.push(...calendarOverlayIssues(join(dir, overlay)));
    }
  }
  return findings;
}

function duplicateIdIssues<T extends object>(spec: CollectionSpec<T>, items: readonly Located<T>[], issues: ConfigIssue[]): void {
  if (spec.listPointer === '') return;
  const first = new Map<string, Located<T>>();
  for (const item of items) {
    const id = spec.idOf(item.value);
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, item);
      continue;
    }
    // Two files (discretion.json, forms.json) hold two lists each, but the same id in one list is always a slip.
    const line = locate(earlier.source, childPointer(earlier.pointer, spec.idField)).line;
    issues.push(issueAt(item.source, childPointer(item.pointer, spec.idField), 'DUPLICATE_ID', {
      zh: `${spec.label.zh}的编号应唯一，实际 "${id}" 重复（第一次在第 ${line} 行）`,
      en: `expected a unique ${spec.label.en} id, found "${id}" again (first on line ${line})`,
    }));
  }
}

/** Walks an item without recursion: checks every basis entry and that ids are unique inside every nested list. */
function nestedIssues(source: JsonSource, pointer: string, value: unknown, issues: ConfigIssue[]): void {
  const pending: { node: unknown; at: string }[] = [{ node: value, at: pointer }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, at } = next;
    if (Array.isArray(node)) {
      const seen = new Map<string, number>();
      node.forEach((entry: unknown, index) => {
        const id: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'id') : undefined;
        const earlier = typeof id === 'string' ? seen.get(id) : undefined;
        if (typeof id === 'string' && earlier !== undefined) {
          issues.push(issueAt(source, `${at}/${index}/id`, 'DUPLICATE_ID', {
            zh: `编号应在本列表内唯一，实际 "${id}" 与第 ${earlier + 1} 项重复`,
            en: `expected ids unique within this list, found "${id}" repeating entry ${earlier + 1}`,
          }));
        } else if (typeof id === 'string') {
          seen.set(id, index);
        }
        // Only lists and objects can hold what is checked here; skipping the rest keeps a large tenant's walk short.
        if (typeof entry === 'object' && entry !== null) pending.push({ node: entry, at: `${at}/${index}` });
      });
    } else if (typeof node === 'object' && node !== null) {
      for (const key in node) {
        const child: unknown = Reflect.get(node, key);
        if (key === 'basis' && Array.isArray(child)) child.forEach((entry: unknown, index) => basisIssue(source, `${at}/basis/${index}`, entry, issues));
        // Conditions are checked on their own; their nested arrays hold no ids.
        if (key !== 'condition' && key !== 'permanentWhen' && typeof child === 'object' && child !== null) pending.push({ node: child, at: childPointer(at, key) });
      }
    }
  }
}

function basisIssue(source: JsonSource, at: string, entry: unknown, issues: ConfigIssue[]): void {
  if (typeof entry !== 'object' || entry === null) return;
  const sources = ['law', 'document', 'seed'].filter((key) => key in entry);
  if (sources.length !== 1) {
    issues.push(issueAt(source, at, 'BASIS_SHAPE', {
      zh: `依据应恰好写明 law、document、seed 之一，实际为：${sources.length ? sources.join('、') : '都没有'}`,
      en: `expected exactly one of law, document or seed, found ${sources.length ? sources.join(', ') : 'none'}`,
    }));
  } else if ('law' in entry && 'section' in entry) {
    issues.push(issueAt(source, `${at}/section`, 'BASIS_SHAPE', {
      zh: '法律条文用 article 写条款，不应写 section，实际写了', en: 'expected a law to give its article, not a section, found a section',
    }, 'key'));
  }
}

/** Expands paths such as "criteria/*\/condition" into the conditions present in an item. */
function conditionsOf(pointer: string, value: unknown, patterns: readonly string[]): [string, unknown][] {
  const found: [string, unknown][] = [];
  for (const pattern of patterns) {
    let frontier: [string, unknown][] = [[pointer, value]];
    for (const segment of pattern.split('/')) {
      const next: [string, unknown][] = [];
      for (const [at, node] of frontier) {
        if (segment === '*' && Array.isArray(node)) node.forEach((entry: unknown, index) => next.push([`${at}/${index}`, entry]));
        else if (segment !== '*' && typeof node === 'object' && node !== null && segment in node) next.push([childPointer(at, segment), Reflect.get(node, segment)]);
      }
      frontier = next;
    }
    found.push(...frontier);
  }
  return found;
}

/**
 * A referenced file must exist inside the layer folder; anything else could probe the server's file system. Returns
 * whether the reference is sound.
 */
function fileReferenceIssue(source: JsonSource, at: string, dir: string, relative: string, issues: ConfigIssue[]): boolean {
  const resolved = normalize(join(dir, relative));
  if (isAbsolute(relative) || relative.split(/[\\/]/).includes('..') || !resolved.startsWith(normalize(dir) + sep)) {
    issues.push(issueAt(source, at, 'FILE_REFERENCE_OUTSIDE', {
      zh: `应为本层文件夹内的相对路径，实际为 ${preview(relative)}`,
      en: `expected a relative path inside this layer's folder, found ${preview(relative)}`,
    }));
    return false;
  }
  if (!existsSync(resolved) || !statSync(resolved).isFile()) {
    issues.push(issueAt(source, at, 'FILE_REFERENCE_MISSING', {
      zh: `引用的文件应存在：${relative}，实际找不到`,
      en: `expected the referenced file ${relative} to exist, found nothing there`,
    }));
    return false;
  }
  return true;
}
