// Writes the national templates to templates/national/*.docx, and the benchmark's docxtemplater twin of the
// penalty decision to bench/docgen/. Run from anywhere: `npx tsx packages/docgen/scripts/build-templates.ts`.
// The output is deterministic, and national-templates.test.ts fails when a committed file is out of date.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_KINDS } from '../src/document-kinds.ts';
import { NATIONAL_TEMPLATE_SPECS } from './national/catalogue.ts';
import { buildTemplate } from './template-blocks.ts';

const packageRoot = new URL('../', import.meta.url);
const DOCXTEMPLATER_PEER_FILE = fileURLToPath(new URL('../../bench/docgen/penalty-decision.docxtemplater.docx', packageRoot));

async function write(path: string, bytes: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  console.log(`${bytes.length.toString().padStart(7)} B  ${path}`);
}

async function main(): Promise<void> {
  for (const kind of DOCUMENT_KINDS) {
    await write(fileURLToPath(new URL(kind.templateFile, packageRoot)), await buildTemplate(NATIONAL_TEMPLATE_SPECS[kind.kind], 'docx-templates'));
  }
  await write(DOCXTEMPLATER_PEER_FILE, await buildTemplate(NATIONAL_TEMPLATE_SPECS.PENALTY_DECISION, 'docxtemplater'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
