import type { DetectedType } from './detected-types.ts';
import { classifyZipEntries, zipEntryNamesInHead } from './office-zip.ts';

/** How many leading bytes decide the type. Zip containers are settled later from their central directory. */
export const HEAD_BYTES = 16 * 1024;

/** What the first bytes say. `zip` means an archive whose entry list (at its end) must decide. */
export type Sniffed =
  | { kind: 'type'; type: DetectedType }
  | { kind: 'executable'; format: string }
  | { kind: 'zip' }
  | { kind: 'unknown' };

/** The type the first bytes prove, or undefined when they prove none (executables, unknown formats, undecided zips). */
export function detectContentType(head: Uint8Array): DetectedType | undefined {
  const sniffed = sniffContent(head);
  return sniffed.kind === 'type' ? sniffed.type : undefined;
}

export function sniffContent(head: Uint8Array): Sniffed {
  const type = (detected: DetectedType): Sniffed => ({ kind: 'type', type: detected });
  const at = (offset: number, ...bytes: number[]): boolean => bytes.every((byte, i) => head[offset + i] === byte);
  const ascii = (offset: number, text: string): boolean => at(offset, ...Array.from(text, (c) => c.charCodeAt(0)));

  if (head.length === 0) return { kind: 'unknown' };
  // AMR files begin with "#!", so they are recognised before the script check below.
  if (ascii(0, '#!AMR-WB\n')) return type('audio/amr-wb');
  if (ascii(0, '#!AMR\n')) return type('audio/amr');
  const executable = executableFormat(head, at, ascii);
  if (executable) return { kind: 'executable', format: executable };

  if (at(0, 0xff, 0xd8, 0xff)) return type('image/jpeg');
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return type('image/png');
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return type('image/gif');
  // Readers tolerate junk before "%PDF-"; requiring it first refuses files that are something else with a PDF inside.
  if (ascii(0, '%PDF-')) return type('application/pdf');
  if (ascii(0, 'RIFF') && head.length >= 12) {
    if (ascii(8, 'WAVE')) return type('audio/wav');
    if (ascii(8, 'WEBP')) return type('image/webp');
    if (ascii(8, 'AVI ')) return type('video/x-msvideo');
    return { kind: 'unknown' };
  }
  if (ascii(0, 'OggS')) return oggType(head);
  if (ascii(0, 'ID3') && (head[3] ?? 0) >= 2 && (head[3] ?? 0) <= 4) return type('audio/mpeg');
  if (isMpegAudio(head)) return type('audio/mpeg');
  const isoMedia = isoMediaType(head);
  if (isoMedia) return type(isoMedia);
  if (at(0, 0x50, 0x4b, 0x03, 0x04)) {
    const verdict = classifyZipEntries(zipEntryNamesInHead(head));
    return verdict.kind === 'unknown' ? { kind: 'zip' } : verdict;
  }
  if (isUtf8Text(head)) return type('text/plain');
  return { kind: 'unknown' };
}

function executableFormat(
  head: Uint8Array,
  at: (offset: number, ...bytes: number[]) => boolean,
  ascii: (offset: number, text: string) => boolean,
): string | undefined {
  if (at(0, 0x7f, 0x45, 0x4c, 0x46)) return 'ELF';
  if (ascii(0, 'MZ')) return 'Windows/DOS (MZ)';
  if (at(0, 0xfe, 0xed, 0xfa, 0xce) || at(0, 0xfe, 0xed, 0xfa, 0xcf) || at(0, 0xce, 0xfa, 0xed, 0xfe) || at(0, 0xcf, 0xfa, 0xed, 0xfe)) {
    return 'Mach-O';
  }
  if (at(0, 0xca, 0xfe, 0xba, 0xbe)) return 'Mach-O universal / Java class';
  if (at(0, 0x00, 0x61, 0x73, 0x6d)) return 'WebAssembly';
  if (ascii(0, 'dex\n')) return 'Android DEX';
  if (ascii(0, '#!')) return 'script (#!)';
  return undefined;
}

function asciiAt(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

function oggType(head: Uint8Array): Sniffed {
  // The first page carries the codec's identification packet right after the segment table.
  const segments = head[26];
  if (head[4] !== 0 || segments === undefined) return { kind: 'unknown' };
  const packet = asciiAt(head, 27 + segments, 8);
  const audio = ['OpusHead', '\x01vorbis', 'Speex   ', '\x7fFLAC'].some((magic) => packet.startsWith(magic));
  return audio ? { kind: 'type', type: 'audio/ogg' } : { kind: 'unknown' };
}

const LAYER3_KBPS_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const LAYER3_KBPS_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];

/** Length of the MPEG layer III frame starting at `offset`, or undefined when the header there is not one. */
function mpegFrameLength(head: Uint8Array, offset: number): number | undefined {
  const [b0, b1, b2] = [head[offset], head[offset + 1], head[offset + 2]];
  if (b0 !== 0xff || b1 === undefined || b2 === undefined || (b1 & 0xe0) !== 0xe0) return undefined;
  const version = (b1 >> 3) & 3; // 0: MPEG 2.5, 1: reserved, 2: MPEG 2, 3: MPEG 1
  const layer = (b1 >> 1) & 3; // 1: layer III
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  if (version === 1 || layer !== 1 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return undefined;
  const kbps = (version === 3 ? LAYER3_KBPS_V1 : LAYER3_KBPS_V2)[bitrateIndex] ?? 0;
  const sampleRate = ([44100, 48000, 32000][rateIndex] ?? 44100) / (version === 3 ? 1 : version === 2 ? 2 : 4);
  return Math.floor(((version === 3 ? 144 : 72) * kbps * 1000) / sampleRate) + ((b2 >> 1) & 1);
}

/** Two sync bytes are common in random data, so a second frame must follow the first when the head reaches it. */
function isMpegAudio(head: Uint8Array): boolean {
  const length = mpegFrameLength(head, 0);
  if (length === undefined) return false;
  return head.length < length + 4 || mpegFrameLength(head, length) !== undefined;
}

const BRANDS: ReadonlyArray<[RegExp, DetectedType]> = [
  [/^qt {2}$/, 'video/quicktime'],
  [/^M4[AB] $/, 'audio/mp4'],
  [/^3g(p[4-7]|e[67]|g6|2[abc])$/, 'video/3gpp'],
  [/^(hei[cxms]|hev[cx])$/, 'image/heic'],
  [/^(isom|iso[2-9]|mp4[12]|mp71|avc1|dash|MSNV|M4V[ P]|f4v |NDAS|XAVC)$/, 'video/mp4'],
];

function brandType(brand: string): DetectedType | undefined {
  return BRANDS.find(([pattern]) => pattern.test(brand))?.[1];
}

/** ISO base media (MP4, MOV, 3GP, M4A, HEIC): an `ftyp` box names the brand; old QuickTime files start with other atoms. */
function isoMediaType(head: Uint8Array): DetectedType | undefined {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const fourcc = (offset: number): string => asciiAt(head, offset, 4);
  if (head.length < 12) return undefined;
  if (fourcc(4) === 'ftyp') {
    const boxSize = Math.min(view.getUint32(0), head.length);
    const major = fourcc(8);
    const compatible: string[] = [];
    for (let offset = 16; offset + 4 <= boxSize; offset += 4) compatible.push(fourcc(offset));
    // AVIF shares HEIF's generic brands; it is not a type offered here.
    if (major === 'avif' || major === 'avis' || compatible.includes('avif') || compatible.includes('avis')) return undefined;
    if (major === 'mif1' || major === 'msf1') return 'image/heic';
    return brandType(major) ?? compatible.map(brandType).find((type) => type !== undefined);
  }
  const leading = new Set(['wide', 'free', 'skip', 'pnot']);
  for (let offset = 0, boxes = 0; offset + 8 <= head.length && boxes < 8; boxes += 1) {
    const size = view.getUint32(offset);
    const name = fourcc(offset + 4);
    if (name === 'moov' || name === 'mdat') return 'video/quicktime';
    if (!leading.has(name) || size < 8) return undefined;
    offset += size;
  }
  return undefined;
}

/** Valid UTF-8 (a sequence cut by the end of the head is allowed) without control characters other than whitespace. */
export function isUtf8Text(bytes: Uint8Array): boolean {
  if (hasControlBytes(bytes)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export function hasControlBytes(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if ((byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f) return true;
  }
  return false;
}
