import { describe, expect, it } from 'vitest';
import { canonicalJson, hashOf, sha256Hex } from './index.ts';

describe('canonicalJson', () => {
  it('is the same text whatever the key order, at every depth', () => {
    const a = { b: 1, a: { d: [1, { y: 2, x: 1 }], c: '中' } };
    const b = { a: { c: '中', d: [1, { x: 1, y: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":"中","d":[1,{"x":1,"y":2}]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
    expect(hashOf(a)).toBe(hashOf(b));
  });

  it('tells different values apart', () => {
    expect(hashOf({ a: 1 })).not.toBe(hashOf({ a: '1' }));
    expect(hashOf([1, 2])).not.toBe(hashOf([2, 1]));
  });

  it('drops undefined members and writes dates as ISO text', () => {
    expect(canonicalJson({ a: undefined, b: new Date('2025-09-26T00:00:00Z') })).toBe('{"b":"2025-09-26T00:00:00.000Z"}');
    expect(canonicalJson([undefined])).toBe('[null]');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('refuses what JSON cannot carry', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/no JSON form/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
  });

  it('hashes in pieces exactly what it would hash whole, across the pieces\' boundaries', () => {
    // Long enough to be fed to the hash in several pieces, with multi-byte text straddling them.
    const value = { items: Array.from({ length: 3000 }, (_, index) => ({ id: `条目-${index}`, text: '执法'.repeat(index % 40), n: index })) };
    expect(canonicalJson(value).length).toBeGreaterThan(3 * (1 << 16));
    expect(hashOf(value)).toBe(sha256Hex(canonicalJson(value)));
  });

  it('leaves out the members a caller names, by their name and the name of the object holding them', () => {
    const omit = (key: string, holder: string | undefined) => key === 'pointer' && holder === 'provenance';
    const value = { pointer: '/kept', provenance: { file: 'a.json', pointer: '/items/3' }, list: [{ provenance: { pointer: '/x', layer: 'national' } }] };
    expect(canonicalJson(value, { omit })).toBe('{"list":[{"provenance":{"layer":"national"}}],"pointer":"/kept","provenance":{"file":"a.json"}}');
    expect(hashOf(value, { omit })).toBe(sha256Hex(canonicalJson(value, { omit })));
    expect(hashOf(value, { omit })).not.toBe(hashOf(value));
  });
});

