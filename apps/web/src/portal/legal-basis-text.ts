import { citeLaw, readLegalBasis } from '../legal-basis.ts';

/** An item's legal basis (stored JSON, `[{ law, article }]`) as citations; entries that name no law are left out. */
export function basisLines(value: unknown): string[] {
  return readLegalBasis(value).map((basis) => `${citeLaw(basis.law)}${basis.article}`);
}
