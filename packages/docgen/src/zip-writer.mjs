// @ts-check
// The render worker's archive writer (plain JavaScript for the reason given in formatters.mjs). It compresses with
// Node's native zlib and takes entries that are already compressed, so a template's unchanged parts (styles,
// relationships, content types) are deflated once per template rather than once per document.
// zlib.crc32 exists from Node 20.15 and 22.2; the project requires Node 20.19 or later.
import { crc32, deflateRawSync } from 'node:zlib';

/** @typedef {{ name: Uint8Array, crc: number, size: number, method: 0 | 8, data: Uint8Array }} ZipItem */

// Every entry carries 1980-01-01 00:00, the earliest DOS time, so the same content always gives the same bytes
// and the stored SHA-256 of a document can be reproduced.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const encoder = new TextEncoder();

/**
 * @param {string} name
 * @param {Uint8Array} content
 * @returns {ZipItem}
 */
export function compressedItem(name, content) {
  return { name: encoder.encode(name), crc: crc32(content), size: content.length, method: 8, data: deflateRawSync(content, { level: 6 }) };
}

/**
 * A ZIP archive of the items, in order. Sizes stay far below ZIP64's limits: the upload check caps a template at
 * 50 MB uncompressed and the pool's memory cap bounds what a job can produce.
 * @param {ZipItem[]} items
 * @returns {Uint8Array}
 */
export function writeZip(items) {
  let length = 22;
  for (const item of items) length += 30 + 46 + 2 * item.name.length + item.data.length;
  const out = Buffer.alloc(length);
  /** @type {number[]} */
  const offsets = [];
  let at = 0;
  for (const item of items) {
    offsets.push(at);
    at = out.writeUInt32LE(0x04034b50, at);
    at = out.writeUInt16LE(20, at);
    at = out.writeUInt16LE(UTF8_NAMES, at);
    at = out.writeUInt16LE(item.method, at);
    at = out.writeUInt16LE(DOS_TIME, at);
    at = out.writeUInt16LE(DOS_DATE, at);
    at = out.writeUInt32LE(item.crc >>> 0, at);
    at = out.writeUInt32LE(item.data.length, at);
    at = out.writeUInt32LE(item.size, at);
    at = out.writeUInt16LE(item.name.length, at);
    at = out.writeUInt16LE(0, at);
    out.set(item.name, at);
    at += item.name.length;
    out.set(item.data, at);
    at += item.data.length;
  }
  const directoryStart = at;
  items.forEach((item, index) => {
    at = out.writeUInt32LE(0x02014b50, at);
    at = out.writeUInt16LE(20, at);
    at = out.writeUInt16LE(20, at);
    at = out.writeUInt16LE(UTF8_NAMES, at);
    at = out.writeUInt16LE(item.method, at);
    at = out.writeUInt16LE(DOS_TIME, at);
    at = out.writeUInt16LE(DOS_DATE, at);
    at = out.writeUInt32LE(item.crc >>> 0, at);
    at = out.writeUInt32LE(item.data.length, at);
    at = out.writeUInt32LE(item.size, at);
    at = out.writeUInt16LE(item.name.length, at);
    at = out.writeUInt32LE(0, at); // extra and comment lengths
    at = out.writeUInt32LE(0, at); // disk number and internal attributes
    at = out.writeUInt32LE(0, at); // external attributes
    at = out.writeUInt32LE(offsets[index] ?? 0, at);
    out.set(item.name, at);
    at += item.name.length;
  });
  const directoryLength = at - directoryStart;
  at = out.writeUInt32LE(0x06054b50, at);
  at = out.writeUInt32LE(0, at); // this disk, directory disk
  at = out.writeUInt16LE(items.length, at);
  at = out.writeUInt16LE(items.length, at);
  at = out.writeUInt32LE(directoryLength, at);
  at = out.writeUInt32LE(directoryStart, at);
  out.writeUInt16LE(0, at);
  return out;
}
