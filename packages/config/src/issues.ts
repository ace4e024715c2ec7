/** A message shown to an administrator, in Chinese and in English. */
export interface LocalText {
  zh: string;
  en: string;
}

export type ConfigIssueCode =
  | 'FILE_MISSING'
  | 'FILE_UNREADABLE'
  | 'FILE_TOO_LARGE'
  | 'FILE_NOT_UTF8'
  | 'JSON_SYNTAX'
  | 'JSON_TOO_DEEP'
  | 'JSON_DUPLICATE_KEY'
  | 'SCHEMA_MISSING_FIELD'
  | 'SCHEMA_UNKNOWN_FIELD'
  | 'SCHEMA_TYPE'
  | 'SCHEMA_ENUM'
  | 'SCHEMA_PATTERN'
  | 'SCHEMA_LENGTH'
  | 'SCHEMA_ITEMS'
  | 'SCHEMA_OTHER'
  | 'TOO_MANY_ISSUES'
  | 'FOLDER_CODE_MISMATCH'
  | 'DUPLICATE_DEPARTMENT_CODE'
  | 'DUPLICATE_CHANNEL_CODE'
  | 'DUPLICATE_ITEM_CODE'
  | 'UNKNOWN_PARENT_DEPARTMENT'
  | 'DEPARTMENT_PARENT_CYCLE'
  | 'UNKNOWN_DEPARTMENT'
  | 'ITEM_DEPARTMENT_NOT_ENFORCING'
  // Layers, rulesets and their merge.
  | 'UNKNOWN_FILE'
  | 'UNKNOWN_SCHEMA'
  | 'KIND_NOT_ALLOWED'
  | 'RULESET_NAME_MISMATCH'
  | 'UNKNOWN_RULESET'
  | 'EXTENDS_CYCLE'
  | 'NATIONAL_LAYER_MISSING'
  | 'UNKNOWN_DEPARTMENT_LAYER'
  | 'DUPLICATE_ID'
  | 'BASIS_SHAPE'
  | 'SHAPE'
  | 'OVERRIDE_REQUIRED'
  | 'MANDATORY_REMOVED'
  | 'MANDATORY_LOOSENED'
  | 'NOTHING_TO_DISABLE'
  | 'UNKNOWN_REFERENCE'
  | 'THRESHOLD_NOT_SET'
  | 'FILE_REFERENCE_MISSING'
  | 'FILE_REFERENCE_OUTSIDE'
  // A form schema the host's strict check refuses (remote $ref, unsafe pattern, too deep…).
  | 'FORM_SCHEMA_REFUSED'
  | 'UNREGISTERED_EXTENSION'
  // A tenant's regional holiday overlay.
  | 'CALENDAR_DATE'
  // Conditions.
  | 'CONDITION_SHAPE'
  | 'CONDITION_TOO_DEEP'
  | 'CONDITION_VALUE'
  | 'UNKNOWN_FACT'
  | 'UNKNOWN_OPERATOR'
  | 'UNSAFE_PATH'
  | 'UNSAFE_REGEX';

/**
 * One problem in a configuration file, located precisely enough that an administrator who does not read code
 * can open the file, go to the line and fix it.
 */
export interface ConfigIssue {
  /** The file's path as the caller gave it (not resolved), so it matches what the admin typed. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units, as editors count columns. */
  column: number;
  /** RFC 6901 JSON pointer to the value in question; "" is the whole document. */
  pointer: string;
  code: ConfigIssueCode;
  message: LocalText;
}

/** One line: `<file>:<line>:<col> <json-pointer> <zh message> / <en message>` */
export function formatIssue(issue: ConfigIssue): string {
  return `${issue.file}:${issue.line}:${issue.column} ${issue.pointer} ${issue.message.zh} / ${issue.message.en}`;
}

/** Orders issues as an editor would list them: by file, then by position, with a file's summary last. */
export function compareIssues(a: ConfigIssue, b: ConfigIssue): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const summaryLast = Number(a.code === 'TOO_MANY_ISSUES') - Number(b.code === 'TOO_MANY_ISSUES');
  return summaryLast || a.line - b.line || a.column - b.column;
}

const PREVIEW_LIMIT = 60;

/** A value quoted for a message, shortened so that a huge string cannot flood the admin's screen. */
export function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > PREVIEW_LIMIT ? `${text.slice(0, PREVIEW_LIMIT - 1)}…` : text;
}

/** Lists choices for a message; long lists are cut so the line stays readable. */
export function listChoices(choices: readonly string[], separator: string, limit = 12): string {
  const shown = choices.slice(0, limit).join(separator);
  return choices.length > limit ? `${shown}${separator}…` : shown;
}

/** More issues than this in one file are summarised: nobody reads them, and locating each one costs time. */
export const MAX_ISSUES_PER_FILE = 100;

/** Keeps the first `MAX_ISSUES_PER_FILE` of `total` issues and says how many were left out. */
export function capIssues(file: string, issues: ConfigIssue[], total = issues.length): ConfigIssue[] {
  if (total <= MAX_ISSUES_PER_FILE) return issues;
  const omitted = total - MAX_ISSUES_PER_FILE;
  return [
    ...issues.slice(0, MAX_ISSUES_PER_FILE),
    {
      file, line: 1, column: 1, pointer: '', code: 'TOO_MANY_ISSUES',
      message: { zh: `另有 ${omitted} 个问题未列出；请先修正以上问题`, en: `${omitted} more issues not listed; fix the ones above first` },
    },
  ];
}

/** Applies the per-file cap to issues gathered from many files, keeping an editor's order. */
export function capIssuesPerFile(issues: readonly ConfigIssue[]): ConfigIssue[] {
  const byFile = new Map<string, ConfigIssue[]>();
  for (const issue of issues) {
    const list = byFile.get(issue.file) ?? [];
    list.push(issue);
    byFile.set(issue.file, list);
  }
  const capped: ConfigIssue[] = [];
  for (const [file, list] of byFile) {
    const ordinary = list.filter((issue) => issue.code !== 'TOO_MANY_ISSUES').sort(compareIssues);
    // A summary made upstream already counts what it left out; it is kept unless the file is capped again here.
    const summaries = list.filter((issue) => issue.code === 'TOO_MANY_ISSUES');
    capped.push(...(ordinary.length > MAX_ISSUES_PER_FILE ? capIssues(file, ordinary) : [...ordinary, ...summaries]));
  }
  return capped.sort(compareIssues);
}
