import type { BasisEntry, LocalText } from './config-kinds.ts';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 六十三 → 63, 一百二十二 → 122, 十 → 10. Undefined for anything else. */
export function chineseNumeral(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const char of text) {
    const value = DIGITS[char];
    if (value !== undefined) {
      digit = value;
      continue;
    }
    const unit = UNITS[char];
    if (unit === undefined) return undefined;
    total += (digit ?? 1) * unit;
    digit = undefined;
  }
  return total + (digit ?? 0);
}

// Laws cited often enough that a reader expects their usual English names.
const ENGLISH_LAWS: Record<string, string> = {
  行政处罚法: 'Administrative Penalty Law',
  行政强制法: 'Administrative Coercion Law',
  行政许可法: 'Administrative Licensing Law',
  民法典: 'Civil Code',
  民事诉讼法: 'Civil Procedure Law',
  食品安全法: 'Food Safety Law',
  产品质量法: 'Product Quality Law',
};

/** 《中华人民共和国行政处罚法》 → 行政处罚法: the short title people say. */
function shortTitle(law: string): string {
  return law.replace(/^《/u, '').replace(/》$/u, '').replace(/^中华人民共和国/u, '');
}

const NUMERAL = '[零〇一二三四五六七八九十百千]+';

/** 第六十三条第一款第（一）项 → art. 63(1)(i)-style English: art. 63 para. 1 item (1). */
function articleEnglish(article: string): string {
  const match = new RegExp(`^第(${NUMERAL})条(.*)$`, 'u').exec(article);
  if (!match?.[1]) return article;
  const number = chineseNumeral(match[1]);
  if (number === undefined) return article;
  const rest = (match[2] ?? '')
    .replace(new RegExp(`第(${NUMERAL})款`, 'gu'), (_, text: string) => ` para. ${chineseNumeral(text) ?? text}`)
    .replace(new RegExp(`第（(${NUMERAL})）项`, 'gu'), (_, text: string) => ` item (${chineseNumeral(text) ?? text})`)
    .replace(new RegExp(`第(${NUMERAL})项`, 'gu'), (_, text: string) => ` item ${chineseNumeral(text) ?? text}`);
  return `art. ${number}${rest}`;
}

/** One basis entry as a reader sees it: 《行政处罚法》第六十三条 / Administrative Penalty Law art. 63. */
export function citeOne(entry: BasisEntry): LocalText {
  if (entry.law) {
    const short = shortTitle(entry.law);
    const article = entry.article ?? '';
    return { zh: `《${short}》${article}`, en: `${ENGLISH_LAWS[short] ?? `《${short}》`} ${articleEnglish(article)}`.trim() };
  }
  if (entry.document) {
    const section = entry.section ? ` ${entry.section}` : '';
    const name = documentName(entry.document);
    return { zh: `${name}${section}`, en: `${name}${section}` };
  }
  if (entry.seed) {
    const section = entry.section ? ` ${entry.section}` : '';
    return { zh: `种子文件 ${entry.seed}${section}`, en: `seed ${entry.seed}${section}` };
  }
  return { zh: entry.note ?? '（无依据）', en: entry.note ?? '(no basis)' };
}

/** 《国务院办公厅关于…的指导意见》（国办发〔2018〕118号） → 国办发〔2018〕118号: a sentence cites a document by its number. */
function documentName(document: string): string {
  const number = /（([^（）]*号)）$/u.exec(document);
  return number?.[1] ?? document;
}

function sourceOf(entry: BasisEntry): string {
  return entry.law ?? entry.document ?? (entry.seed ? `seed ${entry.seed}` : entry.note ?? '');
}

/**
 * All entries as one parenthesis-ready phrase. Entries of the same law or document are merged and repeats dropped:
 * 《行政强制法》第二十五条、第二十八条.
 */
export function cite(basis: readonly BasisEntry[]): LocalText {
  const groups = new Map<string, { first: BasisEntry; parts: LocalText[] }>();
  const seen = new Set<string>();
  for (const entry of basis) {
    const key = JSON.stringify([entry.law, entry.article, entry.document, entry.seed, entry.section]);
    if (seen.has(key)) continue;
    seen.add(key);
    const source = sourceOf(entry);
    const detail = entry.law ? { zh: entry.article ?? '', en: articleEnglish(entry.article ?? '') } : { zh: entry.section ?? '', en: entry.section ?? '' };
    const group = groups.get(source);
    if (group) group.parts.push(detail);
    else groups.set(source, { first: entry, parts: [detail] });
  }
  const parts = [...groups.values()].map(({ first, parts: details }) => {
    const head = citeOne({ ...first, article: undefined, section: undefined });
    const zh = details.map((detail) => detail.zh).filter(Boolean).join('、');
    const en = details.map((detail) => detail.en).filter(Boolean).join(', ');
    return { zh: `${head.zh}${zh && !first.law ? ' ' : ''}${zh}`, en: `${head.en}${en ? ` ${en}` : ''}` };
  });
  return { zh: parts.map((part) => part.zh).join('、'), en: parts.map((part) => part.en).join('; ') };
}

/** 50000 → 50,000; keeps up to two decimals (fen). Written by hand: toLocaleString is slow and locale-dependent. */
export function formatAmount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const fixed = Math.round(Math.abs(value) * 100) / 100;
  const [whole = '0', fraction] = String(fixed).split('.');
  let grouped = '';
  for (let index = 0; index < whole.length; index++) {
    if (index > 0 && (whole.length - index) % 3 === 0) grouped += ',';
    grouped += whole[index];
  }
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
