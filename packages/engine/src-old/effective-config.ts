import { hashEffectiveConfig, type EffectiveConfig, type EffectiveItem, type EffectiveKinds, type EffectiveRuleset, type ExtensionRegistry, type LocalText } from '@sanxiang/config';
import type { WorkingCalendar } from '@sanxiang/calendar';
import { compileEngine, type CompileOptions } from './compile.ts';
import type { CompiledTenant } from './compiled-tenant.ts';
import type { EngineConfig, EngineFact, EngineOperator, Provided } from './engine-config.ts';

export interface FromEffectiveOptions {
  /** Evaluate with this department's layers (its own catalogue, thresholds, forms) on top of the tenant's. */
  department?: string;
  /** The registry the configuration was compiled with; only names a ruleset in the chain declares are used. */
  extensions?: ExtensionRegistry;
  /** The published version's content hash; computed from the configuration when absent. */
  version?: string;
  layerTitles?: Record<string, LocalText>;
}

// How sentences name the layers the repository ships; a tenant's own layer is named after the tenant.
const LAYER_TITLES: Record<string, LocalText> = {
  national: { zh: '国家', en: 'national' },
  hunan: { zh: '湖南省', en: 'Hunan' },
  guangdong: { zh: '广东省', en: 'Guangdong' },
  xinjiang: { zh: '新疆维吾尔自治区', en: 'Xinjiang' },
  jilin: { zh: '吉林省', en: 'Jilin' },
};

function provided<T>(items: readonly EffectiveItem<T>[], version: string): Provided<T>[] {
  return items.map((item) => ({ value: item.value, basis: item.basis, provenance: { ...item.provenance, version } }));
}

function isTenant(config: EffectiveConfig | EffectiveRuleset): config is EffectiveConfig {
  return 'tenant' in config;
}

/**
 * Config's compiled EffectiveConfig (or a ruleset's EffectiveRuleset, for its golden cases) as the engine's input:
 * every kind merged by id, each item with its provenance and merged basis.
 */
export function fromEffectiveConfig(effective: EffectiveConfig | EffectiveRuleset, options: FromEffectiveOptions = {}): EngineConfig {
  const version = options.version ?? hashEffectiveConfig(effective);
  const department = options.department && isTenant(effective) ? effective.departments.find((each) => each.code === options.department) : undefined;
  const kinds: EffectiveKinds = department?.kinds ?? effective.kinds;
  const last = effective.layers[effective.layers.length - 1];
  const tenant = isTenant(effective)
    ? { code: effective.tenant.code, name: effective.tenant.name, region: effective.tenant.region, departments: effective.tenant.departments }
    : { code: last?.name ?? 'ruleset', name: { zh: last?.name ?? 'ruleset' }, region: '' };
  const titles: Record<string, LocalText> = { ...LAYER_TITLES };
  if (isTenant(effective)) titles[effective.tenant.code] = { zh: effective.tenant.name.zh, en: effective.tenant.name.en ?? effective.tenant.code };
  const registry = options.extensions;
  const operators: EngineOperator[] = effective.extensions.operators.flatMap((name) => {
    const operator = registry?.operator(name);
    return operator ? [{ name, evaluate: operator.evaluate }] : [];
  });
  // A vendor fact is stated in the case's `facts`; registering it keeps a missing value "not stated", not "unknown".
  const facts: EngineFact[] = effective.extensions.facts.filter((name) => registry?.fact(name)).map((name) => ({ name, resolve: () => undefined }));
  const staffing = kinds.staffing[0];
  return {
    tenant,
    version,
    layerTitles: { ...titles, ...options.layerTitles },
    enforcementItems: provided(kinds.enforcementItems, version),
    reviewCatalogue: provided(kinds.reviewCatalogue, version),
    disclosure: provided(kinds.disclosure, version),
    recording: provided(kinds.recording, version),
    discretionBenchmarks: provided(kinds.discretionBenchmarks, version),
    lenientLists: provided(kinds.lenientLists, version),
    thresholds: provided(kinds.thresholds, version),
    rules: provided(kinds.rules, version),
    deadlines: provided(kinds.deadlines, version),
    forms: provided(kinds.forms, version),
    documents: provided(kinds.documents, version),
    ...(staffing ? { staffing: { value: staffing.value, basis: staffing.basis, provenance: { ...staffing.provenance, version } } } : {}),
    extensions: { operators, facts },
  };
}

/**
 * A tenant's engines: the tenant's own, and one per department that has layers of its own, each compiled on first
 * use (a tenant the size of Zhongshan has dozens of departments, each with thousands of tiers).
 */
export interface TenantEngines {
  tenant: CompiledTenant;
  /** The departments with layers of their own. */
  departments: readonly string[];
  /** The engine a case of this department is evaluated with (the tenant's when the department has no layers). */
  forDepartment(code: string | undefined): CompiledTenant;
}

export function compileTenantEngines(
  effective: EffectiveConfig | EffectiveRuleset, calendar: WorkingCalendar, options: Omit<FromEffectiveOptions, 'department'> & CompileOptions = {},
): TenantEngines {
  // Hash once: a Zhongshan-sized configuration is tens of megabytes, and every department shares its version.
  options = { ...options, version: options.version ?? hashEffectiveConfig(effective) };
  const tenant = compileEngine(fromEffectiveConfig(effective, options), calendar, options);
  const departments = isTenant(effective) ? effective.departments.map((department) => department.code) : [];
  const compiled = new Map<string, CompiledTenant>();
  return {
    tenant,
    departments,
    forDepartment(code) {
      if (code === undefined || !departments.includes(code)) return tenant;
      let engine = compiled.get(code);
      if (!engine) {
        engine = compileEngine(fromEffectiveConfig(effective, { ...options, department: code }), calendar, options);
        compiled.set(code, engine);
      }
      return engine;
    },
  };
}
