import { parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { parseCleanJson } from './clean-json.ts';

describe('parseCleanJson, the fast path of the loader', () => {
  it('returns the value of clean JSON', () => {
    expect(parseCleanJson('{ "a": [1, { "b": "c" }], "d": null }')).toEqual({ value: { a: [1, { b: 'c' }], d: null } });
    expect(parseCleanJson('"just a string"')).toEqual({ value: 'just a string' });
    expect(parseCleanJson('[]')).toEqual({ value: [] });
  });

  it('leaves syntax errors, comments and trailing commas to the slow path', () => {
    for (const text of ['{ "a": 1, }', '{ // note\n "a": 1 }', '{ "a" 1 }', '', '{} {}', '{ "a": 01 }']) {
      expect(parseCleanJson(text)).toBeUndefined();
    }
  });

  it('leaves a key written twice to the slow path, however deep and whatever its first value held', () => {
    expect(parseCleanJson('{ "a": 1, "a": 2 }')).toBeUndefined();
    expect(parseCleanJson('{ "x": [{ "id": "1", "n": { "k": 1, "k": 1 } }] }')).toBeUndefined();
    // The first "a" held two keys that JSON.parse throws away with it; the second holds as many.
    expect(parseCleanJson('{ "a": { "p": 1, "q": 2 }, "a": { "r": 1, "s": 2 } }')).toBeUndefined();
  });

  it('is not misled by colons, quotes and backslashes inside strings', () => {
    const text = String.raw`{ "url": "http://a/b:c", "quote": "say \"x\": y", "slash": "C:\\", "key\"with:colon": "v", "end\\": "\\\"" }`;
    expect(parseCleanJson(text)?.value).toEqual(JSON.parse(text));
    expect(parseCleanJson(String.raw`{ "a\"": 1, "a\"": 2 }`)).toBeUndefined();
  });

  it('counts "__proto__" and numeric keys like any other', () => {
    expect(parseCleanJson('{ "__proto__": { "x": 1 }, "2": 0, "1": 0 }')?.value).toEqual(JSON.parse('{ "__proto__": { "x": 1 }, "2": 0, "1": 0 }'));
    expect(parseCleanJson('{ "__proto__": 1, "__proto__": 2 }')).toBeUndefined();
    expect(parseCleanJson('{ "1": 0, "01": 0, "1": 1 }')).toBeUndefined();
  });

  it('allows 64 levels of nesting, not 65, and survives a million', () => {
    expect(parseCleanJson(`${'['.repeat(64)}${']'.repeat(64)}`)).toBeDefined();
    expect(parseCleanJson(`${'{"a":'.repeat(63)}[]${'}'.repeat(63)}`)).toBeDefined();
    expect(parseCleanJson(`${'['.repeat(65)}${']'.repeat(65)}`)).toBeUndefined();
    expect(parseCleanJson(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`)).toBeUndefined();
  });

  it('agrees with a positioned parse on which of many generated documents repeat a key', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      // The high bits: the low bits of this generator repeat with a short period.
      return Math.floor((seed / 4_294_967_296) * n);
    };
    const KEYS = ['a', 'b', 'c', 'a:b', 'q"', 'x\\'];
    const value = (depth: number): string => {
      const pick = random(depth > 3 ? 3 : 6);
      if (pick === 0) return String(random(100));
      if (pick === 1) return JSON.stringify(`s:${KEYS[random(KEYS.length)]}"`);
      if (pick === 2) return 'true';
      if (pick === 3) return `[${Array.from({ length: random(4) }, () => value(depth + 1)).join(', ')}]`;
      const keys = Array.from({ length: random(4) }, () => KEYS[random(KEYS.length)]!);
      return `{ ${keys.map((key) => `${JSON.stringify(key)}: ${value(depth + 1)}`).join(', ')} }`;
    };
    let withDuplicates = 0;
    for (let round = 0; round < 500; round += 1) {
      const text = value(0);
      const duplicated = hasDuplicateKey(parseTree(text));
      if (duplicated) withDuplicates += 1;
      expect({ text, clean: parseCleanJson(text) !== undefined }).toEqual({ text, clean: !duplicated });
    }
    expect(withDuplicates).toBeGreaterThan(50);
    expect(withDuplicates).toBeLessThan(450);
  });
});

function hasDuplicateKey(root: Node | undefined): boolean {
  const pending = root ? [root] : [];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const keys = (node.children ?? []).filter((child) => child.type === 'property').map((property) => property.children?.[0]?.value as string);
    if (new Set(keys).size !== keys.length) return true;
    pending.push(...(node.children ?? []));
  }
  return false;
}
