// The host's check of tenant-supplied form schemas, handed to config's compile (ExtensionRegistry.checkFormSchemasWith):
// a schema that @sanxiang/forms' strict guard refuses (remote $ref, $data, unsafe patterns, too deep or too large)
// blocks `config validate`, `config publish` and start-up for that tenant, before any officer or server meets it.
import { readFileSync, statSync } from 'node:fs';
import { checkFormSchema } from '@sanxiang/forms/server';

/** A form schema is JSON a person writes; anything larger is refused before it is read. */
const MAX_SCHEMA_BYTES = 2 * 1024 * 1024;

export function formSchemaFileProblems(file: string): { pointer: string; zh: string; en: string }[] {
  const size = statSync(file).size;
  if (size > MAX_SCHEMA_BYTES) {
    return [{ pointer: '', zh: `文件过大（${size} 字节，上限 ${MAX_SCHEMA_BYTES} 字节）`, en: `the file is too large (${size} bytes, at most ${MAX_SCHEMA_BYTES})` }];
  }
  let schema: unknown;
  try {
    schema = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ pointer: '', zh: `不是合法的 JSON：${reason}`, en: `not valid JSON: ${reason}` }];
  }
  return checkFormSchema(schema).map(({ pointer, zh, en }) => ({ pointer, zh, en }));
}
