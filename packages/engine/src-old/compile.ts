import type { EnforcementItemConfig } from '@sanxiang/config';
import type { WorkingCalendar } from '@sanxiang/calendar';
import { ACTION_FACTS, CASE_FACTS, STATED_FACTS } from './case-facts.ts';
import type { CompiledRule } from './compiled-rule.ts';
import type { CompiledBenchmark, CompiledDisclosure, CompiledLenient, CompiledRecording, CompiledTenant } from './compiled-tenant.ts';
import type { DayCount, LegalRule, ReviewEntry } from './config-kinds.ts';
import { DERIVED_FACTS } from './derived-facts.ts';
import type { EngineConfig, Provided } from './engine-config.ts';
import type { FactResolver } from './fact-book.ts';
import { effectiveItems } from './law-defaults.ts';
import { LAW_DOCUMENTS, LAW_FORM_FIELDS, type DocumentRule, type FormFieldRule } from './law/form-rules.ts';
import type { LawRule } from './law/legal-rules.ts';
import { apl, engineProvenance } from './law/statutes.ts';
import { cite } from './citation.ts';
import { operatorEngine, operatorNames } from './operators.ts';
import { push, RuleBuilder } from './rule-builder.ts';
import { readsOf } from './rule-memo.ts';
import { ThresholdTable } from './thresholds.ts';

/** Facts the engine derives from its own answers during an evaluation (evaluate.ts provides them). */
export const ANSWER_FACTS = ['hearingRight', 'missingFullAvRecords'] as const;

function decisionPeriod(config: EngineConfig): DayCount {
  const declared = config.deadlines?.find((deadline) => deadline.value.type === 'AGENCY_LIMIT' && deadline.value.from === 'CASE_FILED');
  return declared?.value.period ?? { days: 90, unit: 'CALENDAR' };
}

function defenceWindow(config: EngineConfig): DayCount {
  const declared = config.deadlines?.find((deadline) => deadline.value.type === 'PARTY_WINDOW' && deadline.value.from === 'HEARING_RIGHT_NOTIFIED');
  return declared?.value.period ?? { days: 5, unit: 'WORKING' };
}

function resolvers(): Map<string, FactResolver> {
  const map = new Map<string, FactResolver>(Object.entries({ ...CASE_FACTS, ...DERIVED_FACTS }));
  const unstructured: FactResolver = () => undefined;
  for (const name of [...STATED_FACTS, ...ANSWER_FACTS]) if (!map.has(name)) map.set(name, unstructured);
  return map;
}

function reviewRules(builder: RuleBuilder, entries: readonly Provided<ReviewEntry>[]) {
  const byItem = new Map<string, CompiledRule<Provided<ReviewEntry>>[]>();
  const byCategory = new Map<string, CompiledRule<Provided<ReviewEntry>>[]>();
  for (const provided of entries) {
    const entry = provided.value;
    // An `any` of nothing holds in json-rules-engine; an entry without criteria must never match.
    if (entry.criteria.length === 0) continue;
    const children = entry.criteria.map((criterion, index) => ({ name: criterion.id, condition: criterion.condition, pointer: `${provided.provenance.pointer}/criteria/${index}/condition` }));
    const rule = builder.namedAny({
      id: entry.id, role: 'REVIEW', provenance: provided.provenance, basis: provided.basis ?? entry.basis,
      message: { zh: `须经法制审核（${entry.name}）`, en: `legal review is required (${entry.name})` },
      negative: { zh: `不属于「${entry.name}」`, en: `not within "${entry.name}"` },
    }, children, provided);
    if (!rule) continue;
    if (entry.itemCodes) for (const code of entry.itemCodes) push(byItem, code, rule);
    else push(byCategory, entry.category, rule);
  }
  return { byItem, byCategory };
}

function legalRules(builder: RuleBuilder, rules: readonly Provided<LegalRule | LawRule>[]) {
  const byAction = new Map<string, CompiledRule<Provided<LegalRule | LawRule>>[]>();
  const hearing: CompiledRule<Provided<LegalRule | LawRule>>[] = [];
  const everyRule: CompiledRule<Provided<LegalRule | LawRule>>[] = [];
  for (const provided of rules) {
    const rule = provided.value;
    const negative = 'negative' in rule ? rule.negative : undefined;
    const compiled = builder.single({
      id: rule.id, role: rule.outcome === 'HEARING_RIGHT' ? 'HEARING' : rule.kind, provenance: provided.provenance,
      basis: provided.basis ?? rule.basis, message: rule.message, ...(negative ? { negative } : {}),
    }, rule.condition, provided);
    if (!compiled) continue;
    everyRule.push(compiled);
    // The hearing answer evaluates these whatever the action; gates.ts reuses that run for the obligation.
    if (rule.outcome === 'HEARING_RIGHT') hearing.push(compiled);
    else for (const action of rule.actions) push(byAction, action, compiled);
  }
  return { byAction, hearing, all: everyRule };
}

function discretionRules(builder: RuleBuilder, config: EngineConfig, items: ReadonlyMap<string, EnforcementItemConfig>) {
  const byItem = new Map<string, CompiledBenchmark[]>();
  const byBenchmark = new Map<string, CompiledBenchmark>();
  for (const provided of config.discretionBenchmarks ?? []) {
    const benchmark = provided.value;
    if (benchmark.disabled) continue;
    const tiers = benchmark.tiers.flatMap((tier, index) => {
      const rule = builder.single({
        id: `${benchmark.id}/${tier.id}`, role: 'DISCRETION_TIER', provenance: { ...provided.provenance, pointer: `${provided.provenance.pointer}/tiers/${index}` },
        basis: provided.basis ?? benchmark.basis, message: { zh: `适用「${tier.description.zh}」裁量档次`, en: `the "${tier.description.en}" tier applies` },
      }, tier.condition, tier);
      return rule ? [rule] : [];
    });
    const basis = [...(provided.basis ?? benchmark.basis), apl('第三十四条')];
    const compiled = { benchmark: provided, tiers, basis, citation: cite(basis) };
    byBenchmark.set(benchmark.id, compiled);
    for (const code of benchmark.itemCodes ?? []) push(byItem, code, compiled);
  }
  // An enforcement item may name its benchmark instead of the benchmark listing the item.
  for (const item of items.values()) {
    const linked = item.benchmark ? byBenchmark.get(item.benchmark) : undefined;
    if (linked && !(byItem.get(item.code) ?? []).includes(linked)) push(byItem, item.code, linked);
  }
  return byItem;
}

function lawLookups(builder: RuleBuilder) {
  const formFields = new Map<string, CompiledRule<FormFieldRule>[]>();
  for (const rule of LAW_FORM_FIELDS) {
    const compiled = builder.single({
      id: rule.id, role: 'FORM_FIELD', provenance: engineProvenance('form-rules.ts', rule.id), basis: rule.basis,
      message: { zh: `表单「${rule.form}」的 ${rule.fields.join('、')} ${rule.effect === 'REQUIRED' ? '为必填' : '应显示'}`, en: `${rule.fields.join(', ')} of form "${rule.form}" ${rule.effect === 'REQUIRED' ? 'are required' : 'are shown'}` },
    }, rule.condition, rule);
    if (compiled) for (const action of rule.actions) push(formFields, action, compiled);
  }
  const documents = new Map<string, CompiledRule<DocumentRule>[]>();
  for (const rule of LAW_DOCUMENTS) {
    const compiled = builder.single({
      id: rule.id, role: 'DOCUMENT', provenance: engineProvenance('form-rules.ts', rule.id), basis: rule.basis,
      message: { zh: `应当制作《${rule.name.zh}》`, en: `a ${rule.name.en} must be produced` },
    }, rule.condition, rule);
    if (compiled) for (const action of rule.actions) push(documents, action, compiled);
  }
  return { formFields, documents };
}

/**
 * Compiles a tenant's effective configuration once: the law table is merged in, every condition becomes a pre-built
 * json-rules-engine Rule, and indexes are built so that an evaluation runs only the rules that can apply.
 */
export interface CompileOptions {
  /**
   * Remember each rule's json-rules-engine result by the exact values it read (rule-memo.ts), up to this many
   * results per tenant; 0 turns it off. Default 20,000 (about 20 MB at most).
   */
  memoEntries?: number;
}

export function compileEngine(config: EngineConfig, calendar: WorkingCalendar, options: CompileOptions = {}): CompiledTenant {
  const started = performance.now();
  const effective = effectiveItems(config);
  const thresholds = new ThresholdTable(effective.thresholds);
  const vendor = config.extensions?.operators ?? [];
  const patterns = new Map<string, RegExp>();
  const facts = new Set<string>();
  const scope = { operators: operatorNames(vendor), thresholds, patterns, facts };
  const memoEntries = options.memoEntries ?? 20_000;
  const builder = new RuleBuilder(operatorEngine(patterns, vendor), scope, { ...scope, allowFactValues: true }, memoEntries > 0 ? { left: memoEntries } : undefined);
  const items = new Map((config.enforcementItems ?? []).map((item) => [item.value.code, item.value]));

  const recording = new Map<string, CompiledRecording[]>();
  for (const provided of effective.recording) {
    const rule = provided.value;
    const source = { id: rule.id, role: 'RECORDING' as const, provenance: provided.provenance, basis: provided.basis ?? rule.basis, message: { zh: `记录方式：${rule.level}`, en: `recording level ${rule.level}` } };
    const compiled = builder.single(source, rule.condition, provided);
    if (!compiled) continue;
    const permanent = rule.retention.permanentWhen;
    const retention = permanent === undefined ? undefined : builder.single({
      ...source, id: `${rule.id}/retention`, role: 'RETENTION', provenance: { ...provided.provenance, pointer: `${provided.provenance.pointer}/retention/permanentWhen` },
      message: { zh: '记录应当永久保存（或与案卷同期）', en: 'the record is kept permanently (or as long as the case file)' },
    }, permanent, rule);
    const actionScoped = [compiled, retention].some((each) => each?.condition !== undefined && readsOf(each.condition.conditions).some((read) => 'fact' in read && ACTION_FACTS.has(read.fact)));
    for (const action of rule.actionTypes) push(recording, action, { rule: compiled, retention, actionScoped });
  }

  const disclosure = new Map<string, CompiledDisclosure[]>();
  for (const provided of effective.disclosure) {
    const item = provided.value;
    const at = provided.provenance.pointer;
    const part = <T extends { id: string; condition?: unknown }>(list: readonly T[] | undefined, key: string, role: 'DISCLOSURE_EXCLUSION' | 'REDACTION' | 'DISPLAY_TIER') =>
      (list ?? []).flatMap((entry, index) => {
        const rule = builder.single({ id: `${item.id}/${entry.id}`, role, provenance: { ...provided.provenance, pointer: `${at}/${key}/${index}` }, basis: provided.basis ?? item.basis, message: { zh: entry.id, en: entry.id } }, entry.condition, entry);
        return rule ? [rule] : [];
      });
    const trigger = builder.single({
      id: item.id, role: 'DISCLOSURE', provenance: provided.provenance, basis: provided.basis ?? item.basis,
      message: { zh: `应当公示「${item.name}」`, en: `"${item.name}" must be published` },
    }, item.trigger.condition, provided);
    if (!trigger) continue;
    push(disclosure, item.trigger.event, {
      trigger, exclusions: part(item.exclusions, 'exclusions', 'DISCLOSURE_EXCLUSION'), redactions: part(item.redaction, 'redaction', 'REDACTION'),
      tiers: part(item.displayPeriod?.tiers, 'displayPeriod/tiers', 'DISPLAY_TIER'),
    });
  }

  const lenientByItem = new Map<string, CompiledRule<CompiledLenient>[]>();
  const lenientGeneral: CompiledRule<CompiledLenient>[] = [];
  for (const provided of effective.lenientLists) {
    const list = provided.value;
    list.entries.forEach((entry, index) => {
      const rule = builder.single({
        id: `${list.id}/${entry.id}`, role: 'LENIENT', provenance: { ...provided.provenance, pointer: `${provided.provenance.pointer}/entries/${index}` },
        basis: entry.basis, message: entry.description,
      }, entry.condition, { list, entry });
      if (!rule) return;
      if (entry.itemCodes) for (const code of entry.itemCodes) push(lenientByItem, code, rule);
      else lenientGeneral.push(rule);
    });
  }

  const review = reviewRules(builder, effective.reviewCatalogue);
  const rules = legalRules(builder, effective.rules);
  const discretion = discretionRules(builder, config, items);
  const { formFields, documents } = lawLookups(builder);
  const sizes = [review.byItem, review.byCategory, rules.byAction, recording, disclosure, discretion, lenientByItem, formFields, documents];
  const domains = new Map((config.tenant.departments ?? []).flatMap((department) => department.domain ? [[department.code, department.domain] as const] : []));
  return {
    code: config.tenant.code,
    version: config.version,
    view: {
      calendar, thresholds, region: config.tenant.region, domains,
      vendorFacts: new Map((config.extensions?.facts ?? []).map((fact) => [fact.name, fact])),
      decisionPeriod: decisionPeriod(config), defenceWindow: defenceWindow(config),
    },
    sentences: { layerTitle: (layer) => config.layerTitles?.[layer] ?? (layer === 'engine' ? { zh: '法定', en: 'statutory' } : { zh: layer, en: layer }) },
    resolvers: resolvers(),
    issues: builder.issues,
    items,
    review,
    rules,
    recording,
    disclosure,
    discretion,
    lenient: { byItem: lenientByItem, general: lenientGeneral },
    formFields,
    documents,
    formRefs: new Map((config.forms ?? []).map((form) => [form.value.kind, form])),
    documentRefs: new Map((config.documents ?? []).map((document) => [document.value.kind, document])),
    candidateCache: new Map(),
    citationCache: new Map(),
    stats: {
      rules: builder.rules, distinctConditions: builder.distinctConditions, conditions: builder.conditions, reviewEntries: effective.reviewCatalogue.length,
      discretionTiers: [...discretion.values()].reduce((sum, list) => sum + list.reduce((inner, benchmark) => inner + benchmark.tiers.length, 0), 0),
      indexBuckets: sizes.reduce((sum, map) => sum + map.size, 0), facts: [...facts].sort(), compileMs: performance.now() - started,
    },
  };
}
