import { hashOf, type CanonicalOptions } from '@sanxiang/canonical';
import type { EffectiveRuleset } from './effective-config.ts';

/**
 * The content hash that identifies a published version: SHA-256 of the canonical JSON, so key order never matters.
 * Positions inside files (provenance pointers) are left out, so moving an item within its file or reformatting the
 * file does not make a new version; which layer and file it came from still counts.
 */
export function hashEffectiveConfig(config: EffectiveRuleset): string {
  return hashOf(config, WITHOUT_POSITIONS);
}

/** Leaves out the "pointer" of any provenance: where an item sits inside its file is not part of the content. */
export const WITHOUT_POSITIONS: CanonicalOptions = { omit: (key, holder) => key === 'pointer' && holder === 'provenance' };
