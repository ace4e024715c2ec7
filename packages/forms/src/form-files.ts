import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { AppError } from '@sanxiang/errors';
import { isObject } from './field-labels.ts';
import type { FormSchema, FormUiSchema } from './form-types.ts';
import { checkFormSchema } from './submission.ts';

/** A form file is JSON a person edits; anything bigger is not a form. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A FormRef of packages/config (configuration kind 8): the paths are relative to the forms.json that names them. */
export interface FormFileRef {
  kind: string;
  schema: string;
  uiSchema?: string;
}

export interface LoadedForm {
  kind: string;
  schema: FormSchema;
  uiSchema: FormUiSchema;
}

function configInvalid(zh: string, en: string, details: unknown): AppError {
  return new AppError('CONFIG_INVALID', { zh, en }, { details });
}

function readJson(formsFile: string, path: string, kind: string): unknown {
  const folder = dirname(formsFile);
  const file = resolve(folder, path);
  const inside = relative(folder, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw configInvalid(`表单「${kind}」的文件应在 forms.json 所在文件夹内，实际是 ${path}`, `the files of form "${kind}" must sit inside the folder of forms.json, found ${path}`, { file: path });
  }
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) throw configInvalid(`表单文件 ${path} 过大（${size} 字节，上限 ${MAX_FILE_BYTES}）`, `the form file ${path} is too large (${size} bytes, at most ${MAX_FILE_BYTES})`, { file: path });
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw configInvalid(`读不到表单文件 ${path}；请检查 forms.json 中的路径`, `cannot read the form file ${path}; check its path in forms.json`, { file: path });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw configInvalid(`表单文件 ${path} 不是合法的 JSON：${reason}`, `the form file ${path} is not valid JSON: ${reason}`, { file: path });
  }
}

/**
 * Reads a form's schema and uiSchema beside the forms.json that names them, and refuses them unless the schema passes
 * `checkFormSchema`. Throws AppError CONFIG_INVALID naming the file and what to change.
 */
export function readFormFiles(formsFile: string, ref: FormFileRef): LoadedForm {
  const schema = readJson(formsFile, ref.schema, ref.kind);
  const issues = checkFormSchema(schema);
  if (issues.length > 0 || !isObject(schema)) {
    const first = issues[0];
    throw configInvalid(
      `表单「${ref.kind}」（${ref.schema}）不被接受：${first?.zh ?? '不是 JSON 对象'}${issues.length > 1 ? `，另有 ${issues.length - 1} 处` : ''}`,
      `form "${ref.kind}" (${ref.schema}) is refused: ${first?.en ?? 'not a JSON object'}${issues.length > 1 ? `, and ${issues.length - 1} more` : ''}`,
      { file: ref.schema, issues },
    );
  }
  const uiSchema = ref.uiSchema === undefined ? {} : readJson(formsFile, ref.uiSchema, ref.kind);
  if (!isObject(uiSchema)) {
    throw configInvalid(`表单「${ref.kind}」的 uiSchema（${ref.uiSchema ?? ''}）应为 JSON 对象`, `the uiSchema of form "${ref.kind}" (${ref.uiSchema ?? ''}) must be a JSON object`, { file: ref.uiSchema });
  }
  return { kind: ref.kind, schema, uiSchema };
}
