/**
 * Decisions that are not published at all, whatever the tenant's policy: no redaction makes them safe. The
 * reason is recorded with the disclosure so the judicial bureau can see why a decision never went up.
 */
import type { DecisionSummary, Withholding } from './decision-summary.ts';

const WITHHOLDINGS: Record<Withholding['code'], Withholding> = {
  MINOR: {
    code: 'MINOR',
    reason: {
      zh: '被处罚人为未成年人，行政处罚结果信息不予公开。',
      en: 'The punished party is a minor, so the penalty decision is not published.',
    },
    basis: '《浙江省行政处罚结果信息网上公开暂行办法》第五条第（一）项；《中华人民共和国个人信息保护法》第二十八条',
  },
  SECRET: {
    code: 'SECRET',
    reason: {
      zh: '案件主要事实涉及国家秘密或者商业秘密，行政处罚结果信息不予公开。',
      en: 'The core facts of the case are a state secret or a trade secret, so the decision is not published.',
    },
    basis: '《浙江省行政处罚结果信息网上公开暂行办法》第五条第（二）项；《中华人民共和国政府信息公开条例》第十四条、第十五条',
  },
  PRIVACY: {
    code: 'PRIVACY',
    reason: {
      zh: '案件主要事实涉及个人隐私，行政处罚结果信息不予公开。',
      en: 'The core facts of the case concern personal privacy, so the decision is not published.',
    },
    basis: '《浙江省行政处罚结果信息网上公开暂行办法》第五条第（二）项；《中华人民共和国政府信息公开条例》第十五条',
  },
};

/**
 * Why the decision must not be published, or undefined. Checked before anything is redacted. A minor comes
 * first because that reason protects the party most directly; only one reason is recorded.
 */
export function withholdingFor(decision: DecisionSummary): Withholding | undefined {
  if (isSet(decision.party.minor)) return WITHHOLDINGS.MINOR;
  if (isSet(decision.coreFactsSecret)) return WITHHOLDINGS.SECRET;
  if (isSet(decision.privacyCore)) return WITHHOLDINGS.PRIVACY;
  return undefined;
}

/**
 * Fails closed: only an absent flag or a real `false` lets a decision out. A form that sends "false", 0 or
 * "否" as a string has not said no clearly, and publishing cannot be undone.
 */
function isSet(flag: unknown): boolean {
  return flag !== undefined && flag !== null && flag !== false;
}
