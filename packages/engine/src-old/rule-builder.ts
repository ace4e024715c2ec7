import type { Engine, TopLevelCondition } from 'json-rules-engine';
import { cite } from './citation.ts';
import { compiledCondition, type CompiledCondition, type CompiledRule, type RuleSource } from './compiled-rule.ts';
import type { BasisEntry, LocalText } from './config-kinds.ts';
import { compileCondition, compileNamedAny, isIssue, type CompileIssue, type ConditionScope, type NamedCondition } from './condition-compiler.ts';

/** Builds CompiledRules for one tenant and collects what it had to refuse. */
export class RuleBuilder {
  readonly issues: CompileIssue[] = [];
  rules = 0;
  conditions = 0;
  /** Identical conditions and bases are compiled and cited once and shared. */
  private readonly interned = new Map<string, CompiledCondition>();
  private readonly citations = new Map<string, LocalText>();

  constructor(
    private readonly engine: Engine,
    private readonly scope: ConditionScope,
    private readonly trustedScope: ConditionScope,
    /** Shared by every rule's memo; undefined turns memoisation off. */
    private readonly memoBudget: { left: number } | undefined,
  ) {}

  /** One rule from one condition; undefined (and an issue) when the condition cannot be compiled. */
  single<T>(source: RuleSource, condition: unknown, item: T): CompiledRule<T> | undefined {
    this.rules += 1;
    if (condition === undefined) return this.build(source, undefined, item);
    const scope = source.provenance.layer === 'engine' ? this.trustedScope : this.scope;
    const compiled = compileCondition(condition, source.provenance.pointer, scope);
    if (isIssue(compiled)) {
      this.issues.push({ rule: source.id, ...compiled.issue });
      return undefined;
    }
    return this.build(source, compiled, item);
  }

  /** One rule holding several named conditions (a review entry's criteria), evaluated together. */
  namedAny<T>(source: RuleSource, children: readonly NamedCondition[], item: T): CompiledRule<T> | undefined {
    this.rules += 1;
    const scope = source.provenance.layer === 'engine' ? this.trustedScope : this.scope;
    const compiled = compileNamedAny(children, scope);
    if (isIssue(compiled)) {
      this.issues.push({ rule: source.id, ...compiled.issue });
      return undefined;
    }
    return this.build(source, compiled, item);
  }

  /** Distinct conditions after sharing identical ones. */
  get distinctConditions(): number {
    return this.interned.size;
  }

  private build<T>(source: RuleSource, conditions: TopLevelCondition | undefined, item: T): CompiledRule<T> {
    return { ...source, condition: conditions ? this.intern(conditions) : undefined, citation: this.cite(source.basis), item };
  }

  private intern(conditions: TopLevelCondition): CompiledCondition {
    const key = JSON.stringify(conditions);
    let shared = this.interned.get(key);
    if (!shared) {
      this.conditions += countLeaves(conditions);
      shared = compiledCondition(conditions, this.engine, this.memoBudget);
      this.interned.set(key, shared);
    }
    return shared;
  }

  private cite(basis: readonly BasisEntry[]): LocalText {
    const key = JSON.stringify(basis);
    let citation = this.citations.get(key);
    if (!citation) {
      citation = cite(basis);
      this.citations.set(key, citation);
    }
    return citation;
  }
}

function countLeaves(node: object): number {
  let count = 0;
  for (const key of ['all', 'any'] as const) {
    const children: unknown = Reflect.get(node, key);
    if (Array.isArray(children)) for (const child of children) if (typeof child === 'object' && child !== null) count += countLeaves(child);
  }
  const inner: unknown = Reflect.get(node, 'not');
  if (typeof inner === 'object' && inner !== null) count += countLeaves(inner);
  return count + ('fact' in node ? 1 : 0);
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
