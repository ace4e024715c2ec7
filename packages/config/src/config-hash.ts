import { hashOf } from '@sanxiang/canonical';
import type { EffectiveRuleset } from './effective-config.ts';

/**
 * The content hash that identifies a published version: SHA-256 of the canonical JSON, so key order never matters.
 * Positions inside files (provenance pointers) are left out, so moving an item within its file or reformatting the
 * file does not make a new version; which layer and file it came from still counts.
 */
export function hashEffectiveConfig(config: EffectiveRuleset): string {
  return hashOf(withoutPositions(config));
}

/** A copy without the "pointer" of any provenance. */
export function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (key === 'provenance' && typeof entry === 'object' && entry !== null) {
      copy[key] = withoutPositions(Object.fromEntries(Object.entries(entry).filter(([field]) => field !== 'pointer')));
    } else {
      copy[key] = withoutPositions(entry);
    }
  }
  return copy;
}
