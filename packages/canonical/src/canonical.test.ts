import { describe, expect, it } from 'vitest';
import { canonicalJson, hashOf } from './index.ts';

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
});
