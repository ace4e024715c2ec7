import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';

// Small but real file beginnings, built byte by byte so each test says which bytes make a format what it is.

const bytes = (...parts: Array<string | number[] | Uint8Array>): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
const u32be = (value: number): number[] => [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
const u16le = (value: number): number[] => [value & 0xff, (value >>> 8) & 0xff];
const u32le = (value: number): number[] => [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];

/** Deterministic filler that starts with no known signature. */
export function filler(length: number, seed = 'filler'): Uint8Array {
  const out = Buffer.alloc(length);
  let block = createHash('sha256').update(seed).digest();
  for (let at = 0; at < length; at += block.length) {
    block.copy(out, at);
    block = createHash('sha256').update(block).digest();
  }
  out[0] = 0x00;
  return out;
}

function ftyp(major: string, ...compatible: string[]): Uint8Array {
  return bytes(u32be(16 + 4 * compatible.length), 'ftyp', major, [0, 0, 0, 0], ...compatible);
}

/** One MPEG-1 layer III frame at 128 kbit/s, 44.1 kHz: 417 bytes. */
function mp3Frame(): Uint8Array {
  return bytes([0xff, 0xfb, 0x90, 0x64], new Uint8Array(413));
}

export const SAMPLES = {
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0], filler(200)),
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], u32be(13), 'IHDR', filler(200)),
  gif: bytes('GIF89a', filler(64)),
  webp: bytes('RIFF', u32le(1000), 'WEBPVP8 ', filler(64)),
  heic: bytes(ftyp('heic', 'mif1', 'heic'), filler(64)),
  mp4: bytes(ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'), u32be(8), 'free', filler(64)),
  mp4ByCompatibleBrand: bytes(ftyp('xyz1', 'abcd', 'mp42'), filler(64)),
  mov: bytes(ftyp('qt  ', 'qt  '), filler(64)),
  oldMov: bytes(u32be(8), 'wide', u32be(1000), 'mdat', filler(64)),
  threeGp: bytes(ftyp('3gp4', 'isom', '3gp4'), filler(64)),
  avi: bytes('RIFF', u32le(1000), 'AVI LIST', filler(64)),
  m4a: bytes(ftyp('M4A ', 'M4A ', 'mp42', 'isom'), filler(64)),
  mp3Id3: bytes('ID3', [4, 0, 0, 0, 0, 0, 0], mp3Frame()),
  mp3Frames: bytes(mp3Frame(), mp3Frame(), mp3Frame()),
  wav: bytes('RIFF', u32le(1000), 'WAVEfmt ', filler(64)),
  amr: bytes('#!AMR\n', filler(64)),
  amrWb: bytes('#!AMR-WB\n', filler(64)),
  ogg: bytes('OggS', [0, 2], new Uint8Array(20), [1, 19], 'OpusHead', filler(11)),
  pdf: bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', filler(64)),
  text: Buffer.from('询问笔录\n时间：2025年9月26日\n地点：邵阳市\n', 'utf8'),

  elf: bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], filler(64)),
  windowsExe: bytes('MZ', [0x90, 0], filler(64)),
  machO: bytes([0xcf, 0xfa, 0xed, 0xfe], filler(64)),
  shellScript: bytes('#!/bin/sh\nrm -rf /\n'),
  wasm: bytes([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),

  avif: bytes(ftyp('avif', 'mif1', 'miaf'), filler(64)),
  avifGenericBrand: bytes(ftyp('mif1', 'avif', 'mif1', 'miaf'), filler(64)),
  unknownBrand: bytes(ftyp('zzzz', 'yyyy'), filler(64)),
  mp3SyncThenJunk: bytes([0xff, 0xfb, 0x90, 0x64], filler(1000)),
  textWithNul: bytes('hello\0world'),
  random: filler(4096, 'random'),
} satisfies Record<string, Uint8Array>;

export interface ZipEntry {
  name: string;
  data?: Uint8Array | string;
}

/** A zip with stored (uncompressed) entries: local headers, data, central directory, end record. */
export function zipArchive(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data ?? new Uint8Array());
    const crc = crc32(data);
    const common = [...u16le(20), ...u16le(0x0800), ...u16le(0), ...u16le(0), ...u16le(0), ...u32le(crc), ...u32le(data.length), ...u32le(data.length)];
    const local = bytes(u32le(0x04034b50), common, u16le(name.length), u16le(0), name, data);
    centrals.push(bytes(u32le(0x02014b50), u16le(20), common, u16le(name.length), u16le(0), u16le(0), u16le(0), u16le(0), u32le(0), u32le(offset), name));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = bytes(u32le(0x06054b50), u16le(0), u16le(0), u16le(entries.length), u16le(entries.length), u32le(directory.length), u32le(offset), u16le(0));
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

export const ZIPS = {
  docx: zipArchive([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: '<Relationships/>' },
    { name: 'word/document.xml', data: '<w:document/>' },
  ]),
  xlsx: zipArchive([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'xl/workbook.xml', data: '<workbook/>' },
  ]),
  /** The Word part only appears after a thumbnail larger than the head: only the central directory can tell. */
  docxWordPartLate: zipArchive([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'docProps/thumbnail.jpeg', data: filler(40_000) },
    { name: 'word/document.xml', data: '<w:document/>' },
  ]),
  /** Looks like a Word document from the front; the macro project sits after the head. */
  docmLateMacros: zipArchive([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'word/document.xml', data: '<w:document/>' },
    { name: 'word/media/image1.png', data: filler(40_000) },
    { name: 'word/vbaProject.bin', data: filler(100) },
  ]),
  jar: zipArchive([
    { name: 'META-INF/MANIFEST.MF', data: 'Manifest-Version: 1.0\n' },
    { name: 'Main.class', data: filler(100) },
  ]),
  plain: zipArchive([{ name: 'notes.txt', data: 'hello' }]),
};
