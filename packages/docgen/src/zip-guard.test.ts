import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkTemplate } from './template-check.ts';
import { templateWith } from './test-docx.ts';
import { DEFAULT_ZIP_LIMITS, listZipEntries, readZip } from './zip-guard.ts';
import { compressedItem, writeZip } from './zip-writer.mjs';

const encoder = new TextEncoder();
const MB = 1024 * 1024;

// ~200 MB of zeros deflate to ~200 KB: the classic single-entry bomb.
const zeros = deflateRawSync(Buffer.alloc(200 * MB), { level: 1 });
const bombEntry = (declaredSize: number) => ({ name: encoder.encode('word/document.xml'), crc: 0, size: declaredSize, method: 8 as const, data: zeros });

const problemOf = (result: { ok: boolean; problem?: { zh: string; en: string } }): string => {
  expect(result.ok).toBe(false);
  return `${result.problem?.zh} ${result.problem?.en}`;
};

describe('zip limits', () => {
  it('refuses an honest zip bomb from the central directory alone, before inflating', () => {
    const bomb = writeZip([bombEntry(200 * MB)]);
    expect(bomb.length).toBeLessThan(1 * MB);
    expect(problemOf(listZipEntries(bomb))).toMatch(/zip bomb.*without inflating/);
    const check = checkTemplate(bomb);
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([expect.objectContaining({ command: null, location: null })]);
    expect(check.problems[0]?.message.zh).toMatch(/压缩炸弹/);
  });

  it('stops inflating an entry whose directory understates its size', () => {
    const forged = writeZip([bombEntry(1000)]);
    expect(listZipEntries(forged).ok).toBe(true); // the directory looks harmless…
    const started = performance.now();
    expect(problemOf(readZip(forged))).toMatch(/beyond its declared size/);
    // …and inflation stops at the first chunk instead of producing 200 MB (which takes seconds here).
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses an entry that inflates to less than it declares', () => {
    const item = compressedItem('word/document.xml', encoder.encode('<w:document/>'));
    expect(problemOf(readZip(writeZip([{ ...item, size: item.size + 10 }])))).toMatch(/does not match its declared size/);
  });

  it('refuses too many entries, too large a file, duplicates and things that are not zips', () => {
    const many = writeZip(Array.from({ length: DEFAULT_ZIP_LIMITS.maxEntries + 1 }, (_, i) => compressedItem(`f${i}.xml`, encoder.encode('x'))));
    expect(problemOf(listZipEntries(many))).toMatch(/501 entries/);
    expect(problemOf(listZipEntries(new Uint8Array(DEFAULT_ZIP_LIMITS.maxCompressedBytes + 1)))).toMatch(/above the 10 MB limit/);
    const twice = compressedItem('word/document.xml', encoder.encode('<a/>'));
    expect(problemOf(listZipEntries(writeZip([twice, twice])))).toMatch(/appears twice/);
    expect(problemOf(listZipEntries(encoder.encode('not a zip at all')))).toMatch(/not a valid \.docx/);
  });

  it('reads a real template with every entry at its declared size', async () => {
    const template = await templateWith(['+++INS party.name+++']);
    const listed = listZipEntries(template);
    const read = readZip(template);
    if (!listed.ok || !read.ok) throw new Error('a valid template was refused');
    for (const entry of listed.value) expect(read.value.get(entry.name)?.length).toBe(entry.size);
    expect([...read.value.keys()]).toContain('word/document.xml');
  });
});
