/**
 * Test support, not exported from the package: fast-check arbitraries for the personal numbers a clerk types
 * into a decision, each valid (check digits pass) and spelled the many ways people spell them.
 */
import fc from 'fast-check';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Appends the GB 11643 check character; written here independently of the code under test. */
export function withIdCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return first17 + ('10X98765432'[sum % 11] ?? '');
}

/** Appends the Luhn check digit. */
export function withLuhnCheck(body: string): string {
  let sum = 0;
  for (let i = body.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = Number(body[i]);
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

const digitString = (length: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((ds) => ds.join(''));
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const REGIONS = ['430502', '430503', '110101', '310104', '440305', '650102', '330106', '510107'];
const birthDate = fc
  .record({ year: fc.integer({ min: 1930, max: 2008 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}${pad(month, 2)}${pad(day, 2)}`);

export const residentIdNumber: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...REGIONS), birthDate, digitString(3))
  .map(([region, birth, seq]) => withIdCheck(region + birth + seq));

/** The 15-digit numbers issued before 1999, still found in old files. */
export const oldResidentIdNumber: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...REGIONS), birthDate, digitString(3))
  .map(([region, birth, seq]) => region + birth.slice(2) + seq);

export const mobileNumber: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 3, max: 9 }), digitString(9))
  .map(([second, rest]) => `1${second}${rest}`);

export interface Landline {
  area: string;
  local: string;
  extension: string;
}

export const landline: fc.Arbitrary<Landline> = fc.record({
  area: fc.constantFrom('010', '020', '021', '027', '0739', '0731', '0991', '0571', '0898'),
  local: fc.tuple(fc.integer({ min: 2, max: 9 }), fc.oneof(digitString(6), digitString(7))).map(([d, rest]) => `${d}${rest}`),
  extension: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 9999 }).map(String)),
});

export const bankCardNumber: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('62', '4', '5', '3', '9'), fc.integer({ min: 16, max: 19 }))
  .chain(([prefix, length]) => digitString(length - prefix.length - 1).map((body) => withLuhnCheck(prefix + body)));

/** Separators clerks put between digit groups, at most four code points each. */
const SEPARATORS = [' ', '-', '.', '\n', '\r\n', '\u3000', ' - ', '－', '—', '·', '\n  ', '。', '\u200b', '\t', '  '];
const X_FORMS = ['X', 'x', 'Ｘ', 'ｘ', '×'];

const toFullWidth = (ch: string): string => (/[0-9]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch);

/** How the digits look: ASCII, all full-width, or a mix chosen digit by digit. */
const digitWidths = (length: number): fc.Arbitrary<boolean[]> =>
  fc.oneof(
    fc.constant(Array.from({ length }, () => false)),
    fc.constant(Array.from({ length }, () => true)),
    fc.array(fc.boolean(), { minLength: length, maxLength: length }),
  );

/** Where the groups break: natural grouping, random cuts, or none. */
const cuts = (length: number, natural: readonly number[]): fc.Arbitrary<Set<number>> =>
  fc.oneof(
    fc.constant(new Set<number>()),
    fc.constant(new Set(natural)),
    fc.array(fc.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 6 }).map((xs) => new Set(xs)),
  );

/** Spells a number (digits and a final X) the way a clerk might. */
export function spelled(value: string, natural: readonly number[]): fc.Arbitrary<string> {
  return fc
    .tuple(cuts(value.length, natural), fc.constantFrom(...SEPARATORS), fc.boolean(), digitWidths(value.length), fc.constantFrom(...X_FORMS))
    .chain(([cutAt, separator, mixSeparators, wide, x]) =>
      fc.array(fc.constantFrom(...SEPARATORS), { minLength: value.length, maxLength: value.length }).map((seps) => {
        let out = '';
        for (let i = 0; i < value.length; i++) {
          if (cutAt.has(i)) out += mixSeparators ? (seps[i] ?? ' ') : separator;
          const ch = value[i] ?? '';
          out += ch === 'X' ? x : wide[i] ? toFullWidth(ch) : ch;
        }
        return out;
      }),
    );
}

export interface SensitiveNumber {
  /** The digits, as the leak check folds them. */
  digits: string;
  /** How it appears in the text. */
  text: string;
}

const MOBILE_PREFIXES = ['', '', '+86 ', '+86-', '86', '＋８６ ', '(+86)', '0086 '];

export const spelledMobile: fc.Arbitrary<SensitiveNumber> = fc
  .tuple(mobileNumber, fc.constantFrom(...MOBILE_PREFIXES))
  .chain(([digits, prefix]) => spelled(digits, [3, 7]).map((text) => ({ digits, text: prefix + text })));

export const spelledLandline: fc.Arbitrary<SensitiveNumber> = fc
  .tuple(landline, fc.constantFrom('()', '（）', '-', ' ', ''), fc.constantFrom('-', ' ', '－'), fc.boolean())
  .chain(([line, shape, extSep, wide]) => {
    const w = (s: string): string => (wide ? Array.from(s, toFullWidth).join('') : s);
    const area = shape.length === 2 ? `${shape[0]}${w(line.area)}${shape[1]}` : w(line.area) + shape;
    const text = area + w(line.local) + (line.extension ? extSep + w(line.extension) : '');
    return fc.constant({ digits: line.area + line.local + line.extension, text });
  });

export const spelledResidentId: fc.Arbitrary<SensitiveNumber> = fc
  .oneof({ weight: 4, arbitrary: residentIdNumber }, { weight: 1, arbitrary: oldResidentIdNumber })
  .chain((digits) => spelled(digits, digits.length === 18 ? [6, 14] : [6, 12]).map((text) => ({ digits, text })));

export const spelledBankCard: fc.Arbitrary<SensitiveNumber> = bankCardNumber.chain((digits) =>
  spelled(digits, [4, 8, 12, 16]).map((text) => ({ digits, text })),
);

export const spelledSensitiveNumber: fc.Arbitrary<SensitiveNumber> = fc.oneof(
  spelledMobile,
  spelledLandline,
  spelledResidentId,
  spelledBankCard,
);

/**
 * Text around the numbers: labels, dates, amounts and decision numbers that must survive. None ends in a
 * digit: a number glued after other digits is a different number, which no scanner can take apart.
 */
export const FILLERS = [
  '', '', '，', '。', '\n', ' ', '当事人', '身份证号码', '公民身份号码：', '联系电话', '手机', '银行卡号', '开户账号：',
  '经查，', '于2025年10月13日', '罚款50000元', '邵市监处罚〔2025〕123号', '住所地', '、', '（', '）', '：', '2025年度',
  '50000元', '统一社会信用代码91430500MA4L000004，', '电话号码为', '依据《食品安全法》第一百二十四条',
];
