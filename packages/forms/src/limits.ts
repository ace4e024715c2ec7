// Caps on what the server accepts from tenants (form schemas) and from clients (submissions). A real form is far
// inside them: the 300-field form of bench/forms has about 2,000 schema nodes and depth 5.

export const SCHEMA_LIMITS = {
  /** Containers nested inside one another (objects and arrays of the JSON document). */
  maxDepth: 32,
  /** Values of every kind in the document. */
  maxNodes: 20_000,
  /** Characters in all strings and keys together. */
  maxChars: 1_000_000,
  /** A field with a `pattern` must cap its length at this (see `patternInputLength`). */
  maxPatternFieldLength: 1_000,
  /** `uniqueItems` compares every pair of items; the list must cap its length at this. */
  maxUniqueItems: 1_000,
} as const;

export const DATA_LIMITS = {
  maxDepth: 32,
  maxNodes: 20_000,
  /** One string, for example the facts of a case. */
  maxStringLength: 100_000,
  maxChars: 2_000_000,
  maxKeyLength: 200,
} as const;

/**
 * Longer strings never satisfy a `pattern`. The patterns that pass the regex check backtrack at most quadratically,
 * so capping the input caps the work; `checkFormSchema` makes every patterned field declare a `maxLength` within it.
 */
export const patternInputLength = SCHEMA_LIMITS.maxPatternFieldLength;

/** Formats the server validates itself; a schema naming any other is refused. */
export const KNOWN_FORMATS = ['date', 'time', 'date-time', 'email'] as const;

/** Compiled validators kept per process (least recently used dropped first). */
export const VALIDATOR_CACHE_SIZE = 256;
