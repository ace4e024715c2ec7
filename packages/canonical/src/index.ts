import { createHash } from 'node:crypto';

/**
 * One text for one value, whatever the key order: objects with sorted keys, no whitespace, `undefined`
 * members dropped (and written `null` in arrays or alone, as JSON has no undefined), dates as ISO strings. Hashes of configurations and audit events are taken over this.
 * Values JSON cannot carry (functions, symbols, bigint, non-finite numbers, cycles) are refused rather than
 * silently changed, because a hash over a lossy form would not prove anything.
 */
export function canonicalJson(value: unknown, options: CanonicalOptions = {}): string {
  const parts: string[] = [];
  write(value, undefined, { emit: (text) => parts.push(text), path: new Set(), omit: options.omit });
  return parts.join('');
}

export interface CanonicalOptions {
  /**
   * Leaves a member out of the canonical form, as if it were undefined: `key` is the member's name and `holder` the
   * name under which its object sits (undefined at the top and inside arrays' direct items).
   */
  omit?: (key: string, holder: string | undefined) => boolean;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * SHA-256 of the canonical JSON of a value. The text is fed to the hash in pieces, never built whole: a large tenant's
 * configuration is tens of megabytes, and building it by nested joins copied it once per level of nesting.
 */
export function hashOf(value: unknown, options: CanonicalOptions = {}): string {
  const hash = createHash('sha256');
  let pending: string[] = [];
  let pendingLength = 0;
  const emit = (text: string) => {
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength >= 1 << 16) {
      hash.update(pending.join(''), 'utf8');
      pending = [];
      pendingLength = 0;
    }
  };
  write(value, undefined, { emit, path: new Set(), omit: options.omit });
  hash.update(pending.join(''), 'utf8');
  return hash.digest('hex');
}

interface Writer {
  emit(text: string): void;
  /** The objects on the way down, to refuse a cycle. */
  path: Set<object>;
  omit: CanonicalOptions['omit'];
}

function write(value: unknown, holder: string | undefined, writer: Writer): void {
  if (value === null || value === undefined) return writer.emit('null');
  if (value instanceof Date) return writer.emit(JSON.stringify(value.toISOString()));
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return writer.emit(JSON.stringify(value));
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return writer.emit(JSON.stringify(value));
    case 'object': {
      if (writer.path.has(value)) throw new TypeError('canonicalJson: the value contains a cycle');
      writer.path.add(value);
      if (Array.isArray(value)) {
        writer.emit('[');
        for (let index = 0; index < value.length; index++) {
          if (index > 0) writer.emit(',');
          const item: unknown = value[index];
          if (item === undefined) writer.emit('null');
          else write(item, undefined, writer);
        }
        writer.emit(']');
      } else {
        const record = value as Record<string, unknown>;
        const keys = Object.keys(record)
          .filter((key) => record[key] !== undefined && !writer.omit?.(key, holder))
          .sort();
        writer.emit('{');
        for (let index = 0; index < keys.length; index++) {
          const key = keys[index]!;
          writer.emit(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:`);
          write(record[key], key, writer);
        }
        writer.emit('}');
      }
      writer.path.delete(value);
      return;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
  }
}
