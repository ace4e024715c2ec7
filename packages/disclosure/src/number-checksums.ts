/**
 * Check digits of the numbers a decision can carry. The scanner masks every long run whether or not these
 * pass (see text-redaction.ts); they decide what a finding is called and let a well-formed credit code through.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999: 17 digits, then the check character of the weighted sum modulo 11. */
export function isResidentIdNumber(value: string): boolean {
  if (value.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    sum += digit * (ID_WEIGHTS[i] ?? 0);
  }
  return ID_CHECK[sum % 11] === value[17]?.toUpperCase() && isPlausibleBirthDate(value.slice(6, 14));
}

/** The 15-digit numbers issued before 1999: region, YYMMDD, sequence. They carry no check digit. */
export function isOldResidentIdNumber(value: string): boolean {
  return /^\d{15}$/.test(value) && isPlausibleBirthDate(`19${value.slice(6, 12)}`);
}

/** YYYYMMDD with a year an ID holder can have been born in; days are not checked against the month. */
export function isPlausibleBirthDate(yyyymmdd: string): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false;
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  return year >= 1870 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** ISO/IEC 7812 Luhn check, which every bank card number (GB/T 19584) passes. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 32100-2015: registration authority (first character) and the institution categories it may issue. */
const USCC_AUTHORITY_CATEGORIES: Record<string, string> = {
  '1': '1239', '2': '19', '3': '123459', '4': '19', '5': '1239', '6': '129', '7': '129', '8': '19',
  '9': '123', A: '19', N: '1239', Y: '1',
};
/** The province-level codes of GB/T 2260 that start the administrative division in characters 3–8. */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43',
  '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
]);

/** GB 32100-2015 unified social credit code: structure and the modulo-31 check character. */
export function isUnifiedSocialCreditCode(value: string): boolean {
  const code = value.toUpperCase();
  if (!hasCreditCodeStructure(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(code[i] ?? '-') * (USCC_WEIGHTS[i] ?? 0);
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARS[check] === code[17];
}

/**
 * The layout of GB 32100-2015 without the check character: authority and category, a province-level
 * division code, then eighteen characters in all from the code's alphabet (no I, O, S, V, Z).
 */
export function hasCreditCodeStructure(value: string): boolean {
  const code = value.toUpperCase();
  if (code.length !== 18) return false;
  if (!(USCC_AUTHORITY_CATEGORIES[code[0] ?? ''] ?? '').includes(code[1] ?? '-')) return false;
  if (!/^\d{6}$/.test(code.slice(2, 8)) || !PROVINCES.has(code.slice(2, 4))) return false;
  for (const ch of code) if (!USCC_CHARS.includes(ch)) return false;
  return true;
}

/**
 * A credit code whose letters break its digits into groups of at most ten. Such a token cannot hold a whole
 * ID, card or mobile number, and a 10-digit landline would have to start with 0 where the code has its
 * authority digit, so the layout is enough, and a mistyped check character does not turn a public code
 * into a masked one.
 */
export function isLetteredCreditCode(token: string): boolean {
  if (!hasCreditCodeStructure(token)) return false;
  return Math.max(0, ...(token.match(/\d+/g) ?? []).map((group) => group.length)) <= 10;
}

/**
 * A credit code in digits (older organisations kept their 9-digit organisation code inside it), or digits
 * and a final check letter. Digits are ambiguous, so it must pass everything: a valid check character,
 * failing Luhn (not a card) and no birth date where an ID number has one (not even a mistyped ID number).
 */
export function isDigitCreditCode(token: string): boolean {
  return (
    isUnifiedSocialCreditCode(token) &&
    !isResidentIdNumber(token) &&
    !passesLuhn(token.slice(0, 17)) &&
    !passesLuhn(token) &&
    !isPlausibleBirthDate(token.slice(6, 14))
  );
}

/** Either kind: what a structured credit code field must hold to be published as it is. */
export function looksLikeCreditCode(token: string): boolean {
  return isLetteredCreditCode(token) || isDigitCreditCode(token);
}
