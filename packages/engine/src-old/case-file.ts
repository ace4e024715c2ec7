import { readFileSync } from 'node:fs';
import { validateCase, type CaseIssue, type CaseValidation } from './case-validator.ts';

/** Where a JSON.parse error happened, as the message of V8 reports it ("at position 42"). */
function syntaxIssue(error: unknown): CaseIssue {
  const text = error instanceof Error ? error.message : String(error);
  return { pointer: '', code: 'SYNTAX', message: { zh: `不是有效的 JSON：${text}`, en: `not valid JSON: ${text}` } };
}

/** Parses and validates the text of a case file; never throws. */
export function parseCaseJson(text: string): CaseValidation {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [syntaxIssue(error)] };
  }
  return validateCase(parsed);
}

/** Reads a case file (the CLI's `--case <file.json>`): an explicit loader, the engine's only other file access. */
export function loadCaseFile(file: string): CaseValidation {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, issues: [{ pointer: '', code: 'FILE', message: { zh: `无法读取文件 ${file}：${String(error)}`, en: `cannot read ${file}: ${String(error)}` } }] };
  }
  return parseCaseJson(text);
}
