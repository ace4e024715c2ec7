// The parse tree the safe-regex check reasons about: only what matters for backtracking is kept.

/** Why a pattern is refused. */
export type RegexRejection =
  | 'TOO_LONG'
  | 'INVALID'
  | 'BACKREFERENCE'
  | 'LOOKAROUND'
  | 'NESTED_QUANTIFIER'
  | 'OVERLAPPING_ALTERNATION'
  | 'AMBIGUOUS_REPEATS';

/** A set of characters, known only by whether it holds a given code point. */
export type CharSet = (codePoint: number) => boolean;

export type Node =
  | { type: 'chars'; set: CharSet }
  | { type: 'assertion' }
  | { type: 'group'; body: Alternation }
  | { type: 'repeat'; body: Node; min: number; max: number };

export interface Alternation {
  branches: Node[][];
}

/** Thrown while parsing a construct the check refuses outright. */
export class Rejected extends Error {
  constructor(readonly reason: RegexRejection) {
    super(reason);
  }
}

// Overlap between two sets is decided on these code points: all of ASCII plus a few that classes treat specially.
export const SAMPLE: readonly number[] = [
  ...Array.from({ length: 128 }, (_, index) => index),
  0xa0, 0xe9, 0x0660, 0x2028, 0x3000, 0x4e2d, 0xff10, 0x1f600,
];

export const ANY: CharSet = () => true;
const NOT_LINE_END: CharSet = (c) => c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029;
const DIGIT: CharSet = (c) => c >= 0x30 && c <= 0x39;
const WORD: CharSet = (c) => DIGIT(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
const SPACE: CharSet = (c) => /\s/u.test(String.fromCodePoint(c));
const CLASS_ESCAPES: Record<string, CharSet> = {
  d: DIGIT, D: (c) => !DIGIT(c), w: WORD, W: (c) => !WORD(c), s: SPACE, S: (c) => !SPACE(c),
};

/** A set holding any character of any of `sets`. */
export function union(sets: readonly CharSet[]): CharSet {
  return (c) => sets.some((set) => set(c));
}

/** Parses the subset of syntax that matters here; the pattern has already compiled, so it is well formed. */
export class Parser {
  private index = 0;
  constructor(private readonly pattern: string) {}

  parse(): Alternation {
    return this.alternation();
  }

  private alternation(): Alternation {
    const branches: Node[][] = [[]];
    while (this.index < this.pattern.length && this.peek() !== ')') {
      if (this.peek() === '|') {
        this.index += 1;
        branches.push([]);
        continue;
      }
      const atom = this.quantified(this.atom());
      branches[branches.length - 1]?.push(atom);
    }
    return { branches };
  }

  private atom(): Node {
    const char = this.next();
    if (char === '(') return this.group();
    if (char === '[') return { type: 'chars', set: this.characterClass() };
    if (char === '\\') return this.escape(false);
    if (char === '^' || char === '$') return { type: 'assertion' };
    if (char === '.') return { type: 'chars', set: NOT_LINE_END };
    const codePoint = char.codePointAt(0) ?? 0;
    return { type: 'chars', set: (c) => c === codePoint };
  }

  private group(): Node {
    if (this.pattern.startsWith('?=', this.index) || this.pattern.startsWith('?!', this.index)) throw new Rejected('LOOKAROUND');
    if (this.pattern.startsWith('?<=', this.index) || this.pattern.startsWith('?<!', this.index)) throw new Rejected('LOOKAROUND');
    if (this.pattern.startsWith('?:', this.index)) this.index += 2;
    else if (this.pattern.startsWith('?<', this.index)) this.index = this.pattern.indexOf('>', this.index) + 1;
    const body = this.alternation();
    this.index += 1; // ")"
    return { type: 'group', body };
  }

  private quantified(atom: Node): Node {
    const char = this.peek();
    let bounds: [number, number] | undefined;
    if (char === '*') bounds = [0, Infinity];
    else if (char === '+') bounds = [1, Infinity];
    else if (char === '?') bounds = [0, 1];
    if (bounds) {
      this.index += 1;
    } else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.index));
      if (!match) return atom;
      this.index += match[0].length;
      const min = Number(match[1]);
      bounds = [min, match[2] === undefined ? min : match[3] ? Number(match[3]) : Infinity];
    } else {
      return atom;
    }
    if (this.peek() === '?') this.index += 1; // lazy: same search space
    return { type: 'repeat', body: atom, min: bounds[0], max: bounds[1] };
  }

  private escape(inClass: boolean): Node & { type: 'chars' | 'assertion' } {
    const char = this.next();
    const classSet = CLASS_ESCAPES[char];
    if (classSet) return { type: 'chars', set: classSet };
    if (!inClass && (char === 'b' || char === 'B')) return { type: 'assertion' };
    if (/[1-9]/.test(char) || (char === 'k' && this.peek() === '<')) throw new Rejected('BACKREFERENCE');
    if (char === 'p' || char === 'P') {
      // A property class could hold almost anything; counting it as "any" keeps the check conservative.
      this.index = this.pattern.indexOf('}', this.index) + 1;
      return { type: 'chars', set: ANY };
    }
    const codePoint = this.escapedCodePoint(char);
    return { type: 'chars', set: (c) => c === codePoint };
  }

  private escapedCodePoint(char: string): number {
    const simple: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b, f: 0x0c, 0: 0 };
    if (char in simple) return simple[char] ?? 0;
    if (char === 'x') return this.hex(2);
    if (char === 'c') return (this.next().codePointAt(0) ?? 0) % 32;
    if (char === 'u' && this.peek() === '{') {
      const end = this.pattern.indexOf('}', this.index);
      const value = Number.parseInt(this.pattern.slice(this.index + 1, end), 16);
      this.index = end + 1;
      return value;
    }
    if (char === 'u') return this.hex(4);
    return char.codePointAt(0) ?? 0;
  }

  private hex(length: number): number {
    const value = Number.parseInt(this.pattern.slice(this.index, this.index + length), 16);
    this.index += length;
    return value;
  }

  private characterClass(): CharSet {
    const negated = this.peek() === '^';
    if (negated) this.index += 1;
    const parts: CharSet[] = [];
    while (this.peek() !== ']') {
      const low = this.classAtom();
      if (this.peek() === '-' && this.pattern[this.index + 1] !== ']' && typeof low === 'number') {
        this.index += 1;
        const high = this.classAtom();
        if (typeof high === 'number') parts.push((c) => c >= low && c <= high);
        continue;
      }
      parts.push(typeof low === 'number' ? (c) => c === low : low);
    }
    this.index += 1; // "]"
    const set = union(parts);
    return negated ? (c) => !set(c) : set;
  }

  private classAtom(): number | CharSet {
    const char = this.next();
    if (char !== '\\') return char.codePointAt(0) ?? 0;
    if (this.peek() === 'b') {
      this.index += 1;
      return 0x08; // backspace inside a class
    }
    const escaped = this.escape(true);
    return escaped.type === 'chars' ? escaped.set : () => false;
  }

  private peek(): string {
    return String.fromCodePoint(this.pattern.codePointAt(this.index) ?? 0);
  }

  private next(): string {
    const char = this.peek();
    this.index += char.length;
    return char;
  }
}
