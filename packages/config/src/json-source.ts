import { findNodeAtOffset, getLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { fileIssue, missingMessage, readConfigText } from './bounded-file.ts';
import { parseCleanJson } from './clean-json.ts';
import { capIssues, compareIssues, type ConfigIssue, type ConfigIssueCode, type LocalText } from './issues.ts';
import { findExcessiveNesting, MAX_NESTING_DEPTH } from './json-depth.ts';
import { childPointer, nodeAtPointer, pathOfNode, toPointer } from './json-pointer.ts';
import { syntaxMessage, TRAILING_COMMA_MESSAGE } from './json-syntax-messages.ts';
import { lineStartsOf, positionAt, type Position } from './text-position.ts';

/** A JSON file that parsed, with what later checks need to say where a value is. */
export interface JsonSource {
  readonly file: string;
  readonly text: string;
  /** The positioned parse tree. */
  readonly root: Node;
  readonly value: unknown;
  readonly lineStarts: number[];
}

/**
 * A clean file's positions are needed only when an issue must point into it, which is rare; building the tree and
 * the line table for every file cost most of a large tenant's compile time and memory. So both are made on first use.
 */
class ParsedSource implements JsonSource {
  #root: Node | undefined;
  #lineStarts: number[] | undefined;

  constructor(readonly file: string, readonly text: string, readonly value: unknown, known?: { root: Node; lineStarts: number[] }) {
    this.#root = known?.root;
    this.#lineStarts = known?.lineStarts;
  }

  get root(): Node {
    // The text parsed cleanly before, so the tree exists; the fallback only satisfies the type.
    this.#root ??= parseTree(this.text, [], STRICT) ?? { type: 'null', offset: 0, length: 0, value: null };
    return this.#root;
  }

  get lineStarts(): number[] {
    this.#lineStarts ??= lineStartsOf(this.text);
    return this.#lineStarts;
  }
}

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

export interface JsonSourceResult {
  source?: JsonSource;
  issues: ConfigIssue[];
}

/**
 * Reads and parses one strict JSON file (no comments, no trailing commas). Every failure becomes an issue that
 * names the file; nothing thrown by the file system or the parser escapes. A missing optional file yields neither
 * a source nor an issue.
 */
export function readJsonSource(file: string, options: { optional?: boolean } = {}): JsonSourceResult {
  const read = readConfigText(file);
  if ('missing' in read) {
    return options.optional ? { issues: [] } : { issues: [fileIssue(file, 'FILE_MISSING', missingMessage(file))] };
  }
  if ('issue' in read) return { issues: [read.issue] };
  const text = read.text;
  const clean = parseCleanJson(text);
  if (clean) return { source: new ParsedSource(file, text, clean.value), issues: [] };

  // Something is wrong (or the file is too deep); find it and say where, with a positioned parse.
  const lineStarts = lineStartsOf(text);

  const excess = findExcessiveNesting(text);
  if (excess) {
    return {
      issues: [
        {
          file, ...positionAt(lineStarts, excess.offset), pointer: toPointer(excess.path), code: 'JSON_TOO_DEEP',
          message: {
            zh: `嵌套层数应不超过 ${MAX_NESTING_DEPTH} 层，实际在此处超过`,
            en: `expected at most ${MAX_NESTING_DEPTH} levels of nesting, found more from here on`,
          },
        },
      ],
    };
  }

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, STRICT);
  const firstError = errors[0];
  // Only the first syntax error is reported: the ones after it are mostly echoes of it and would mislead.
  if (firstError || !root) return { issues: [syntaxIssue(file, text, lineStarts, root, firstError)] };

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { issues: [syntaxIssue(file, text, lineStarts, root, undefined)] };
  }
  const source = new ParsedSource(file, text, value, { root, lineStarts });
  return { source, issues: duplicateKeyIssues(source) };
}

function syntaxIssue(
  file: string, text: string, lineStarts: number[], root: Node | undefined, error: ParseError | undefined,
): ConfigIssue {
  const offset = error?.offset ?? 0;
  const name = error ? printParseErrorCode(error.error) : 'InvalidSymbol';
  const comma = trailingCommaBefore(text, offset, name);
  const at = comma ?? offset;
  const found = offset < text.length ? text.slice(offset, offset + Math.min(Math.max(error?.length ?? 1, 1), 20)) : undefined;
  return {
    file, ...positionAt(lineStarts, at), pointer: root ? syntaxPointer(text, root, at, comma !== undefined) : '',
    code: 'JSON_SYNTAX',
    message: comma === undefined ? syntaxMessage(name, found) : TRAILING_COMMA_MESSAGE,
  };
}

/**
 * The pointer of the value being written where the syntax broke, as far as the recovered tree has it. A trailing
 * comma belongs to its list rather than to the entry before it.
 */
function syntaxPointer(text: string, root: Node, offset: number, trailingComma: boolean): string {
  if (trailingComma) {
    const container = findNodeAtOffset(root, offset);
    return container ? toPointer(pathOfNode(container)) : '';
  }
  const pointer = toPointer(getLocation(text, offset).path);
  const { node, found } = nodeAtPointer(root, pointer);
  return found ? pointer : toPointer(pathOfNode(node));
}

/** A closing bracket where a name or value was expected, right after a comma, is a trailing comma. */
function trailingCommaBefore(text: string, offset: number, errorName: string): number | undefined {
  if (errorName !== 'PropertyNameExpected' && errorName !== 'ValueExpected') return undefined;
  if (text[offset] !== '}' && text[offset] !== ']') return undefined;
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text[before] ?? '')) before -= 1;
  return text[before] === ',' ? before : undefined;
}

/** Objects with the same key twice are legal JSON, but only the last one counts, which is never what was meant. */
function duplicateKeyIssues(source: JsonSource): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const pending: Node[] = [source.root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const seen = new Map<string, Node>();
    for (const child of node.children ?? []) {
      const key = child.type === 'property' ? child.children?.[0] : undefined;
      if (key && typeof key.value === 'string') {
        const first = seen.get(key.value);
        if (first) {
          const firstAt = positionAt(source.lineStarts, first.offset);
          issues.push({
            file: source.file, ...positionAt(source.lineStarts, key.offset),
            pointer: childPointer(toPointer(pathOfNode(node)), key.value), code: 'JSON_DUPLICATE_KEY',
            message: {
              zh: `字段 "${key.value}" 应只出现一次，实际重复（第一次在第 ${firstAt.line} 行第 ${firstAt.column} 列）`,
              en: `expected field "${key.value}" once, found it again (first at line ${firstAt.line}, column ${firstAt.column})`,
            },
          });
        } else {
          seen.set(key.value, key);
        }
      }
      pending.push(child);
    }
  }
  return capIssues(source.file, issues.sort(compareIssues));
}

/**
 * Where a pointer lands in the file. `key` asks for the property name rather than its value, for issues about
 * the field itself (an unknown field). A pointer to something absent lands on its nearest existing parent.
 */
export function locate(source: JsonSource, pointer: string, target: 'value' | 'key' = 'value'): Position {
  const { node, found } = nodeAtPointer(source.root, pointer);
  const keyNode = target === 'key' && found && node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return positionAt(source.lineStarts, (keyNode ?? node).offset);
}

/** An issue at a pointer within a parsed file. */
export function issueAt(
  source: JsonSource, pointer: string, code: ConfigIssueCode, message: LocalText, target: 'value' | 'key' = 'value',
): ConfigIssue {
  return { file: source.file, ...locate(source, pointer, target), pointer, code, message };
}
