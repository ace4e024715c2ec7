import { readZip } from './zip-guard.ts';
import { scanParagraphs } from './word-text.ts';

/**
 * The visible text of one part of a .docx, a line per paragraph: what a reader (or a test, or an end-to-end
 * journey) checks a generated document against. Reads through the same zip limits as an upload.
 */
export function docxText(docx: Uint8Array, part = 'word/document.xml'): string {
  const zip = readZip(docx);
  if (!zip.ok) throw new RangeError(zip.problem.en);
  const xml = zip.value.get(part);
  if (!xml) throw new RangeError(`The document has no ${part}.`);
  return scanParagraphs(new TextDecoder().decode(xml)).join('\n');
}
