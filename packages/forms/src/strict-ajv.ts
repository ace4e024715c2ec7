import { createHash } from 'node:crypto';
import { Ajv, type CodeOptions, type ValidateFunction } from 'ajv';
import { patternInputLength, VALIDATOR_CACHE_SIZE } from './limits.ts';

// The server's own Ajv, separate from the browser's (RJSF's validator-ajv8 runs with strict: false): strict mode,
// no $data, no schema loading, own formats, and a regex engine that refuses long input.

const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/u;
const TIME = /^([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:?[0-9]{2})?$/u;
const EMAIL = /^[^\s@]{1,64}@[^\s@.]{1,63}(\.[^\s@.]{1,63})+$/u;

function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

function isTime(text: string, zoneRequired: boolean): boolean {
  const match = TIME.exec(text);
  if (!match) return false;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return hour <= 23 && minute <= 59 && second <= 60 && (!zoneRequired || match[5] !== undefined);
}

/** RFC 3339, as ajv-formats checks it in the browser: a date-time needs its time zone, a time may leave it out. */
const FORMATS = {
  date: { type: 'string', validate: (text: string) => isDate(text) },
  time: { type: 'string', validate: (text: string) => text.length <= 40 && isTime(text, false) },
  'date-time': {
    type: 'string',
    validate: (text: string) => text.length <= 50 && /^.{10}[Tt ]/u.test(text) && isDate(text.slice(0, 10)) && isTime(text.slice(11), true),
  },
  email: { type: 'string', validate: (text: string) => text.length <= 254 && EMAIL.test(text) },
} as const;

/**
 * Every `pattern` and `patternProperties` key runs through this engine. Patterns passed packages/config's regex
 * check, which bounds backtracking to quadratic in the input; capping the input bounds the work.
 */
const cappedRegExp: NonNullable<CodeOptions['regExp']> = Object.assign(
  (pattern: string, flags: string) => {
    const compiled = new RegExp(pattern, flags);
    // Ajv keys its pattern cache by toString(), so each pattern must print as itself.
    return { test: (text: string) => text.length <= patternInputLength && compiled.test(text), toString: () => compiled.toString() };
  },
  { code: 'sanxiangCappedRegExp' },
);

function createAjv(): Ajv {
  return new Ajv({
    strict: true,
    // ["string", "null"] is common in RJSF schemas and harmless. strictRequired refuses the usual conditional
    // `"then": { "required": ["note"] }` (the property is declared on the parent, not in `then`); a required field
    // that exists nowhere is still caught, by the overlay (unknownFields) and by the repository's form tests.
    allowUnionTypes: true,
    strictRequired: false,
    $data: false,
    allErrors: true,
    ownProperties: true,
    addUsedSchema: false,
    validateFormats: true,
    formats: FORMATS,
    messages: true,
    code: { regExp: cappedRegExp, optimize: true },
  });
}

interface Entry {
  schema: object;
  validate: ValidateFunction;
}

let ajv = createAjv();
const cache = new Map<string, Entry>();

/** The SHA-256 of the schema as JSON: two requests with the same schema share one compiled validator. */
export function schemaHash(schema: object): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

/** Compiles with the strict Ajv, or returns the cached validator. Throws Ajv's error when strict mode refuses. */
export function compileStrict(schema: object, hash = schemaHash(schema)): ValidateFunction {
  const hit = cache.get(hash);
  if (hit) {
    // Map keeps insertion order: re-inserting marks the entry as the most recently used.
    cache.delete(hash);
    cache.set(hash, hit);
    return hit.validate;
  }
  const validate = ajv.compile(schema);
  cache.set(hash, { schema, validate });
  if (cache.size > VALIDATOR_CACHE_SIZE) {
    const [oldestHash, oldest] = cache.entries().next().value ?? [];
    if (oldestHash !== undefined && oldest) {
      cache.delete(oldestHash);
      ajv.removeSchema(oldest.schema);
    }
  }
  return validate;
}

/** How many validators are cached (for tests and the benchmark). */
export function cachedValidators(): number {
  return cache.size;
}

/** Drops every compiled validator; a fresh Ajv also forgets the patterns it collected. */
export function clearValidatorCache(): void {
  cache.clear();
  ajv = createAjv();
}
