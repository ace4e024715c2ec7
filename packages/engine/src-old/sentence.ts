import { formatAmount } from './citation.ts';
import type { LocalText } from './config-kinds.ts';
import { factLabel, VALUE_LABELS } from './fact-labels.ts';
import { THRESHOLD_FACT } from './operators.ts';
import { isResolvedBound, type ResolvedBound } from './thresholds.ts';
import { isLeaf, type ConditionTrace, type GroupTrace, type LeafTrace } from './trace.ts';

/** What rendering needs from the tenant: how to call a layer (`hunan` → 湖南省). */
export interface SentenceContext {
  layerTitle(layer: string): LocalText;
}

const SYMBOLS: Record<string, [string, string]> = {
  equal: ['=', '≠'], notEqual: ['≠', '='], lessThan: ['<', '≥'], lessThanInclusive: ['≤', '>'],
  greaterThan: ['>', '≤'], greaterThanInclusive: ['≥', '<'], in: ['∈', '∉'], notIn: ['∉', '∈'],
  contains: ['∋', '∌'], doesNotContain: ['∌', '∋'], matchesPattern: ['~', '≁'],
};

const KIND_LABELS: Record<string, LocalText> = {
  HEARING_LARGE_FINE: { zh: '较大数额标准', en: 'large-amount threshold' },
  SIMPLE_PROCEDURE_LIMIT: { zh: '简易程序限额', en: 'simple-procedure limit' },
  REVIEW_TRIGGER: { zh: '法制审核金额标准', en: 'legal-review threshold' },
  COLLECTIVE_DISCUSSION_TRIGGER: { zh: '集体讨论金额标准', en: 'collective-discussion threshold' },
};

const PARTY_LABELS: Record<string, LocalText> = {
  individual: { zh: '个人', en: 'individual' },
  organisation: { zh: '单位', en: 'organisation' },
  businessIndividual: { zh: '个人（经营活动）', en: 'individual, business' },
  businessOrganisation: { zh: '单位（经营活动）', en: 'organisation, business' },
  nonBusinessIndividual: { zh: '个人（非经营活动）', en: 'individual, non-business' },
  nonBusinessOrganisation: { zh: '单位（非经营活动）', en: 'organisation, non-business' },
};

function show(value: unknown, unit: LocalText | undefined): LocalText {
  if (value === undefined || value === null) return { zh: '（未知）', en: '(unknown)' };
  if (typeof value === 'number') {
    const amount = formatAmount(value);
    return { zh: `${amount}${unit?.zh ?? ''}`, en: `${amount}${unit?.en ?? ''}` };
  }
  if (typeof value === 'string') return VALUE_LABELS[value] ?? { zh: value, en: value };
  if (Array.isArray(value)) {
    const parts = value.map((part) => show(part, undefined));
    return { zh: `［${parts.map((part) => part.zh).join('、')}］`, en: `[${parts.map((part) => part.en).join(', ')}]` };
  }
  const json = JSON.stringify(value) ?? String(value);
  return { zh: json, en: json };
}


function thresholdText(value: unknown, compared: unknown, context: SentenceContext): LocalText {
  if (!isResolvedBound(compared)) {
    return { zh: `金额标准 ${String(value)}（因当事人类型未知无法确定）`, en: `threshold ${String(value)} (undetermined: party type unknown)` };
  }
  const layer = context.layerTitle(compared.layer);
  const kind = KIND_LABELS[compared.kind] ?? { zh: '金额标准', en: 'threshold' };
  const party = PARTY_LABELS[compared.variant] ?? { zh: compared.variant, en: compared.variant };
  const amount = formatAmount(compared.amount);
  return { zh: `${layer.zh}${kind.zh}（${party.zh} ${amount} 元）`, en: `the ${layer.en} ${kind.en} (${party.en} ${amount} yuan)` };
}

/** A comparison as a sentence clause, stating the relation that actually held: "罚款金额 50,000 元 ≥ …". */
export function leafText(leaf: LeafTrace, context: SentenceContext): LocalText {
  const label = factLabel(leaf.path ? `${leaf.fact}.${leaf.path}` : leaf.fact);
  const held = leaf.result !== false;
  if (leaf.seen === undefined || leaf.seen === null) {
    return { zh: `${label.zh}未知`, en: `${label.en} is unknown` };
  }
  // Yes/no facts read as statements: "已经过听证程序", or "并非「已经过听证程序」".
  if (typeof leaf.seen === 'boolean' && typeof leaf.value === 'boolean' && (leaf.operator === 'equal' || leaf.operator === 'notEqual')) {
    return leaf.seen ? { zh: label.zh, en: label.en } : { zh: `并非「${label.zh}」`, en: `not: ${label.en}` };
  }
  // A category or procedure reads as a statement too: "程序为普通程序".
  if (typeof leaf.seen === 'string' && typeof leaf.value === 'string' && (leaf.operator === 'equal' || leaf.operator === 'notEqual')) {
    const seen = show(leaf.seen, undefined);
    const is = leaf.seen === leaf.value;
    const other = show(leaf.value, undefined);
    return is
      ? { zh: `${label.zh}为${seen.zh}`, en: `${label.en} is ${seen.en}` }
      : { zh: `${label.zh}为${seen.zh}而非${other.zh}`, en: `${label.en} is ${seen.en}, not ${other.en}` };
  }
  const isThreshold = leaf.operator === 'atLeastThreshold' || leaf.operator === 'withinThreshold';
  const bound = isThreshold && isResolvedBound(leaf.compared) ? leaf.compared : undefined;
  const symbol = isThreshold
    ? thresholdSymbol(leaf.operator, bound, held)
    : (SYMBOLS[leaf.operator] ?? [leaf.operator, `not ${leaf.operator}`])[held ? 0 : 1];
  const seen = show(leaf.seen, label.unit);
  const other = referencedFact(leaf.value);
  const right = isThreshold
    ? thresholdText(leaf.value, leaf.compared, context)
    : other !== undefined ? labelled(other, leaf.compared) : show(leaf.value, label.unit);
  return { zh: `${label.zh} ${seen.zh} ${symbol} ${right.zh}`, en: `${label.en} ${seen.en} ${symbol} ${right.en}` };
}

function thresholdSymbol(operator: string, bound: ResolvedBound | undefined, held: boolean): string {
  const inclusive = bound?.inclusive ?? true;
  if (operator === 'atLeastThreshold') return held ? (inclusive ? '≥' : '>') : inclusive ? '<' : '≤';
  return held ? (inclusive ? '≤' : '<') : inclusive ? '>' : '≥';
}

function referencedFact(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('fact' in value)) return undefined;
  const fact = value.fact;
  return typeof fact === 'string' && fact !== THRESHOLD_FACT ? fact : undefined;
}

function labelled(fact: string, value: unknown): LocalText {
  const label = factLabel(fact);
  const shown = show(value, label.unit);
  return { zh: `${label.zh} ${shown.zh}`, en: `${label.en} ${shown.en}` };
}

/** The clauses that decided a result: for a rule that held, what made it hold; otherwise what kept it from holding. */
export function decidingClauses(trace: ConditionTrace, context: SentenceContext, out: LocalText[] = []): LocalText[] {
  if (isLeaf(trace)) {
    out.push(leafText(trace, context));
    return out;
  }
  const group: GroupTrace = trace;
  // Leaf clauses state the relation that actually held, so a negation needs no wording of its own.
  if (group.op === 'not') {
    const inner = group.children[0];
    return inner ? decidingClauses(inner, context, out) : out;
  }
  const want = group.result === true;
  // all held → every child; any held → the children that held; all failed → those that failed; any failed → every child.
  const every = (group.op === 'all') === want;
  for (const child of group.children) if (every ? child.result !== null : child.result === want) decidingClauses(child, context, out);
  return out;
}

export function sentence(clauses: readonly LocalText[], outcome: LocalText, citation: LocalText): LocalText {
  if (clauses.length === 0) return { zh: `${outcome.zh}（${citation.zh}）`, en: `${capitalise(outcome.en)} (${citation.en}).` };
  return {
    zh: `因${clauses.map((clause) => clause.zh).join('，且')}，${outcome.zh}（${citation.zh}）`,
    en: `Because ${clauses.map((clause) => clause.en).join(', and ')}, ${outcome.en} (${citation.en}).`,
  };
}

function capitalise(text: string): string {
  return text.length > 0 ? `${text[0]?.toUpperCase()}${text.slice(1)}` : text;
}
