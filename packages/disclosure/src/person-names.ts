/**
 * Names of natural persons in a published decision. The punished person's name is shown as the tenant
 * decides; everyone else's is hidden (《浙江省行政处罚结果信息网上公开暂行办法》 art. 7(1): "被处罚人以外
 * 的自然人姓名"), in structured fields and wherever the facts mention them.
 */

/** Two-character surnames, so that 欧阳修 becomes 欧阳某某 and not 欧某某. */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕',
  '令狐', '钟离', '端木', '独孤', '南宫', '西门', '万俟', '闻人', '澹台', '公冶', '太史', '申屠', '呼延', '拓跋',
  '赫连', '东郭', '百里', '第五', '濮阳', '单于', '司空', '左丘', '子车', '谷梁',
]);

export const ANONYMOUS_NAME = '某某';

/**
 * 张三 → 张某某. The masked part is always two characters so that the length of the given name is not
 * shown. A name that is not written in Han characters (买买提·艾力) keeps only its first character, which is
 * no more than the Han case shows.
 */
export function surnameOnly(name: string): string {
  const trimmed = name.trim();
  const chars = Array.from(trimmed);
  if (chars.length === 0) return ANONYMOUS_NAME;
  const firstTwo = chars.slice(0, 2).join('');
  const surname = chars.length > 2 && COMPOUND_SURNAMES.has(firstTwo) ? firstTwo : (chars[0] ?? '');
  return surname + ANONYMOUS_NAME;
}

const LETTERED = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];

/**
 * Other persons become 某甲, 某乙, …: the facts stay readable ("某甲 sold to 某乙") without naming anyone.
 * Their role is not put in the text because the text usually names it already ("证人李四" → "证人某甲").
 */
export function otherPersonPlaceholder(index: number): string {
  return index < LETTERED.length ? `某${LETTERED[index]}` : `某${index + 1}`;
}

/**
 * A name of a single character would wipe that character out of every word of the facts, so only names of
 * two characters or more are replaced in free text. Chinese names have at least two.
 */
export const MIN_NAME_LENGTH = 2;

export function isReplaceableName(name: string): boolean {
  return Array.from(name.trim()).length >= MIN_NAME_LENGTH;
}
