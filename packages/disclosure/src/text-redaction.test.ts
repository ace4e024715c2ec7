import { describe, expect, it } from 'vitest';
import { redactText, type SensitiveNumberKind } from './text-redaction.ts';

/** The kinds found, in order, and the text after masking. */
function scan(text: string, keep?: string[]): { kinds: SensitiveNumberKind[]; text: string } {
  const result = redactText(text, keep ? { keep } : {});
  return { kinds: result.findings.map((f) => f.kind), text: result.text };
}

// Valid numbers, check digits computed independently (see sensitive-number-arbitraries.ts).
const ID = '430502199003073215';
const ID_X = '11010519491231002X';
const CARD = '6222021234567890128';

describe('resident ID numbers', () => {
  it('masks the issue example: full-width digits and Ｘ, then a spaced full-width mobile', () => {
    const { kinds, text } = scan('身份证号码４３０５０２１９９００３０７３２１Ｘ，电话１３８ ０７３９ １２３４');
    expect(text).toBe('身份证号码******************，电话*** **** ****');
    // The number fails its check digit; it is masked all the same, as an unverified long number.
    expect(kinds).toEqual(['LONG_NUMBER', 'MOBILE']);
  });

  it('recognises a valid ID number glued to Chinese text, and one ending in x or ×', () => {
    expect(scan(`当事人${ID}于`)).toEqual({ kinds: ['ID_NUMBER'], text: '当事人******************于' });
    expect(scan(`号${ID_X.toLowerCase()}号`).kinds).toEqual(['ID_NUMBER']);
    expect(scan(`号${ID_X.replace('X', '×')}。`).text).toBe('号******************。');
  });

  it('follows an ID number across line breaks, indentation and mixed separators', () => {
    expect(scan('身份证：430502\n19900307\n3215').text).toBe('身份证：******\n********\n****');
    expect(scan('430502 1990-0307.32\r\n  15').kinds).toEqual(['ID_NUMBER']);
    expect(scan('４３０５０２\u200b１９９００３０７３２１５').kinds).toEqual(['ID_NUMBER']);
  });

  it('masks an ID number with a wrong check digit, since a typo still identifies the person', () => {
    const { kinds, text } = scan('身份证号430502199003073210。');
    expect(text).toBe('身份证号******************。');
    expect(kinds).toEqual(['LONG_NUMBER']);
  });

  it('recognises a 15-digit old-style number', () => {
    expect(scan('旧证号430502900307321').kinds).toEqual(['ID_NUMBER']);
  });

  it('masks digits written in other scripts: mathematical and circled forms', () => {
    const fancy = Array.from(ID, (d) => String.fromCodePoint(0x1d7ce + Number(d))).join('');
    const result = redactText(`号${fancy}号`);
    expect(result.text).toBe(`号${'*'.repeat(18)}号`);
    expect(result.findings).toEqual([{ kind: 'ID_NUMBER', start: 1, end: 1 + fancy.length }]);
  });
});

describe('mobile numbers', () => {
  it.each([
    ['13807391234', '***********'],
    ['+86 138 0739 1234', '+** *** **** ****'],
    ['+86-138-0739-1234', '+**-***-****-****'],
    ['8613807391234', '*************'],
    ['(+86)138.0739.1234', '(+**)***.****.****'],
    ['１３８－０７３９－１２３４', '***－****－****'],
  ])('masks %s', (input, masked) => {
    expect(scan(`电话${input}联系`)).toEqual({ kinds: ['MOBILE'], text: `电话${masked}联系` });
  });

  it('reports offsets in the original text, prefix included', () => {
    const text = '请拨+86 138 0739 1234。';
    const [finding] = redactText(text).findings;
    expect(finding && text.slice(finding.start, finding.end)).toBe('+86 138 0739 1234');
  });
});

describe('landlines', () => {
  it.each([
    ['(0739)5201234-8', '(****)*******-*'],
    ['（０７３９）５２０１２３４', '（****）*******'],
    ['0739-5201234', '****-*******'],
    ['010 62345678', '*** ********'],
    ['021-62345678-1234', '***-********-****'],
  ])('masks %s', (input, masked) => {
    expect(scan(`联系${input}。`)).toEqual({ kinds: ['LANDLINE'], text: `联系${masked}。` });
  });

  it('masks a local number without area code only after a phone word', () => {
    expect(scan('联系电话：5201234').text).toBe('联系电话：*******');
    expect(scan('TEL 5201234').text).toBe('TEL *******');
    expect(scan('手机号码为 5201234').text).toBe('手机号码为 *******');
    expect(scan('违法所得5201234元').kinds).toEqual([]);
  });
});

describe('bank card and account numbers', () => {
  it.each([CARD, '6222-0212-3456-7890-128', '6222 0212 3456 7890 128', '６２２２０２１２３４５６７８９０１２８'])(
    'masks %s as a bank account',
    (input) => {
      const { kinds, text } = scan(`卡号${input}。`);
      expect(kinds).toEqual(['BANK_ACCOUNT']);
      expect(text).not.toMatch(/[0-9０-９]/);
    },
  );

  it('masks a 16-digit run that fails Luhn, and a short account after an account word', () => {
    expect(scan('4111 1111 1111 1112').kinds).toEqual(['LONG_NUMBER']);
    expect(scan('开户账号：12345678901').kinds).toEqual(['BANK_ACCOUNT']);
  });
});

describe('public text survives', () => {
  it.each([
    '邵市监处罚〔2025〕123号',
    '罚款50000元，没收违法所得1,234,567.89元',
    '2025年10月13日',
    '2025-10-13',
    '2025.10.13 14:30',
    '统一社会信用代码：91430500MA4L000000',
    '2025-10-13 91430500MA4L000004',
    '统一社会信用代码914305001234567816',
    '统一社会信用代码91430500123456783C',
    '依据《食品安全法》第一百二十四条第一款第（五）项',
    '投诉举报电话12315',
    'GB 2760-2014',
    'Xiaomi 13 Pro',
  ])('leaves %s alone', (input) => {
    expect(scan(input)).toEqual({ kinds: [], text: input });
  });

  it('keeps numbers the tenant declares public', () => {
    expect(scan('本局电话0739-5201234', ['07395201234']).kinds).toEqual([]);
    expect(scan('当事人电话0739-5201235', ['07395201234']).kinds).toEqual(['LANDLINE']);
  });

  it('lets an all-digit credit code through only when the text announces it, since digits glued together can pass any check', () => {
    expect(scan('统一社会信用代码：914305001234567816').kinds).toEqual([]);
    expect(scan('编号914305001234567816').kinds).toEqual(['LONG_NUMBER']);
    expect(scan('统一社会信用代码 9143 0500 1234 5678 16').kinds).toEqual(['LONG_NUMBER']);
  });

  it('masks a run of 15 or more digits even when it is nothing known', () => {
    expect(scan('编号 123456789012345').kinds).toEqual(['LONG_NUMBER']);
  });
});

describe('shape of the output', () => {
  it('keeps separators and line breaks inside the mask', () => {
    expect(scan(`${CARD.slice(0, 8)}\n${CARD.slice(8)}`).text).toBe('********\n***********');
  });

  it('treats numbers more than four separators apart as separate numbers', () => {
    expect(scan('4305 0219 9003     0732 15').kinds).toEqual([]);
  });

  it('returns the text unchanged, same string, when there is nothing to mask', () => {
    const text = '当事人于2025年10月13日接受调查。';
    expect(redactText(text)).toEqual({ text, findings: [] });
  });
});

describe('scale', () => {
  it('scans a megabyte of decision text in one linear pass (timing printed, not asserted)', () => {
    const block = `当事人张三，身份证号码${ID}，电话138 0739 1234，于2025年10月13日在邵阳市大祥区经营，罚款50000元。\n`;
    const repeats = Math.ceil(1_000_000 / block.length);
    const text = block.repeat(repeats);
    const started = performance.now();
    const result = redactText(text);
    const ms = performance.now() - started;
    console.log(`redactText: ${(text.length / 1e6).toFixed(2)} M chars, ${result.findings.length} findings, ${ms.toFixed(0)} ms`);
    expect(result.findings).toHaveLength(repeats * 2);
  });

  it('stays linear on adversarial input: one endless digit run, and endless separators and plus signs', () => {
    for (const text of ['1 '.repeat(500_000), '+-'.repeat(500_000), '电话：1'.repeat(250_000), 'X1'.repeat(500_000)]) {
      const started = performance.now();
      const result = redactText(text);
      console.log(`redactText adversarial ${JSON.stringify(text.slice(0, 4))}…: ${(performance.now() - started).toFixed(0)} ms`);
      expect(result.text).toHaveLength(text.length);
    }
  });
});
