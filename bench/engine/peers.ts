/**
 * The two peers the issue asks for, each holding the same review catalogue and discretion benchmark:
 * (a) one json-rules-engine Engine with every entry and tier as a rule (naive: no indexes);
 * (b) @gorules/zen-engine with the same catalogue as one decision table, built programmatically (JDM).
 * Both get the case's facts already flattened, which favours them: ours validates and derives facts inside the timing.
 */
import { createRequire } from 'node:module';
import type { Condition, DiscretionBenchmark, ReviewEntry, Threshold } from '../../packages/config/src/index.ts';

// Both live in packages/engine's node_modules (zen-engine is its dev dependency), so they are required from there.
const require = createRequire(new URL('../../packages/engine/package.json', import.meta.url));

/** The little of each library the peers use. */
interface RulesEngineModule {
  Engine: new (rules: [], options: { allowUndefinedFacts: boolean; pathResolver: (value: object, path: string) => unknown }) => {
    addOperator(name: string, evaluate: (fact: unknown, value: unknown) => boolean): void;
    addRule(rule: { name: string; event: { type: string; params?: Record<string, unknown> }; conditions: { all: unknown[] } }): void;
    run(facts: Record<string, unknown>): Promise<{ events: unknown[] }>;
  };
}
interface ZenModule {
  ZenEngine: new () => { createDecision(content: object): { evaluate(context: object): Promise<{ result: unknown }> } };
}
const rulesEngine = require('json-rules-engine') as RulesEngineModule;
const zen = require('@gorules/zen-engine') as ZenModule;

export type Facts = Record<string, unknown>;

const plainPath = (value: object, path: string): unknown => path.split('.').reduce<unknown>((current, key) => (current && typeof current === 'object' ? Reflect.get(current, key) : undefined), value);

function bound(threshold: Threshold | undefined, party: unknown, business: unknown) {
  if (!threshold) return undefined;
  const base = party === 'INDIVIDUAL' ? 'individual' : party === 'ORGANISATION' ? 'organisation' : undefined;
  if (!base) return undefined;
  const variant = business === true ? (base === 'individual' ? 'businessIndividual' : 'businessOrganisation') : business === false ? (base === 'individual' ? 'nonBusinessIndividual' : 'nonBusinessOrganisation') : undefined;
  return (variant ? threshold[variant] : undefined) ?? threshold[base];
}

function scope(entry: { itemCodes?: string[]; category?: string; departments?: string[] }): Condition[] {
  const parts: Condition[] = [];
  if (entry.itemCodes) parts.push({ fact: 'itemCode', operator: 'in', value: entry.itemCodes });
  if (entry.category && entry.category !== 'ALL') parts.push({ fact: 'category', operator: 'equal', value: entry.category });
  if (entry.departments) parts.push({ fact: 'department', operator: 'in', value: entry.departments });
  return parts;
}

/** (a) Everything in one Engine: what the issue calls naive. */
export function naivePeer(entries: readonly ReviewEntry[], benchmarks: readonly DiscretionBenchmark[], thresholds: ReadonlyMap<string, Threshold>) {
  let current: Facts = {};
  const engine = new rulesEngine.Engine([], { allowUndefinedFacts: true, pathResolver: plainPath });
  engine.addOperator('atLeastThreshold', (fact: unknown, id: unknown) => {
    const b = bound(thresholds.get(String(id)), current.partyType, current.business);
    return typeof fact === 'number' && b !== undefined && (b.inclusive ? fact >= b.amount : fact > b.amount);
  });
  engine.addOperator('withinThreshold', (fact: unknown, id: unknown) => {
    const b = bound(thresholds.get(String(id)), current.partyType, current.business);
    return typeof fact === 'number' && b !== undefined && (b.inclusive ? fact <= b.amount : fact < b.amount);
  });
  for (const entry of entries) {
    engine.addRule({ name: entry.id, event: { type: 'review', params: { id: entry.id } }, conditions: { all: [...scope(entry), { any: entry.criteria.map((criterion) => criterion.condition) }] } });
  }
  for (const benchmark of benchmarks) {
    for (const tier of benchmark.tiers) {
      engine.addRule({ name: `${benchmark.id}/${tier.id}`, event: { type: 'tier' }, conditions: { all: [...scope(benchmark), tier.condition] } });
    }
  }
  return {
    rules: entries.length + benchmarks.reduce((sum, benchmark) => sum + benchmark.tiers.length, 0),
    async run(facts: Facts): Promise<number> {
      current = facts;
      const result = await engine.run(facts);
      return result.events.length;
    },
  };
}

const literal = (value: unknown): string => JSON.stringify(value);

function thresholdExpression(fact: string, threshold: Threshold | undefined, within: boolean): string {
  const parts: string[] = [];
  for (const [party, key] of [['INDIVIDUAL', 'individual'], ['ORGANISATION', 'organisation']] as const) {
    const b = threshold?.[key];
    if (!b) continue;
    const operator = within ? (b.inclusive ? '<=' : '<') : b.inclusive ? '>=' : '>';
    parts.push(`(partyType == "${party}" and ${fact} ${operator} ${b.amount})`);
  }
  return parts.length ? `(${parts.join(' or ')})` : 'false';
}

/** A json-rules-engine condition as a ZEN expression. */
export function toZen(condition: Condition, thresholds: ReadonlyMap<string, Threshold>): string {
  if ('all' in condition) return condition.all.length ? condition.all.map((child) => `(${toZen(child, thresholds)})`).join(' and ') : 'true';
  if ('any' in condition) return condition.any.length ? condition.any.map((child) => `(${toZen(child, thresholds)})`).join(' or ') : 'false';
  if ('not' in condition) return `not (${toZen(condition.not, thresholds)})`;
  const { fact, operator, value } = condition;
  switch (operator) {
    case 'equal': return `${fact} == ${literal(value)}`;
    case 'notEqual': return `${fact} != ${literal(value)}`;
    case 'lessThan': return `${fact} < ${literal(value)}`;
    case 'lessThanInclusive': return `${fact} <= ${literal(value)}`;
    case 'greaterThan': return `${fact} > ${literal(value)}`;
    case 'greaterThanInclusive': return `${fact} >= ${literal(value)}`;
    case 'in': return `${fact} in ${literal(value)}`;
    case 'notIn': return `not (${fact} in ${literal(value)})`;
    case 'atLeastThreshold': return thresholdExpression(fact, thresholds.get(String(value)), false);
    case 'withinThreshold': return thresholdExpression(fact, thresholds.get(String(value)), true);
    default: throw new Error(`operator ${operator} has no ZEN form here`);
  }
}

/** (b) The same catalogue as one ZEN decision table (hit policy collect), built as JDM. */
export function zenPeer(entries: readonly ReviewEntry[], benchmarks: readonly DiscretionBenchmark[], thresholds: ReadonlyMap<string, Threshold>) {
  const list = (values: readonly string[] | undefined): string => (values ? values.map(literal).join(', ') : '');
  const rows: Record<string, string>[] = [];
  for (const entry of entries) {
    for (const criterion of entry.criteria) {
      rows.push({ _id: `${entry.id}/${criterion.id}`, item: list(entry.itemCodes), category: entry.category === 'ALL' ? '' : literal(entry.category), department: list(entry.departments), when: toZen(criterion.condition, thresholds), id: literal(entry.id) });
    }
  }
  for (const benchmark of benchmarks) {
    for (const tier of benchmark.tiers) {
      rows.push({ _id: `${benchmark.id}/${tier.id}`, item: list(benchmark.itemCodes), category: '', department: '', when: toZen(tier.condition, thresholds), id: literal(`${benchmark.id}/${tier.id}`) });
    }
  }
  const content = {
    nodes: [
      { id: 'request', type: 'inputNode', name: 'request', position: { x: 0, y: 0 } },
      {
        id: 'catalogue', type: 'decisionTableNode', name: 'catalogue', position: { x: 200, y: 0 },
        content: {
          hitPolicy: 'collect',
          inputs: [{ id: 'item', name: 'item', field: 'itemCode' }, { id: 'category', name: 'category', field: 'category' }, { id: 'department', name: 'department', field: 'department' }, { id: 'when', name: 'when' }],
          outputs: [{ id: 'id', name: 'id', field: 'id' }],
          rules: rows,
        },
      },
      { id: 'response', type: 'outputNode', name: 'response', position: { x: 400, y: 0 } },
    ],
    edges: [{ id: 'a', sourceId: 'request', targetId: 'catalogue', type: 'edge' }, { id: 'b', sourceId: 'catalogue', targetId: 'response', type: 'edge' }],
  };
  const engine = new zen.ZenEngine();
  const decision = engine.createDecision(content);
  return {
    rows: rows.length,
    async run(facts: Facts): Promise<number> {
      const response = await decision.evaluate(facts);
      return Array.isArray(response.result) ? response.result.length : 0;
    },
  };
}
