/**
 * A published decision's content (the redacted payload the portal router returns) as label-value rows. The payload
 * is JSON whose extra fields a tenant's forms may add, so it is read defensively: known fields first in the order of
 * a decision document (《行政处罚法》第五十九条), any other text or number after them under its own name, and
 * nothing that is not text, a number or a list of those.
 */
const ORDER = [
  'decisionNumber', 'party.kind', 'party.name', 'party.creditCode', 'party.idNumber', 'party.address', 'party.phone', 'agency', 'decidedAt',
  'category', 'matter', 'caseCause', 'facts', 'basis', 'penalty',
];

export interface ContentRow {
  path: string;
  value: string;
}

function flatten(value: unknown, path: string, rows: ContentRow[], depth: number): void {
  if (typeof value === 'string') {
    if (value.trim() !== '') rows.push({ path, value });
  } else if (typeof value === 'number' && Number.isFinite(value)) {
    rows.push({ path, value: String(value) });
  } else if (Array.isArray(value)) {
    const texts = value.filter((each): each is string | number => typeof each === 'string' || typeof each === 'number').map(String);
    if (texts.length > 0) rows.push({ path, value: texts.join('；') });
  } else if (typeof value === 'object' && value !== null && depth < 3) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, path ? `${path}.${key}` : key, rows, depth + 1);
  }
}

export function contentRows(content: Record<string, unknown> | null): ContentRow[] {
  if (!content) return [];
  const rows: ContentRow[] = [];
  flatten(content, '', rows, 0);
  const rank = (path: string) => {
    const index = ORDER.indexOf(path);
    return index === -1 ? ORDER.length : index;
  };
  return rows.sort((a, b) => rank(a.path) - rank(b.path));
}
