/**
 * Masks personal numbers in text a clerk typed: resident ID numbers, mobile and landline numbers, bank card
 * and account numbers. 《浙江省行政处罚结果信息网上公开暂行办法》(省政府令第332号) art. 7 requires the
 * home address, means of communication, ID number, bank account and health of natural persons to be hidden
 * before a penalty decision goes online, and 国办发〔2018〕118号 says decisions are published "after
 * technical processing" (技术处理). A decision's free text repeats those values, so it is scanned too.
 *
 * The scanner prefers masking too much to too little, because a published number cannot be taken back:
 * - Every run of 15 or more digits is masked, whether or not a check digit passes. A clerk mistypes one digit
 *   of an ID number or a card as easily as any other, and the mistyped number still identifies the person;
 *   account numbers that are not cards carry no Luhn digit at all. Public numbers that long are rare in a
 *   decision: decision numbers use 〔2025〕123号, amounts and dates are short, and the one common exception,
 *   a unified social credit code, is let through when it has the code's layout (withoutCreditCodes).
 * - A mask replaces every digit of the number, never keeping a first or last digit: the last digit of an
 *   ID number is its check digit and the first ones are its region, and both narrow down who it is.
 * - Separators inside a number are left in place and its digits become "*", one per character, so the
 *   clerk's line breaks and layout survive and the page still reads as "电话 *** **** ****".
 */
import { alphanumericTokenAround, digitsOf, scanDigitRuns, type DigitRun } from './digit-shadow.ts';
import { isDigitCreditCode, isLetteredCreditCode, isOldResidentIdNumber, isResidentIdNumber, passesLuhn } from './number-checksums.ts';

export type SensitiveNumberKind = 'ID_NUMBER' | 'MOBILE' | 'LANDLINE' | 'BANK_ACCOUNT' | 'LONG_NUMBER';

/** One masked number. Offsets are UTF-16 offsets into the text that was given, end exclusive. */
export interface TextFinding {
  kind: SensitiveNumberKind;
  start: number;
  end: number;
}

export interface RedactTextOptions {
  /**
   * Numbers that are public and must survive, compared by their digits: the agency's own hotline, or an
   * organisation's credit code when it is written in digits only.
   */
  keep?: readonly string[];
}

export interface RedactedText {
  text: string;
  findings: TextFinding[];
}

export const MASK_CHARACTER = '*';

/** Masks every personal number in the text. Never throws; running it on its own output changes nothing. */
export function redactText(text: string, options: RedactTextOptions = {}): RedactedText {
  const keep = new Set((options.keep ?? []).map(digitsOf).filter((d) => d.length > 0));
  const findings: TextFinding[] = [];
  const masked: DigitRun[] = [];
  for (const scanned of scanDigitRuns(text)) {
    if (keep.has(scanned.digits)) continue;
    const run = withoutCreditCodes(text, scanned);
    if (!run || keep.has(run.digits)) continue;
    const kind = classifyRun(text, run);
    if (!kind) continue;
    masked.push(run);
    const start = run.plusAt >= 0 ? run.plusAt : (run.starts[0] ?? 0);
    findings.push({ kind, start, end: run.ends[run.ends.length - 1] ?? start });
  }
  return { text: applyMasks(text, masked), findings };
}

function applyMasks(text: string, runs: readonly DigitRun[]): string {
  if (runs.length === 0) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const run of runs) {
    for (let i = 0; i < run.starts.length; i++) {
      const start = run.starts[i] ?? cursor;
      parts.push(text.slice(cursor, start), MASK_CHARACTER);
      cursor = run.ends[i] ?? start;
    }
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** What a run of digits is, or undefined when it may stay. Looks only at the run and the words before it. */
function classifyRun(text: string, run: DigitRun): SensitiveNumberKind | undefined {
  const all = run.digits;
  if (all.length >= 15) return longRunKind(all);
  // Below 15 characters an X is no check character of anything this scanner knows; judge the digits.
  const digits = all.endsWith('X') ? all.slice(0, -1) : all;
  if (hasMobileNumber(digits)) return 'MOBILE';
  if (run.plusAt >= 0 && digits.length >= 7) return 'LANDLINE';
  if (isLandline(digits) || isInternationalLandline(digits)) return 'LANDLINE';
  return keywordKind(text, run.plusAt >= 0 ? run.plusAt : (run.starts[0] ?? 0), digits.length);
}

function longRunKind(digits: string): SensitiveNumberKind {
  if (isResidentIdNumber(digits) || (digits.length === 15 && isOldResidentIdNumber(digits))) return 'ID_NUMBER';
  if (digits.length >= 16 && digits.length <= 19 && passesLuhn(digits)) return 'BANK_ACCOUNT';
  // An area code, an 8-digit number and a long extension (021-62345678-1234) reach 15 digits too.
  if (digits.length <= 18 && isLandline(digits)) return 'LANDLINE';
  return 'LONG_NUMBER';
}

/**
 * A unified social credit code is public (organisations keep theirs, per the disclosure rules), and it is
 * mostly digits. Two cases let one through:
 * - "91430500MA4L000000": its letters make it unambiguous (isLetteredCreditCode). The first and last digit
 *   groups of a run are dropped when they belong to such a code, so "2025-10-13 91430500MA4L…" does not
 *   become one long run; a middle group is bounded by separators and cannot hold a whole code.
 * - "914305001837689056": all digits, from an older organisation. Digits glued to digits can pass any
 *   check by chance (two numbers run together pass the modulo-31 check one time in 31), so this needs the
 *   whole run to be that one group and the text to announce it ("统一社会信用代码：…"). The party's own code
 *   reaches redactText through `keep` and needs no announcement.
 */
function withoutCreditCodes(text: string, run: DigitRun): DigitRun | undefined {
  const groups = run.groupStarts;
  const first = run.starts[0] ?? 0;
  const lastDigitEnd = run.ends[run.digits.length - 1] ?? 0;
  if (groups.length === 1) {
    const token = alphanumericTokenAround(text, first, lastDigitEnd);
    const digitCode = token.startsWith(run.digits) && token.length - run.digits.length <= 1 && isDigitCreditCode(token);
    if (isLetteredCreditCode(token) || (digitCode && announced(text, first, CREDIT_CODE_WORDS))) return undefined;
    return run;
  }
  const last = groups[groups.length - 1] ?? 0;
  let to = run.digits.length;
  if (isLetteredCreditCode(alphanumericTokenAround(text, run.starts[last] ?? 0, lastDigitEnd))) to = last;
  let from = 0;
  const firstEnd = groups[1] ?? to;
  if (isLetteredCreditCode(alphanumericTokenAround(text, first, run.ends[firstEnd - 1] ?? 0))) from = firstEnd;
  if (from === 0 && to === run.digits.length) return run;
  if (to - from < 5) return undefined;
  return {
    digits: run.digits.slice(from, to),
    starts: run.starts.slice(from, to),
    ends: run.ends.slice(from, to),
    plusAt: from === 0 ? run.plusAt : -1,
    separated: groups.some((g) => g > from && g < to),
    groupStarts: groups.filter((g) => g >= from && g < to).map((g) => g - from),
  };
}

/** An 11-digit mobile number 1[3-9]xxxxxxxxx anywhere in a short run: "86" or "0" prefixes, or glued digits. */
function hasMobileNumber(digits: string): boolean {
  for (let i = 0; i + 11 <= digits.length; i++) {
    if (digits[i] === '1' && (digits[i + 1] ?? '0') >= '3') return true;
  }
  return false;
}

/**
 * A landline with its area code: 010 and 02x have three digits, the others four starting 03–09; the local
 * number has 7 or 8 digits and never starts with 0 or 1; an extension may follow.
 */
function isLandline(digits: string): boolean {
  if (digits[0] !== '0') return false;
  const areaLength = digits.startsWith('010') || digits.startsWith('02') ? 3 : 4;
  if (areaLength === 4 && (digits[1] ?? '0') < '3') return false;
  const local = digits.slice(areaLength);
  return local.length >= 7 && (local[0] ?? '0') >= '2';
}

/** "86 739 5201234" and "0086 …": the country code without its "+". */
function isInternationalLandline(digits: string): boolean {
  if (digits.startsWith('00')) return digits.length >= 9;
  return digits.startsWith('86') && digits.length >= 11 && (digits[2] ?? '0') !== '0';
}

/** Words that announce a number, read in NFKC and lower case; a short run after them is masked. */
const KEYWORDS: readonly { words: readonly string[]; kind: SensitiveNumberKind; minDigits: number }[] = [
  // A local landline is written without its area code once the city is obvious: "电话：5201234".
  { words: ['电话', '手机', '座机', '固话', '传真', '联系方式', 'tel', 'phone', 'mobile', 'fax'], kind: 'LANDLINE', minDigits: 7 },
  // Accounts that are not cards (a company's settlement account, an old passbook) have no fixed length.
  { words: ['账号', '帐号', '账户', '帐户', '卡号'], kind: 'BANK_ACCOUNT', minDigits: 8 },
  // A short run after "身份证" is an ID number with digits missing, which still narrows down the person.
  { words: ['身份证', '身份号码', '证件号'], kind: 'ID_NUMBER', minDigits: 6 },
];
/** Characters allowed between a keyword and its number: "手机号码为 138…", "电话（办）：…". */
const KEYWORD_GAP = new Set([' ', '\t', '\n', '\r', ':', '为', '是', '号', '码', '(', ')', '（', '）', '办', '：']);
const LOOKBEHIND = 16;
const MAX_GAP = 6;

function keywordKind(text: string, runStart: number, digitCount: number): SensitiveNumberKind | undefined {
  if (digitCount < 6) return undefined;
  return KEYWORDS.find((rule) => digitCount >= rule.minDigits && announced(text, runStart, rule.words))?.kind;
}

const CREDIT_CODE_WORDS = ['代码', 'uscc'];

/** Whether one of the words (NFKC, lower case) ends just before `at`, allowing a few gap characters. */
function announced(text: string, at: number, words: readonly string[]): boolean {
  let before = text.slice(Math.max(0, at - LOOKBEHIND), at).normalize('NFKC').toLowerCase();
  for (let gap = 0; gap <= MAX_GAP; gap++) {
    if (words.some((w) => before.endsWith(w))) return true;
    const last = before.at(-1);
    if (last === undefined || !KEYWORD_GAP.has(last)) return false;
    before = before.slice(0, -1);
  }
  return false;
}
