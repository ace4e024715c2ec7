import { MAX_NESTING_DEPTH } from './json-depth.ts';

/**
 * Parses text that is expected to be clean JSON with the engine's native parser, which is many times faster than
 * building a positioned parse tree and keeps nothing but the value. It returns `undefined` unless the text is strict
 * JSON, nested at most `MAX_NESTING_DEPTH` levels, with no key written twice in one object: any of those problems
 * is then found and placed (line, column, pointer) by the slow path, which parses the file again with positions.
 *
 * V8's JSON.parse does not recurse, so hostile nesting cannot overflow the stack here; and the walks below use
 * explicit stacks for the same reason.
 */
export function parseCleanJson(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const keys = countKeys(value);
  // JSON.parse keeps only the last of a repeated key (and drops what the earlier ones held), so the parsed value has
  // fewer keys than the text writes exactly when some object repeats a key.
  if (keys === undefined || keys !== countKeySeparators(text)) return undefined;
  return { value };
}

/** Keys of every object in a parsed value, or `undefined` when containers nest deeper than allowed. */
function countKeys(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return 0;
  let keys = 0;
  const nodes: object[] = [value];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop() as object;
    const depth = depths.pop() as number;
    if (depth > MAX_NESTING_DEPTH) return undefined;
    if (Array.isArray(node)) {
      for (const child of node as unknown[]) {
        if (typeof child === 'object' && child !== null) {
          nodes.push(child);
          depths.push(depth + 1);
        }
      }
    } else {
      // JSON.parse makes plain objects whose prototype has no enumerable keys, so for…in sees only their own keys.
      for (const key in node) {
        keys += 1;
        const child: unknown = (node as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) {
          nodes.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
  return keys;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

/** In valid JSON every colon outside a string ends a key, so counting them counts the keys the text writes. */
function countKeySeparators(text: string): number {
  let colons = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === COLON) {
      colons += 1;
    } else if (char === QUOTE) {
      // Jump to the closing quote: one not escaped, that is, preceded by an even run of backslashes.
      let end = text.indexOf('"', index + 1);
      while (end !== -1 && escaped(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) return -1;
      index = end;
    }
  }
  return colons;
}

function escaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let at = quote - 1; text.charCodeAt(at) === BACKSLASH; at -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}
