import { describe, expect, it } from 'vitest';
import { parseCommand, parseExpression } from './command-grammar.mjs';

const refusal = (command: string): string => {
  const parsed = parseCommand(command);
  if (parsed.ok) throw new Error(`${command} was accepted`);
  return `${parsed.reason.zh} ${parsed.reason.en}`;
};

describe('parseCommand accepts the template language', () => {
  it.each([
    ['INS party.name', { type: 'INS', expression: { kind: 'path', segments: ['party', 'name'] } }],
    ['= party.name', { type: 'INS', expression: { kind: 'path', segments: ['party', 'name'] } }],
    ['=evidence.0.name', { type: 'INS', expression: { kind: 'path', segments: ['evidence', '0', 'name'] } }],
    ['INS $e.description', { type: 'INS', expression: { kind: 'path', segments: ['$e', 'description'] } }],
    ['INS amountInChineseCapitals(penalty.fineAmount)', { type: 'INS', expression: { kind: 'call', formatter: 'amountInChineseCapitals', path: { kind: 'path', segments: ['penalty', 'fineAmount'] }, literals: [] } }],
    ['INS list(penalty.types, "；")', { type: 'INS', expression: { kind: 'call', formatter: 'list', path: { kind: 'path', segments: ['penalty', 'types'] }, literals: ['；'] } }],
    ['INS list(penalty.types, ‘，’)', { type: 'INS', expression: { kind: 'call', formatter: 'list', path: { kind: 'path', segments: ['penalty', 'types'] }, literals: ['，'] } }],
    ['IF notice.hearingOffered', { type: 'IF', expression: { kind: 'path', segments: ['notice', 'hearingOffered'] } }],
    ['IF present(party.legalRepresentative)', { type: 'IF', expression: { kind: 'call', formatter: 'present', path: { kind: 'path', segments: ['party', 'legalRepresentative'] }, literals: [] } }],
    ['END-IF', { type: 'END-IF' }],
    ['FOR item IN items', { type: 'FOR', variable: 'item', path: { kind: 'path', segments: ['items'] } }],
    ['FOR x IN $item.parts', { type: 'FOR', variable: 'x', path: { kind: 'path', segments: ['$item', 'parts'] } }],
    ['END-FOR item', { type: 'END-FOR', variable: 'item' }],
    ['  INS   a_b.$c  ', { type: 'INS', expression: { kind: 'path', segments: ['a_b', '$c'] } }],
  ])('%s', (command, expected) => {
    expect(parseCommand(command)).toEqual({ ok: true, value: expected });
  });
});

describe('parseCommand refuses everything else, saying why', () => {
  it.each([
    ['INS this.constructor.constructor("return process")().version', /constructor/],
    ['EXEC process.exit(1)', /EXEC/],
    ['!process.exit(1)', /EXEC/],
    ['INS a.__proto__', /__proto__/],
    ['INS a.__PROTO__.x', /__PROTO__/],
    ['INS a.Constructor', /Constructor/],
    ['INS items.prototype', /prototype/],
    ['INS a.__defineGetter__', /__defineGetter__/],
    ['INS party["name"]', /方括号|Brackets/],
    ['INS party[0]', /Brackets/],
    ['IMAGE qr(party.name)', /IMAGE/],
    ['LINK { url: "x" }', /LINK/],
    ['HTML "<b>x</b>"', /HTML/],
    ['QUERY { a }', /QUERY/],
    ['ALIAS n INS x', /ALIAS/],
    ['*n', /ALIAS/],
    ['INS 1+1', /运算符|operator "\+"/],
    ['INS a - b', /Only|operator|spaces/],
    ['INS a ? b : c', /spaces|operator/],
    ['INS party.name + "x"', /spaces|operator|Strings/],
    ['INS `x${a}`', /Strings/],
    ['INS "text"', /Strings/],
    ['INS a; b', /"[;]"|spaces/],
    ['INS require("fs")', /not an allowed formatter/],
    ['INS eval(a)', /not an allowed formatter/],
    ['INS yuan(date(a))', /Only whitelisted formatters/],
    ['INS yuan(a, 2)', /at most 0/],
    ['INS list(a, b)', /numbers or quoted texts/],
    ['INS process.version', /JavaScript runtime/],
    ['INS this', /JavaScript runtime/],
    ['INS globalThis.x', /JavaScript runtime/],
    ['INS 0.name', /not a valid name/],
    ['INS a..b', /empty segment/],
    ['INS a.名称', /not a valid name/],
    ['INS', /missing/],
    ['party.name', /starts with INS/],
    ['ins party.name', /capitals/],
    ['FOR item items', /FOR name IN path/],
    ['FOR $item IN items', /not a valid loop variable/],
    ['FOR item IN yuan(items)', /Only whitelisted|Brackets|formatter/],
    ['END-FOR', /must name/],
    ['END-IF x', /nothing after/],
  ])('%s', (command, reason) => {
    expect(refusal(command)).toMatch(reason);
  });

  it('refuses over-long commands', () => {
    expect(refusal(`INS ${'a.'.repeat(200)}a`)).toMatch(/too long/);
  });
});

describe('parseExpression (what the worker re-checks)', () => {
  it('accepts paths and whitelisted calls only', () => {
    expect(parseExpression('party.name').ok).toBe(true);
    expect(parseExpression('present(x)').ok).toBe(true);
    expect(parseExpression('x.constructor').ok).toBe(false);
    expect(parseExpression('(function(){})()').ok).toBe(false);
  });
});
