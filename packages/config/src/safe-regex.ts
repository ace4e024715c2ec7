import type { LocalText } from './issues.ts';
import { ANY, Parser, Rejected, SAMPLE, union, type Alternation, type CharSet, type Node, type RegexRejection } from './regex-syntax.ts';

/** Patterns come from tenants and vendors and run on the server, so they are kept short. */
export const MAX_PATTERN_LENGTH = 200;

export type { RegexRejection };

export type RegexVerdict = { safe: true } | { safe: false; reason: RegexRejection; message: LocalText };

/**
 * A small, conservative check for patterns that can backtrack catastrophically. It refuses what it cannot show to
 * be safe: backreferences; lookarounds; a repeated group holding a repeat of variable count (`(a+)+`, `(.*)*`,
 * `(a?){30}`); an alternation whose branches can start with the same character or match nothing (`(a|a)*`,
 * `(ab|ac)`); and more than one repeat whose next character could also be its own (`.*x.*y`, `a?a?aa`). What is
 * left backtracks at most quadratically in the input, which the engine also caps in length.
 */
export function checkRegex(pattern: string): RegexVerdict {
  if (pattern.length > MAX_PATTERN_LENGTH) return reject('TOO_LONG');
  try {
    // The engine compiles patterns with the "u" flag, so that is the syntax they must follow.
    new RegExp(pattern, 'u');
  } catch {
    return reject('INVALID');
  }
  try {
    const tree = new Parser(pattern).parse();
    // Nothing follows the end of the pattern, so a final repeat has only one place to stop.
    inspectAlternation(tree, () => false, { count: 0 });
    return { safe: true };
  } catch (error) {
    if (error instanceof Rejected) return reject(error.reason);
    throw error;
  }
}

function reject(reason: RegexRejection): RegexVerdict {
  return { safe: false, reason, message: MESSAGES[reason] };
}

const MESSAGES: Record<RegexRejection, LocalText> = {
  TOO_LONG: { zh: `正则表达式应不超过 ${MAX_PATTERN_LENGTH} 个字符`, en: `a pattern of at most ${MAX_PATTERN_LENGTH} characters` },
  INVALID: { zh: '合法的正则表达式（u 模式）', en: 'a valid regular expression (u flag)' },
  BACKREFERENCE: { zh: '不含反向引用（\\1、\\k<名称>）的正则表达式', en: 'a pattern without backreferences (\\1, \\k<name>)' },
  LOOKAROUND: { zh: '不含先行或后行断言（(?=、(?!、(?<=、(?<!）的正则表达式', en: 'a pattern without lookahead or lookbehind ((?=, (?!, (?<=, (?<!)' },
  NESTED_QUANTIFIER: { zh: '不含嵌套重复（如 (a+)+、(.*)*）的正则表达式，以免灾难性回溯', en: 'a pattern without nested repetition such as (a+)+ or (.*)*, which backtracks catastrophically' },
  OVERLAPPING_ALTERNATION: { zh: '各分支不以相同字符开头、也不为空的分组（不能如 (a|a)*、(ab|ac)），以免灾难性回溯', en: 'alternatives that neither start with the same character nor match nothing (unlike (a|a)* or (ab|ac)), which backtrack catastrophically' },
  AMBIGUOUS_REPEATS: { zh: '至多一个可在多处结束的重复（如 .*x.*y、a?a?a 中有多个），以免大量回溯', en: 'at most one repeat that could end in more than one place (.*x.*y and a?a?a have several), which backtracks heavily' },
};

/**
 * Walks a sequence of alternatives. `follow` is what may come after it; `ambiguous` counts repeats that could stop
 * at more than one place (their next character could also be theirs), since two or more of those multiply.
 */
function inspectAlternation(alternation: Alternation, follow: CharSet, ambiguous: { count: number }): void {
  if (alternation.branches.length > 1) {
    // Branches that can start alike (or match nothing) make every pass through the group a choice to backtrack into.
    const starts = alternation.branches.map((branch) => firstOf(branch));
    if (starts.some((start) => start.nullable)) throw new Rejected('OVERLAPPING_ALTERNATION');
    for (let i = 0; i < starts.length; i += 1) {
      for (let j = i + 1; j < starts.length; j += 1) {
        if (overlaps(starts[i]?.set ?? ANY, starts[j]?.set ?? ANY)) throw new Rejected('OVERLAPPING_ALTERNATION');
      }
    }
  }
  for (const branch of alternation.branches) {
    branch.forEach((node, index) => {
      const rest = firstOf(branch.slice(index + 1));
      const after = rest.nullable ? union([rest.set, follow]) : rest.set;
      if (isVariable(node) && node.type === 'repeat' && overlaps(firstOfNode(node.body).set, after)) {
        ambiguous.count += 1;
        if (ambiguous.count > 1) throw new Rejected('AMBIGUOUS_REPEATS');
      }
      inspectNode(node, after, ambiguous);
    });
  }
}

function inspectNode(node: Node, follow: CharSet, ambiguous: { count: number }): void {
  if (node.type === 'group') inspectAlternation(node.body, follow, ambiguous);
  if (node.type !== 'repeat') return;
  if (node.max > 1 && containsVariable(node.body)) throw new Rejected('NESTED_QUANTIFIER');
  // Inside a repeat, the body may be followed by itself.
  inspectNode(node.body, node.max > 1 ? union([follow, firstOfNode(node.body).set]) : follow, ambiguous);
}

/** A repeat whose count is not fixed (a?, a*, a{1,3}). */
function isVariable(node: Node): boolean {
  return node.type === 'repeat' && node.min !== node.max;
}

function containsVariable(node: Node): boolean {
  if (node.type === 'repeat') return isVariable(node) || containsVariable(node.body);
  if (node.type === 'group') return node.body.branches.some((branch) => branch.some(containsVariable));
  return false;
}

function firstOf(sequence: readonly Node[]): { set: CharSet; nullable: boolean } {
  const sets: CharSet[] = [];
  for (const node of sequence) {
    const first = firstOfNode(node);
    sets.push(first.set);
    if (!first.nullable) return { set: union(sets), nullable: false };
  }
  return { set: union(sets), nullable: true };
}

function firstOfNode(node: Node): { set: CharSet; nullable: boolean } {
  switch (node.type) {
    case 'chars':
      return { set: node.set, nullable: false };
    case 'assertion':
      return { set: () => false, nullable: true };
    case 'group': {
      const firsts = node.body.branches.map((branch) => firstOf(branch));
      return { set: union(firsts.map((first) => first.set)), nullable: firsts.some((first) => first.nullable) };
    }
    case 'repeat': {
      const first = firstOfNode(node.body);
      return { set: first.set, nullable: first.nullable || node.min === 0 };
    }
  }
}


function overlaps(a: CharSet, b: CharSet): boolean {
  return SAMPLE.some((c) => a(c) && b(c));
}
