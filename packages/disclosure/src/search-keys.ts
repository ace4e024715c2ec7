/**
 * How the portal finds a party by part of its name. Chinese names are short (张三 is two characters), and pg_trgm
 * cannot use its index for a pattern of fewer than three characters, so each published name is stored with every
 * single character and every pair of adjacent characters (a GIN-indexed text[]); a query of two or more characters
 * asks for all of its pairs, a one-character query for that character. The pairs narrow the rows through the index,
 * and a LIKE on the normalised name removes the rows whose pairs occur apart. Works the same on PGlite and PostgreSQL,
 * with no extension.
 */

/** Longest name (in code points) that is tokenised; longer ones keep their first part searchable. */
export const MAX_NAME_KEY_LENGTH = 200;

/** NFKC (full-width letters and digits fold to ASCII), lower case, no white space. */
export function nameSearchKey(name: string): string {
  return Array.from(name.normalize('NFKC').toLowerCase().replace(/\s+/gu, '')).slice(0, MAX_NAME_KEY_LENGTH).join('');
}

/** The tokens stored with a published name: each character and each adjacent pair, once. */
export function nameSearchTokens(key: string): string[] {
  const chars = Array.from(key);
  const tokens = new Set<string>(chars);
  for (let i = 0; i + 1 < chars.length; i += 1) tokens.add(chars[i]! + chars[i + 1]!);
  return [...tokens];
}

/** The tokens a query must find: its pairs, or the character itself when it is one character long. */
export function queryTokens(key: string): string[] {
  const chars = Array.from(key);
  if (chars.length <= 1) return chars;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) pairs.add(chars[i]! + chars[i + 1]!);
  return [...pairs];
}

/**
 * Escapes LIKE's wildcards: Prisma passes `contains` to LIKE as written (prisma/prisma#19506), so a `%` typed into
 * the search box would otherwise match everything. Backslash is PostgreSQL's default LIKE escape.
 */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/gu, (ch) => `\\${ch}`);
}

/** A unified social credit code as the portal compares it: NFKC, upper case, no spaces or hyphens. */
export function creditCodeKey(code: string): string {
  return code.normalize('NFKC').toUpperCase().replace(/[\s-]+/gu, '');
}
