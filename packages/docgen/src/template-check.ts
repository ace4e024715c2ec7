import type { LocalText } from '@sanxiang/errors';
import { parseCommand, type Command, type Expression } from './command-grammar.mjs';
import { COMMAND_DELIMITER, scanPart, type TemplateLocation } from './word-text.ts';
import { DEFAULT_ZIP_LIMITS, readZip, type ZipLimits } from './zip-guard.ts';

export type { TemplateLocation } from './word-text.ts';
export type CommandType = Command['type'];

export interface TemplateProblem {
  /** The command as written between the delimiters; null for a problem of the file itself (size, zip bomb). */
  command: string | null;
  location: TemplateLocation | null;
  message: LocalText;
}

export interface TemplateCommand {
  command: string;
  /** null when the command is not part of the template language. */
  type: CommandType | null;
  location: TemplateLocation;
}

export interface TemplateCheck {
  ok: boolean;
  problems: TemplateProblem[];
  commands: TemplateCommand[];
}

type OpenBlock = { type: 'FOR'; variable: string; command: string; location: TemplateLocation } | { type: 'IF'; command: string; location: TemplateLocation };

const MAIN_DOCUMENT = 'word/document.xml';
// Every part whose name mentions .xml: a superset of what docx-templates would treat as a template part
// (its own pattern, /word\/[^/]+\.xml/, is not anchored).
const SCANNED_PART = /\.xml/i;
const utf8 = new TextDecoder('utf-8');

function rootOf(expression: Expression): string {
  const path = expression.kind === 'path' ? expression : expression.path;
  return path.segments[0] ?? '';
}

/** Loop variables are only meaningful inside their FOR: `$item` outside `FOR item` would read nothing. */
function scopeProblem(root: string, open: OpenBlock[]): LocalText | null {
  if (!root.startsWith('$')) return null;
  const loops = open.filter((block) => block.type === 'FOR');
  if (root === '$idx') {
    return loops.length > 0 ? null : { zh: '$idx 只能在 FOR 循环内使用。', en: '$idx can only be used inside a FOR loop.' };
  }
  const variable = root.slice(1);
  return loops.some((block) => block.variable === variable)
    ? null
    : { zh: `${root} 不在“FOR ${variable} IN …”循环之内。`, en: `${root} is used outside a "FOR ${variable} IN …" loop.` };
}

/** Checks the commands of one part in order: each against the grammar, then FOR/IF nesting and loop scope. */
function checkPartCommands(found: Array<{ text: string; location: TemplateLocation }>, problems: TemplateProblem[], commands: TemplateCommand[]): void {
  const open: OpenBlock[] = [];
  for (const { text, location } of found) {
    const command = text.trim();
    const parsed = parseCommand(command);
    commands.push({ command, type: parsed.ok ? parsed.value.type : null, location });
    if (!parsed.ok) {
      problems.push({ command, location, message: parsed.reason });
      continue;
    }
    const value = parsed.value;
    const report = (message: LocalText): void => {
      problems.push({ command, location, message });
    };
    switch (value.type) {
      case 'INS':
      case 'IF': {
        const scope = scopeProblem(rootOf(value.expression), open);
        if (scope) report(scope);
        if (value.type === 'IF') open.push({ type: 'IF', command, location });
        break;
      }
      case 'FOR': {
        const scope = scopeProblem(value.path.segments[0] ?? '', open);
        if (scope) report(scope);
        if (open.some((block) => block.type === 'FOR' && block.variable === value.variable)) {
          report({ zh: `循环变量 ${value.variable} 已被外层循环使用。`, en: `The loop variable ${value.variable} is already used by an enclosing loop.` });
        }
        open.push({ type: 'FOR', variable: value.variable, command, location });
        break;
      }
      case 'END-FOR':
      case 'END-IF': {
        const top = open.at(-1);
        const matches = value.type === 'END-IF' ? top?.type === 'IF' : top?.type === 'FOR' && top.variable === value.variable;
        if (matches) {
          open.pop();
          break;
        }
        report(top
          ? { zh: `${command} 与最近未结束的“${top.command}”不匹配。`, en: `${command} does not close the innermost open "${top.command}".` }
          : { zh: `${command} 没有对应的开始命令。`, en: `${command} has no matching opening command.` });
        break;
      }
    }
  }
  for (const block of open) {
    const closer = block.type === 'FOR' ? `END-FOR ${block.variable}` : 'END-IF';
    problems.push({
      command: block.command,
      location: block.location,
      message: { zh: `“${block.command}”缺少对应的 ${closer}。`, en: `"${block.command}" is never closed by ${closer}.` },
    });
  }
}

/**
 * The upload check for a .docx template: zip limits first (nothing is inflated past them), then every command in
 * every XML part against the template language. `ok` is true only when there is no problem at all.
 */
export function checkTemplate(buffer: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): TemplateCheck {
  const zip = readZip(buffer, limits);
  if (!zip.ok) return { ok: false, problems: [{ command: null, location: null, message: zip.problem }], commands: [] };
  const problems: TemplateProblem[] = [];
  const commands: TemplateCommand[] = [];
  if (!zip.value.has(MAIN_DOCUMENT)) {
    problems.push({ command: null, location: null, message: { zh: '文件中没有 word/document.xml，不是 Word 文档。', en: 'The file has no word/document.xml; it is not a Word document.' } });
  }
  const parts = [...zip.value.keys()].filter((name) => SCANNED_PART.test(name)).sort((a, b) => (a === MAIN_DOCUMENT ? -1 : b === MAIN_DOCUMENT ? 1 : a.localeCompare(b)));
  for (const part of parts) {
    const xml = utf8.decode(zip.value.get(part));
    if (!xml.includes('<w:t') && !xml.includes('<!')) continue;
    const scan = scanPart(part, xml);
    problems.push(...scan.problems);
    checkPartCommands(scan.commands, problems, commands);
  }
  return { ok: problems.length === 0, problems, commands };
}

/** One line per problem, in both languages, for the command line and logs. */
export function describeProblem(problem: TemplateProblem): string {
  const place = problem.location ? `${problem.location.part} ¶${problem.location.paragraph}` : '(file)';
  const command = problem.command === null ? '' : ` ${COMMAND_DELIMITER}${problem.command}${COMMAND_DELIMITER}`;
  return `[${place}]${command} — ${problem.message.zh} / ${problem.message.en}`;
}
