// Types shared by every kind; they mirror the shared definitions of ../../schemas/*.schema.json.
import type { LocalText } from '../issues.ts';

/** One basis: a law and article, a policy document, or a seed document. The loader checks that exactly one is given. */
export interface BasisEntry {
  law?: string;
  article?: string;
  document?: string;
  seed?: string;
  section?: string;
  note?: string;
}

export interface Override {
  reason: string;
}

/** How an item layers: whether it may be loosened, why it loosens the one above, or that it removes it. */
export interface ItemLayering {
  mandatory?: boolean;
  override?: Override;
  disabled?: boolean;
}

/** A json-rules-engine condition, as the condition checker leaves it. */
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | FactCondition;

export interface FactCondition {
  fact: string;
  operator: string;
  value: unknown;
  /** Plain dotted identifiers only, never JSONPath. */
  path?: string;
}

export type { LocalText };
