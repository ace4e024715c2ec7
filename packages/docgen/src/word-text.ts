import type { LocalText } from '@sanxiang/errors';

/** Where a command sits: the zip part, the paragraph (1-based, in document order) and that paragraph's text. */
export interface TemplateLocation {
  part: string;
  paragraph: number;
  text: string;
}

export interface FoundCommand {
  text: string;
  location: TemplateLocation;
}

export interface PartScan {
  commands: FoundCommand[];
  /** Problems of the XML itself, or a command left open. */
  problems: Array<{ command: string | null; location: TemplateLocation; message: LocalText }>;
}

export const COMMAND_DELIMITER = '+++';
const EXCERPT_LENGTH = 80;
const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[|<!|<(\/?)([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)|</y;
const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));|&/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeText(raw: string): string | null {
  let bad = false;
  const text = raw.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name] ?? '';
    const code = hex ? Number.parseInt(hex, 16) : dec ? Number(dec) : Number.NaN;
    if (!Number.isInteger(code) || code > 0x10ffff) {
      bad = true;
      return whole;
    }
    return String.fromCodePoint(code);
  });
  return bad ? null : text;
}

/**
 * Finds the commands of one XML part exactly as docx-templates will see them. Word splits a paragraph's text over
 * many runs (`<w:r><w:t>`), and docx-templates reads the `w:t` texts of a part as one stream in which the delimiter
 * state carries across runs and paragraphs (a new paragraph inside a command adds a space). This scanner repeats
 * that character by character, so `+++INS par` in one run and `ty.name+++` in the next is one command here as well.
 */
export function scanPart(part: string, xml: string): PartScan {
  const { commands, problems, paragraphText } = scan(xml);
  const place = (paragraph: number): TemplateLocation => {
    const full = paragraphText[paragraph] ?? '';
    return { part, paragraph, text: full.length > EXCERPT_LENGTH ? `${full.slice(0, EXCERPT_LENGTH)}…` : full };
  };
  return {
    commands: commands.map((c) => ({ text: c.text, location: place(c.paragraph) })),
    problems: problems.map((p) => ({ command: p.command, location: place(p.paragraph), message: p.message })),
  };
}

/** The text of every paragraph of a part, in document order (paragraph n is element n - 1). */
export function scanParagraphs(xml: string): string[] {
  return scan(xml).paragraphText.slice(1);
}

interface Scan {
  commands: Array<{ text: string; paragraph: number }>;
  problems: Array<{ command: string | null; paragraph: number; message: LocalText }>;
  /** Index 0 holds text outside any paragraph. */
  paragraphText: string[];
}

function scan(xml: string): Scan {
  const commands: Array<{ text: string; paragraph: number }> = [];
  const problems: Array<{ command: string | null; paragraph: number; message: LocalText }> = [];
  const paragraphText: string[] = [''];
  const openParagraphs: number[] = [];
  const elements: string[] = [];
  let paragraphCount = 0;
  let inCommand = false;
  let partial = 0;
  let current = '';
  let commandParagraph = 0;
  const here = (): number => openParagraphs.at(-1) ?? 0;

  const feed = (text: string): void => {
    paragraphText[here()] += text;
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i] ?? '';
      if (c === COMMAND_DELIMITER[partial]) {
        partial += 1;
        if (partial < COMMAND_DELIMITER.length) continue;
        partial = 0;
        if (inCommand) commands.push({ text: current, paragraph: commandParagraph });
        else commandParagraph = here();
        inCommand = !inCommand;
        current = '';
      } else {
        // As docx-templates does: a broken delimiter becomes text, and the breaking character is not re-examined.
        if (inCommand) current += COMMAND_DELIMITER.slice(0, partial) + c;
        partial = 0;
      }
    }
  };

  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex;
    const token = TOKEN.exec(xml);
    if (!token) break;
    const [whole, closing, name, attributes, text] = token;
    if (whole.startsWith('<!--') || whole.startsWith('<?')) continue;
    if (whole === '<![CDATA[' || whole === '<!' || whole === '<') {
      problems.push({
        command: null,
        paragraph: here(),
        message: whole === '<'
          ? { zh: `XML 格式错误（位置 ${at}）。`, en: `Malformed XML (offset ${at}).` }
          : { zh: '文档中不允许出现 DOCTYPE、实体声明或 CDATA 段。', en: 'DOCTYPE, entity declarations and CDATA sections are not allowed.' },
      });
      break;
    }
    if (name !== undefined) {
      const selfClosing = attributes?.endsWith('/') ?? false;
      if (closing) {
        if (elements.pop() !== name) {
          problems.push({ command: null, paragraph: here(), message: { zh: `XML 格式错误：</${name}> 没有对应的开始标签。`, en: `Malformed XML: </${name}> closes nothing open.` } });
          break;
        }
        if (name === 'w:p') openParagraphs.pop();
        continue;
      }
      if (name === 'w:p') {
        paragraphCount += 1;
        paragraphText[paragraphCount] = '';
        if (inCommand) current += ' ';
        if (!selfClosing) openParagraphs.push(paragraphCount);
      }
      if (!selfClosing) elements.push(name);
      continue;
    }
    if (text !== undefined && elements.at(-1) === 'w:t') {
      const decoded = decodeText(text);
      if (decoded === null) {
        problems.push({ command: null, paragraph: here(), message: { zh: '文字中有无效的字符引用。', en: 'The text has an invalid character reference.' } });
        break;
      }
      feed(decoded);
    }
  }
  if (inCommand) {
    problems.push({
      command: current.trim(),
      paragraph: commandParagraph,
      message: { zh: '命令没有结束分隔符 +++。', en: 'The command has no closing +++ delimiter.' },
    });
  }
  return { commands, problems, paragraphText };
}
