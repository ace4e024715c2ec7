/**
 * The shadow copy of a clerk's text that the number scanner reads: every digit in whatever form it was typed
 * (ASCII, full-width ０-９, circled, mathematical, other scripts' decimal digits) becomes one ASCII digit,
 * separators between digit groups are dropped, and each shadow digit remembers where it came from, so a mask
 * can be laid on the original characters. One pass over the code points, no regular expression over the text:
 * the cost is linear in its length whatever the clerk typed.
 */

/** What one code point means to the scanner. 0–9 are digit values; the rest are the constants below. */
export const CH_X = 10;
export const CH_SEPARATOR = 11;
export const CH_PLUS = 12;
export const CH_LETTER = 13;
export const CH_OTHER = 14;

/**
 * Separators a clerk puts between digit groups, beyond whitespace: hyphens and dashes, dots (an IME in Chinese
 * mode turns "." into "。"), middle dots and parentheses around an area code. Commas are left out on purpose:
 * they group amounts (1,000,000), and joining amounts into one long run would mask public figures.
 */
const EXTRA_SEPARATORS = new Set(['-', '.', '(', ')', '。', '·', '・', '\u2027']);

const ASCII = new Int8Array(128).fill(CH_OTHER);
for (let c = 48; c <= 57; c++) ASCII[c] = c - 48;
for (let c = 65; c <= 90; c++) ASCII[c] = CH_LETTER;
for (let c = 97; c <= 122; c++) ASCII[c] = CH_LETTER;
ASCII[88] = CH_X;
ASCII[120] = CH_X;
ASCII[43] = CH_PLUS;
for (const c of [9, 10, 11, 12, 13, 32]) ASCII[c] = CH_SEPARATOR;
for (const s of EXTRA_SEPARATORS) if (s.charCodeAt(0) < 128) ASCII[s.charCodeAt(0)] = CH_SEPARATOR;

const DECIMAL_DIGIT = /^\p{Nd}$/u;
// Invisible or spacing code points a paste or an IME can leave between digits: format characters (zero-width
// space, soft hyphen), combining marks, every kind of space and line or paragraph separator, and dashes.
const INVISIBLE_OR_DASH = /^[\p{Cf}\p{Mn}\p{Me}\p{Zs}\p{Zl}\p{Zp}\p{Pd}]$/u;
const cache = new Map<number, number>();

/** The scanner's meaning of one code point (see the CH_ constants; 0–9 are digit values). */
export function classifyCodePoint(cp: number): number {
  if (cp < 128) return ASCII[cp] ?? CH_OTHER;
  const known = cache.get(cp);
  if (known !== undefined) return known;
  const meaning = classifyUncommon(cp);
  cache.set(cp, meaning);
  return meaning;
}

function classifyUncommon(cp: number): number {
  // A lone surrogate has no compatibility form and is not a digit.
  if (cp >= 0xd800 && cp <= 0xdfff) return CH_OTHER;
  // "×" stands in for the check character X when a clerk types an ID number on a Chinese keyboard.
  if (cp === 0xd7) return CH_X;
  const ch = String.fromCodePoint(cp);
  // NFKC folds full-width forms (０, Ｘ, －, （, ＋, the ideographic space) and styled digits onto ASCII.
  const folded = ch.normalize('NFKC');
  if (folded.length === 1 && folded.charCodeAt(0) < 128) return ASCII[folded.charCodeAt(0)] ?? CH_OTHER;
  if (EXTRA_SEPARATORS.has(ch)) return CH_SEPARATOR;
  if (DECIMAL_DIGIT.test(ch)) return decimalValue(cp);
  if (INVISIBLE_OR_DASH.test(ch)) return CH_SEPARATOR;
  return CH_OTHER;
}

/**
 * Unicode lays out every script's decimal digits as consecutive runs starting at zero, so the value is the
 * distance back to the start of the run, modulo 10 (some runs of ten sit back to back).
 */
function decimalValue(cp: number): number {
  let back = 0;
  while (back < 50 && DECIMAL_DIGIT.test(String.fromCodePoint(cp - back - 1))) back++;
  return back % 10;
}

/** Digits from a run of the text, in ASCII, with where each came from. */
export interface DigitRun {
  /** '0'–'9', plus a final 'X' when the run ends in an ID number's check character. */
  digits: string;
  /** UTF-16 offset in the original text where each shadow character's code point starts. */
  starts: number[];
  /** UTF-16 offset where it ends (exclusive). */
  ends: number[];
  /** Offset of a "+" that leads the run (international dialling), or -1. */
  plusAt: number;
  /** Whether separators occur between the run's digits. */
  separated: boolean;
  /** Index in `digits` where each group (digits written without a separator) begins; the first is 0. */
  groupStarts: number[];
}

/**
 * A clerk splits one number with at most a few separators ("138 - 0739", a CRLF and an indent). A longer gap
 * almost always separates two numbers, and joining those would mask dates and amounts for nothing.
 */
export const MAX_SEPARATORS_IN_RUN = 4;

/** Runs shorter than this can be nothing the scanner masks, so they are not kept. */
const MIN_RUN_LENGTH = 5;

/** Splits text into runs of digits joined by short separator gaps. */
export function scanDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  let run: DigitRun | undefined;
  let closed = false; // the run ended in X: a following digit starts a new number
  let gap = 0;
  let plusAt = -1;

  const flush = (): void => {
    if (run && run.digits.length >= MIN_RUN_LENGTH) runs.push(run);
    run = undefined;
    closed = false;
  };

  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    let meaning = classifyCodePoint(cp);
    if (meaning === CH_X && !(run && !closed && gap <= MAX_SEPARATORS_IN_RUN && !letterFollows(text, i + width))) {
      meaning = CH_LETTER;
    }
    if (meaning <= 9 || meaning === CH_X) {
      if (!run || closed || gap > MAX_SEPARATORS_IN_RUN) {
        flush();
        run = { digits: '', starts: [], ends: [], plusAt, separated: false, groupStarts: [0] };
      } else if (gap > 0) {
        run.separated = true;
        run.groupStarts.push(run.digits.length);
      }
      run.digits += meaning === CH_X ? 'X' : String(meaning);
      run.starts.push(i);
      run.ends.push(i + width);
      closed = meaning === CH_X;
      gap = 0;
      plusAt = -1;
    } else if (meaning === CH_SEPARATOR) {
      gap++;
      if (gap > MAX_SEPARATORS_IN_RUN) {
        flush();
        plusAt = -1;
      }
    } else if (meaning === CH_PLUS) {
      flush();
      plusAt = i;
      gap = 0;
    } else {
      flush();
      plusAt = -1;
      gap = 0;
    }
    i += width;
  }
  flush();
  return runs;
}

/** An X is a check character only when it does not start a word ("Xiaomi", "XX路"). */
function letterFollows(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const meaning = classifyCodePoint(text.codePointAt(at) ?? 0);
  return meaning === CH_LETTER || meaning === CH_X;
}

/**
 * The letters and digits written together around [start, end) with no separator, folded to upper-case ASCII
 * ("91430500MA4L000000" around its first eight digits). Looks at most `limit` code points each way.
 */
export function alphanumericTokenAround(text: string, start: number, end: number, limit = 20): string {
  const fold = (ch: string): string => {
    const meaning = classifyCodePoint(ch.codePointAt(0) ?? 0);
    if (meaning <= 9) return String(meaning);
    if (meaning === CH_X || meaning === CH_LETTER) return ch.normalize('NFKC').toUpperCase();
    return '';
  };
  let before = '';
  let i = start;
  for (let n = 0; n < limit && i > 0; n++) {
    const low = text.charCodeAt(i - 1);
    const step = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? 2 : 1;
    const folded = fold(text.slice(i - step, i));
    if (folded.length !== 1) break;
    before = folded + before;
    i -= step;
  }
  let after = '';
  let j = end;
  for (let n = 0; n < limit && j < text.length; n++) {
    const ch = String.fromCodePoint(text.codePointAt(j) ?? 0);
    const folded = fold(ch);
    if (folded.length !== 1) break;
    after += folded;
    j += ch.length;
  }
  let middle = '';
  for (const ch of text.slice(start, end)) middle += fold(ch);
  return before + middle + after;
}

/**
 * Folds text the way a reader's eye does when looking for a number: every digit to ASCII, X-like characters
 * to 'X', every separator dropped however many there are, anything else kept. The leak check uses this
 * rather than the scanner's runs so it does not share the scanner's limits.
 */
export function foldDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const meaning = classifyCodePoint(ch.codePointAt(0) ?? 0);
    if (meaning <= 9) out += String(meaning);
    else if (meaning === CH_X) out += 'X';
    else if (meaning !== CH_SEPARATOR && meaning !== CH_PLUS) out += ch;
  }
  return out;
}

/** Only the digits (and X) of a value, folded: the form values are compared in. */
export function digitsOf(text: string): string {
  let out = '';
  for (const ch of text) {
    const meaning = classifyCodePoint(ch.codePointAt(0) ?? 0);
    if (meaning <= 9) out += String(meaning);
    else if (meaning === CH_X) out += 'X';
  }
  return out;
}
