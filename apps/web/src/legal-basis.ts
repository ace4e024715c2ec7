/** One provision an enforcement item rests on, e.g. 《食品安全法》 第一百二十四条. */
export interface LegalBasis {
  law: string;
  article: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A law's title in book-title marks, as Chinese legal citations write it, without doubling marks already there. */
export function citeLaw(law: string): string {
  return law.startsWith('《') ? law : `《${law}》`;
}

/**
 * The API declares `legalBasis` as JSON of unknown shape (it is stored as JSON from tenant configs), so the
 * page reads it defensively: entries without a law are dropped rather than rendered as "undefined".
 */
export function readLegalBasis(value: unknown): LegalBasis[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (!isRecord(entry) || typeof entry.law !== 'string' || entry.law === '') return [];
    const article = typeof entry.article === 'string' || typeof entry.article === 'number' ? String(entry.article) : '';
    return [{ law: entry.law, article }];
  });
}
