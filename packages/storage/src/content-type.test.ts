import { describe, expect, it } from 'vitest';
import { detectContentType, sniffContent } from './content-type.ts';
import { DOCX_TYPE, XLSX_TYPE } from './detected-types.ts';
import { SAMPLES, ZIPS } from './testing/sample-content.ts';

describe('detectContentType', () => {
  it.each([
    ['jpeg', 'image/jpeg'],
    ['png', 'image/png'],
    ['gif', 'image/gif'],
    ['webp', 'image/webp'],
    ['heic', 'image/heic'],
    ['mp4', 'video/mp4'],
    ['mp4ByCompatibleBrand', 'video/mp4'],
    ['mov', 'video/quicktime'],
    ['oldMov', 'video/quicktime'],
    ['threeGp', 'video/3gpp'],
    ['avi', 'video/x-msvideo'],
    ['m4a', 'audio/mp4'],
    ['mp3Id3', 'audio/mpeg'],
    ['mp3Frames', 'audio/mpeg'],
    ['wav', 'audio/wav'],
    ['amr', 'audio/amr'],
    ['amrWb', 'audio/amr-wb'],
    ['ogg', 'audio/ogg'],
    ['pdf', 'application/pdf'],
    ['text', 'text/plain'],
  ] as const)('recognises %s from its bytes as %s', (sample, type) => {
    expect(detectContentType(SAMPLES[sample])).toBe(type);
  });

  it('tells Word from Excel by the entries of the zip', () => {
    expect(detectContentType(ZIPS.docx)).toBe(DOCX_TYPE);
    expect(detectContentType(ZIPS.xlsx)).toBe(XLSX_TYPE);
  });

  it.each([
    ['elf', 'ELF'],
    ['windowsExe', 'Windows/DOS (MZ)'],
    ['machO', 'Mach-O'],
    ['shellScript', 'script (#!)'],
    ['wasm', 'WebAssembly'],
  ] as const)('names %s as an executable, never a type', (sample, format) => {
    expect(detectContentType(SAMPLES[sample])).toBeUndefined();
    expect(sniffContent(SAMPLES[sample])).toEqual({ kind: 'executable', format });
  });

  it('calls a zip with a manifest a Java archive', () => {
    expect(sniffContent(ZIPS.jar)).toEqual({ kind: 'executable', format: 'Java archive (JAR)' });
  });

  it.each(['avif', 'avifGenericBrand', 'unknownBrand', 'mp3SyncThenJunk', 'textWithNul', 'random'] as const)('does not guess a type for %s', (sample) => {
    expect(detectContentType(SAMPLES[sample])).toBeUndefined();
  });

  it('leaves a zip whose head names no Office part to the central directory', () => {
    expect(sniffContent(ZIPS.plain)).toEqual({ kind: 'zip' });
    expect(sniffContent(ZIPS.docxWordPartLate.subarray(0, 16 * 1024))).toEqual({ kind: 'zip' });
  });

  it('finds nothing in no bytes, and a PDF signature only at the very start', () => {
    expect(detectContentType(new Uint8Array())).toBeUndefined();
    expect(detectContentType(Buffer.concat([Buffer.from('junk'), SAMPLES.pdf]))).toBeUndefined();
  });
});
