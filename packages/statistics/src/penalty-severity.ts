import type { LocalText } from '@sanxiang/errors';

/**
 * The kinds of administrative penalty, lightest first.
 *
 * 《中华人民共和国行政处罚法》（2021）第九条 lists them in six items: (一) 警告、通报批评; (二) 罚款、没收违法所得、没收非法财物;
 * (三) 暂扣许可证件、降低资质等级、吊销许可证件; (四) 限制开展生产经营活动、责令停产停业、责令关闭、限制从业; (五) 行政拘留;
 * (六) 法律、行政法规规定的其他行政处罚. The items run from reputational penalties (申诫罚) through property, qualification
 * and conduct penalties to personal liberty (人身罚), and inside an item the law names the milder measure first
 * (暂扣 before 吊销, 停产停业 before 关闭). We read that order as ascending severity. Two readings are our choice and say so:
 * - 限制从业 is placed last in item (四), as the law lists it; it restricts a person, 责令关闭 closes an organisation.
 * - 其他 (item 六) ranks below every named kind: a decision counts under the heaviest kind the table can name.
 *
 * The codes are those of the fact catalogue (packages/config, `penaltyTypes`) plus LICENCE_SUSPENSION and
 * PRACTICE_RESTRICTION, which the catalogue folds into neighbours but the template counts apart.
 */
export const PENALTY_KINDS = [
  'OTHER',
  'WARNING',
  'CRITICISM',
  'FINE',
  'CONFISCATION',
  'LICENCE_SUSPENSION',
  'QUALIFICATION_DOWNGRADE',
  'LICENCE_REVOCATION',
  'RESTRICTION',
  'SUSPENSION',
  'CLOSURE',
  'PRACTICE_RESTRICTION',
  'DETENTION',
] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

export interface PenaltyKindInfo {
  label: LocalText;
  /** 行政处罚法 第九条 item. */
  item: string;
}

export const PENALTY_KIND_INFO: Record<PenaltyKind, PenaltyKindInfo> = {
  OTHER: { label: { zh: '其他行政处罚', en: 'Other penalties' }, item: '第九条第（六）项' },
  WARNING: { label: { zh: '警告', en: 'Warning' }, item: '第九条第（一）项' },
  CRITICISM: { label: { zh: '通报批评', en: 'Notice of criticism' }, item: '第九条第（一）项' },
  FINE: { label: { zh: '罚款', en: 'Fine' }, item: '第九条第（二）项' },
  CONFISCATION: { label: { zh: '没收违法所得、没收非法财物', en: 'Confiscation of illegal gains or property' }, item: '第九条第（二）项' },
  LICENCE_SUSPENSION: { label: { zh: '暂扣许可证件', en: 'Licence suspended' }, item: '第九条第（三）项' },
  QUALIFICATION_DOWNGRADE: { label: { zh: '降低资质等级', en: 'Qualification downgraded' }, item: '第九条第（三）项' },
  LICENCE_REVOCATION: { label: { zh: '吊销许可证件', en: 'Licence revoked' }, item: '第九条第（三）项' },
  RESTRICTION: { label: { zh: '限制开展生产经营活动', en: 'Business activity restricted' }, item: '第九条第（四）项' },
  SUSPENSION: { label: { zh: '责令停产停业', en: 'Production or business suspended' }, item: '第九条第（四）项' },
  CLOSURE: { label: { zh: '责令关闭', en: 'Closure ordered' }, item: '第九条第（四）项' },
  PRACTICE_RESTRICTION: { label: { zh: '限制从业', en: 'Practice restricted' }, item: '第九条第（四）项' },
  DETENTION: { label: { zh: '行政拘留', en: 'Administrative detention' }, item: '第九条第（五）项' },
};

const RANK = new Map<string, number>(PENALTY_KINDS.map((kind, index) => [kind, index]));

export function isPenaltyKind(kind: string): kind is PenaltyKind {
  return RANK.has(kind);
}

/** A stored kind the law does not name is counted as 其他 (item 六); the caller notes it. */
export function penaltyKindOf(kind: string): PenaltyKind {
  return isPenaltyKind(kind) ? kind : 'OTHER';
}

/** The heaviest of a decision's penalties, or null for a decision that imposes none (不予处罚, 第三十三条). */
export function heaviestPenalty(kinds: readonly string[]): PenaltyKind | null {
  let heaviest: PenaltyKind | null = null;
  for (const raw of kinds) {
    const kind = penaltyKindOf(raw);
    if (heaviest === null || (RANK.get(kind) ?? 0) > (RANK.get(heaviest) ?? 0)) heaviest = kind;
  }
  return heaviest;
}
