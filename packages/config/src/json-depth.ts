import { createScanner } from 'jsonc-parser';
import type { PathSegment } from './json-pointer.ts';

/** Deeper nesting than this is refused; no real configuration comes close. */
export const MAX_NESTING_DEPTH = 64;

// jsonc-parser declares SyntaxKind as an ambient const enum, which verbatimModuleSyntax cannot read; these are its
// published numeric values.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COMMA = 5;
const STRING = 10;
const END_OF_FILE = 17;

interface Frame {
  kind: 'object' | 'array';
  segment: PathSegment;
  expectingKey: boolean;
}

export interface NestingExcess {
  /** Offset of the bracket that opens one level too many. */
  offset: number;
  /** Path to the value that bracket opens. */
  path: PathSegment[];
}

/**
 * Finds the first place where nesting goes beyond `maxDepth`. This runs on the token stream, before any tree is
 * built, because building a tree (and every recursive walk over it) would overflow the stack on hostile input
 * such as ten thousand "[". It never holds more than `maxDepth` frames and does not recurse.
 */
export function findExcessiveNesting(text: string, maxDepth = MAX_NESTING_DEPTH): NestingExcess | undefined {
  const scanner = createScanner(text, true);
  const stack: Frame[] = [];
  for (let kind: number = scanner.scan(); kind !== END_OF_FILE; kind = scanner.scan()) {
    const top = stack.at(-1);
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      if (stack.length >= maxDepth) {
        return { offset: scanner.getTokenOffset(), path: stack.map((frame) => frame.segment) };
      }
      stack.push(
        kind === OPEN_BRACE
          ? { kind: 'object', segment: '', expectingKey: true }
          : { kind: 'array', segment: 0, expectingKey: false },
      );
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) {
      stack.pop();
    } else if (kind === COMMA && top) {
      if (top.kind === 'array' && typeof top.segment === 'number') top.segment += 1;
      else top.expectingKey = true;
    } else if (kind === STRING && top?.kind === 'object' && top.expectingKey) {
      top.segment = scanner.getTokenValue();
      top.expectingKey = false;
    }
  }
  return undefined;
}
