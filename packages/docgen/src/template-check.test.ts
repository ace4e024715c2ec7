import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, loadNationalTemplate } from './document-kinds.ts';
import { checkTemplate, describeProblem, type TemplateCheck } from './template-check.ts';
import { templateWith, templateWithXml } from './test-docx.ts';
import { compressedItem, writeZip } from './zip-writer.mjs';

const DOCUMENT = 'word/document.xml';

async function refused(paragraphs: string[], footer?: string[]): Promise<TemplateCheck> {
  const check = checkTemplate(await templateWith(paragraphs, footer));
  expect(check.ok).toBe(false);
  return check;
}

describe('checkTemplate refuses hostile templates, naming the command and its place', () => {
  it.each([
    ['INS this.constructor.constructor("return process")().version', /constructor/],
    ['EXEC require("child_process").execSync("id")', /EXEC/],
    ['INS a.__proto__', /__proto__/],
    ['INS party["name"]', /Brackets/],
    ['IMAGE qrCode(party.name)', /IMAGE/],
    ['INS 1+1', /operator "\+"/],
    ['HTML "<script>alert(1)</script>"', /HTML/],
    ['LINK ({ url: "https://evil.example" })', /LINK/],
    ['party.name', /starts with INS/],
  ])('+++%s+++', async (command, reason) => {
    const check = await refused(['行政处罚决定书', `当事人：+++${command}+++。`]);
    expect(check.problems).toHaveLength(1);
    const [problem] = check.problems;
    expect(problem?.command).toBe(command);
    expect(problem?.location).toEqual({ part: DOCUMENT, paragraph: 2, text: `当事人：+++${command}+++。` });
    expect(problem?.message.en).toMatch(reason);
    expect(problem?.message.zh).not.toBe('');
    expect(describeProblem(problem!)).toContain(`[${DOCUMENT} ¶2] +++${command}+++ — `);
  });

  it('reports an unbalanced FOR, a stray END-FOR and a mismatched END-IF', async () => {
    const check = await refused(['+++FOR item IN items+++', '+++INS $item.name+++', '+++END-IF+++', '+++END-FOR other+++']);
    const lines = check.problems.map((problem) => `${problem.location?.paragraph} ${problem.command}: ${problem.message.en}`);
    expect(lines).toEqual([
      '3 END-IF: END-IF does not close the innermost open "FOR item IN items".',
      '4 END-FOR other: END-FOR other does not close the innermost open "FOR item IN items".',
      '1 FOR item IN items: "FOR item IN items" is never closed by END-FOR item.',
    ]);
  });

  it('reports an IF never closed and an END-FOR with nothing open', async () => {
    const check = await refused(['+++IF present(a)+++', '+++END-FOR x+++']);
    expect(check.problems.map((problem) => problem.message.en)).toEqual([
      'END-FOR x does not close the innermost open "IF present(a)".',
      '"IF present(a)" is never closed by END-IF.',
    ]);
    const stray = await refused(['+++END-FOR x+++']);
    expect(stray.problems[0]?.message.en).toBe('END-FOR x has no matching opening command.');
  });

  it('refuses a loop variable used outside its loop', async () => {
    const check = await refused(['+++INS $item.name+++', '+++FOR item IN items+++', '+++INS $idx+++ +++INS $other+++', '+++END-FOR item+++', '+++INS $idx+++']);
    expect(check.problems.map((problem) => `${problem.location?.paragraph} ${problem.command}`)).toEqual(['1 INS $item.name', '3 INS $other', '5 INS $idx']);
  });

  it('reassembles a command Word split across runs', async () => {
    const runs = ['+++IN', 'S a.__pro', 'to__+', '++'].map((text, index) => `<w:r>${index === 1 ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t>${text}</w:t></w:r>`);
    const check = checkTemplate(await templateWithXml(`<w:p><w:r><w:t>当事人：</w:t></w:r>${runs.join('')}</w:p>`));
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]).toMatchObject({ command: 'INS a.__proto__', location: { part: DOCUMENT, paragraph: 1, text: '当事人：+++INS a.__proto__+++' } });
  });

  it('decodes character references before looking for delimiters', async () => {
    const check = checkTemplate(await templateWithXml('<w:p><w:r><w:t>&#43;&#x2B;+EXEC x&#43;++</w:t></w:r></w:p>'));
    expect(check.problems[0]).toMatchObject({ command: 'EXEC x' });
  });

  it('scans headers and footers, and commands that run on into the next paragraph', async () => {
    const footer = await refused(['+++INS documentNumber+++'], ['第 +++EXEC x+++ 页']);
    expect(footer.problems[0]).toMatchObject({ command: 'EXEC x', location: { part: 'word/footer1.xml', paragraph: 1 } });
    const spanning = await refused(['+++INS party.', 'name+++']);
    expect(spanning.problems[0]).toMatchObject({ command: 'INS party. name', location: { paragraph: 1 } });
    const unclosed = await refused(['+++INS party.name']);
    expect(unclosed.problems[0]?.message.en).toMatch(/no closing \+\+\+/);
  });

  it('refuses malformed XML at upload rather than at render', async () => {
    const check = checkTemplate(await templateWithXml('<w:p><w:r><w:t>+++INS a+++</w:r></w:t></w:p>'));
    expect(check.problems[0]?.message.en).toMatch(/Malformed XML: <\/w:r> closes nothing open/);
  });

  it('refuses DOCTYPE declarations and a file without word/document.xml', () => {
    const doctype = writeZip([compressedItem(DOCUMENT, new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "+++EXEC x+++">]><w:document><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>'))]);
    expect(checkTemplate(doctype).problems[0]?.message.en).toMatch(/DOCTYPE/);
    const notWord = checkTemplate(writeZip([compressedItem('xl/workbook.xml', new TextEncoder().encode('<workbook/>'))]));
    expect(notWord.problems[0]?.message.en).toMatch(/no word\/document\.xml/);
  });
});

describe('checkTemplate accepts the template language', () => {
  it('lists every command of a valid template with its type and place', async () => {
    const check = checkTemplate(await templateWith(['当事人：+++= party.name+++', '+++FOR e IN evidence+++', '+++INS oneBased($idx)+++．+++INS $e.name+++', '+++END-FOR e+++', '+++IF present(x)+++有+++END-IF+++']));
    expect(check).toMatchObject({ ok: true, problems: [] });
    expect(check.commands.map((command) => `${command.location.paragraph} ${command.type} ${command.command}`)).toEqual([
      '1 INS = party.name', '2 FOR FOR e IN evidence', '3 INS INS oneBased($idx)', '3 INS INS $e.name', '4 END-FOR END-FOR e', '5 IF IF present(x)', '5 END-IF END-IF',
    ]);
  });

  it.each(DOCUMENT_KINDS.map((kind) => [kind.kind]))('the national %s template passes', async (kind) => {
    const check = checkTemplate(await loadNationalTemplate(kind));
    expect(check.problems.map(describeProblem)).toEqual([]);
    expect(check.commands.length).toBeGreaterThan(5);
  });
});
