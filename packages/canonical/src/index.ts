import { createHash } from 'node:crypto';

/**
 * One text for one value, whatever the key order: objects with sorted keys, no whitespace, `undefined`
 * members dropped (and written `null` in arrays or alone, as JSON has no undefined), dates as ISO strings. Hashes of configurations and audit events are taken over this.
 * Values JSON cannot carry (functions, symbols, bigint, non-finite numbers, cycles) are refused rather than
 * silently changed, because a hash over a lossy form would not prove anything.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, path: Set<object>): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return JSON.stringify(value);
    case 'object': {
      if (path.has(value)) throw new TypeError('canonicalJson: the value contains a cycle');
      path.add(value);
      const text = Array.isArray(value)
        ? `[${value.map((item) => (item === undefined ? 'null' : write(item, path))).join(',')}]`
        : `{${Object.keys(value)
            .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${write((value as Record<string, unknown>)[key], path)}`)
            .join(',')}}`;
      path.delete(value);
      return text;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
  }
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256 of the canonical JSON of a value. */
export function hashOf(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
