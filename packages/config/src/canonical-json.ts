import { canonicalJson, type CanonicalOptions } from '@sanxiang/canonical';

// One canonical form for the whole product (@sanxiang/canonical): published versions, their hashes and the
// audit chain must agree on what "the same content" means.
export { canonicalJson };

/** Deep equality in the JSON sense: key order does not matter, array order does. */
export function sameJson(a: unknown, b: unknown, options?: CanonicalOptions): boolean {
  return canonicalJson(a, options) === canonicalJson(b, options);
}
