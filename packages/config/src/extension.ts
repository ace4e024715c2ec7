import { FACT_CATALOGUE, type FactDefinition, type FactType } from './fact-catalogue.ts';
import type { LocalText } from './issues.ts';
import { BUILT_IN_OPERATORS, SANXIANG_OPERATORS, type OperatorInfo, type ValueType } from './operator-catalogue.ts';

/**
 * A vendor's operator. Config reads only its name and types, to validate conditions; the engine calls `evaluate`
 * with the fact's value and the condition's value. It must be pure and fast: it runs on every rule evaluation.
 */
export interface OperatorDefinition<FactValue = unknown, Value = unknown> extends OperatorInfo {
  evaluate(factValue: FactValue, value: Value): boolean;
}

/** Vendor names are namespaced ("acme.withinRadius") so they can never shadow a built-in one. */
const VENDOR_NAME = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/;
const VALUE_TYPES: ReadonlySet<ValueType> = new Set(['number', 'string', 'boolean', 'number[]', 'string[]', 'any', 'fact', 'facts', 'thresholdId', 'regex']);
const FACT_TYPES: ReadonlySet<FactType> = new Set(['number', 'boolean', 'string', 'enum', 'string[]', 'object']);

function checkName(kind: string, name: string): void {
  if (!VENDOR_NAME.test(name)) throw new TypeError(`${kind} name "${name}" must be namespaced, e.g. "acme.${name}"`);
}

function checkDescription(kind: string, name: string, description: LocalText): void {
  if (!description.zh.trim() || !description.en.trim()) throw new TypeError(`${kind} "${name}" needs a description in Chinese and English`);
}

/**
 * Declares a custom operator. Throws on a malformed definition: that is a mistake in the vendor's code, found when
 * the module loads, not bad tenant data.
 */
export function defineOperator<FactValue, Value>(definition: OperatorDefinition<FactValue, Value>): Readonly<OperatorDefinition<FactValue, Value>> {
  checkName('operator', definition.name);
  checkDescription('operator', definition.name, definition.description);
  if (!VALUE_TYPES.has(definition.valueType)) throw new TypeError(`operator "${definition.name}" has an unknown valueType "${definition.valueType}"`);
  for (const type of definition.factTypes ?? []) {
    if (!FACT_TYPES.has(type)) throw new TypeError(`operator "${definition.name}" has an unknown fact type "${type}"`);
  }
  if (typeof definition.evaluate !== 'function') throw new TypeError(`operator "${definition.name}" needs an evaluate function`);
  return Object.freeze({ ...definition, factTypes: definition.factTypes ? Object.freeze([...definition.factTypes]) : undefined });
}

/** Declares a custom fact the vendor's engine integration will provide. */
export function defineFact(definition: FactDefinition): Readonly<FactDefinition> {
  checkName('fact', definition.name);
  checkDescription('fact', definition.name, definition.description);
  if (!FACT_TYPES.has(definition.type)) throw new TypeError(`fact "${definition.name}" has an unknown type "${definition.type}"`);
  if (definition.type === 'enum' && !definition.values?.length) throw new TypeError(`enum fact "${definition.name}" needs its values`);
  return Object.freeze({ ...definition, values: definition.values ? Object.freeze([...definition.values]) : undefined });
}

/**
 * The operators and facts vendor modules registered. Pass it to compileTenant: a condition may use a vendor name only
 * when it is registered here AND a ruleset in the tenant's chain declares it in its ruleset.json.
 */
/**
 * A check of a referenced form schema's content, supplied by the host (the server passes @sanxiang/forms' strict guard;
 * config cannot import it, since forms builds on config). Each problem: a JSON pointer into the schema and its text.
 */
export type FormSchemaCheck = (file: string) => readonly { pointer: string; zh: string; en: string }[];

export class ExtensionRegistry {
  private readonly operatorsByName = new Map<string, OperatorDefinition>();
  private readonly factsByName = new Map<string, FactDefinition>();
  private formSchemaCheck: FormSchemaCheck | undefined;

  constructor(extensions: { operators?: readonly OperatorDefinition[]; facts?: readonly FactDefinition[] } = {}) {
    for (const operator of extensions.operators ?? []) this.addOperator(operator);
    for (const fact of extensions.facts ?? []) this.addFact(fact);
  }

  addOperator(operator: OperatorDefinition): this {
    const checked = defineOperator(operator);
    if (this.operatorsByName.has(checked.name)) throw new TypeError(`operator "${checked.name}" is registered twice`);
    this.operatorsByName.set(checked.name, checked);
    return this;
  }

  addFact(fact: FactDefinition): this {
    const checked = defineFact(fact);
    if (this.factsByName.has(checked.name)) throw new TypeError(`fact "${checked.name}" is registered twice`);
    this.factsByName.set(checked.name, checked);
    return this;
  }

  operator(name: string): OperatorDefinition | undefined {
    return this.operatorsByName.get(name);
  }

  /** Tenant-supplied form schemas are untrusted: every layer's forms are checked with this when they compile. */
  checkFormSchemasWith(check: FormSchemaCheck): this {
    this.formSchemaCheck = check;
    return this;
  }

  formSchemaProblems(file: string): readonly { pointer: string; zh: string; en: string }[] {
    return this.formSchemaCheck?.(file) ?? [];
  }

  fact(name: string): FactDefinition | undefined {
    return this.factsByName.get(name);
  }

  operatorNames(): string[] {
    return [...this.operatorsByName.keys()].sort();
  }

  factNames(): string[] {
    return [...this.factsByName.keys()].sort();
  }
}

/** The facts and operators a condition may name, in one place. */
export interface Vocabulary {
  fact(name: string): FactDefinition | undefined;
  operator(name: string): OperatorInfo | undefined;
  factNames(): readonly string[];
  operatorNames(): readonly string[];
  /** What the host's form-schema check finds in a referenced schema file (nothing when no check is registered). */
  formSchemaProblems(file: string): readonly { pointer: string; zh: string; en: string }[];
}

/** The catalogues plus the vendor names that are both registered and declared by a layer in the chain. */
export function vocabularyOf(registry: ExtensionRegistry | undefined, declared: { operators: readonly string[]; facts: readonly string[] }): Vocabulary {
  const facts = new Map(FACT_CATALOGUE.map((fact) => [fact.name, fact]));
  const operators = new Map<string, OperatorInfo>([...BUILT_IN_OPERATORS, ...SANXIANG_OPERATORS].map((operator) => [operator.name, operator]));
  for (const name of declared.facts) {
    const fact = registry?.fact(name);
    if (fact) facts.set(name, fact);
  }
  for (const name of declared.operators) {
    const operator = registry?.operator(name);
    if (operator) operators.set(name, operator);
  }
  return {
    fact: (name) => facts.get(name),
    operator: (name) => operators.get(name),
    factNames: () => [...facts.keys()],
    operatorNames: () => [...operators.keys()],
    formSchemaProblems: (file) => registry?.formSchemaProblems(file) ?? [],
  };
}
