import type { LocalText } from './issues.ts';

// Mirrors ../schemas/ruleset.schema.json.

export type RulesetKind = 'national' | 'province' | 'sector' | 'vendor';
export type LayerKind = RulesetKind | 'tenant' | 'department';

export interface RulesetManifest {
  name: string;
  kind: RulesetKind;
  extends: string[];
  title: LocalText;
  source: string;
  /** Vendor operators this ruleset provides; each must be registered with defineOperator. */
  operators?: string[];
  /** Vendor facts this ruleset provides; each must be registered with defineFact. */
  facts?: string[];
}

export interface RulesetFile extends RulesetManifest {
  $schema?: string;
}
