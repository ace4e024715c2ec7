import type { CompiledTenant } from './compiled-tenant.ts';
import type { Evaluation, EvaluationIssue } from './evaluation.ts';
import { LAW_TABLE_VERSION } from './law/statutes.ts';

const NOTHING = { zh: '输入无效，未评估', en: 'the input is invalid; nothing was evaluated' };

/** What an evaluation of unusable input returns: the issues, and answers that claim nothing. */
export function emptyEvaluation(tenant: CompiledTenant, issues: EvaluationIssue[], at = '', action: Evaluation['action'] = null): Evaluation {
  return {
    tenant: tenant.code,
    configVersion: tenant.version ?? null,
    lawTableVersion: LAW_TABLE_VERSION,
    at,
    actDate: at,
    action,
    valid: false,
    issues,
    review: { required: false, status: null, entries: [], due: null, reason: NOTHING, basis: [] },
    hearing: { right: false, rules: [], threshold: null, requestDeadline: null, noticeBy: null, reason: NOTHING, basis: [] },
    recording: { actions: [], complete: false },
    disclosure: { items: [], withdrawals: [] },
    discretion: {
      benchmark: null, tier: null, matchedTiers: [], intendedFine: null, fits: null, outsideBenchmark: null, justificationRequired: false,
      reviewMayBeRequired: false, lenient: [], reason: NOTHING, basis: [],
    },
    gates: { action, blocked: true, failing: [], undetermined: [], warnings: [], obligations: [] },
    forms: { forms: [] },
    documents: { documents: [] },
    trace: { rules: [], unknownFacts: [], facts: {}, counts: { rulesEvaluated: 0, rulesRemembered: 0, rulesIndexed: 0, conditionsEvaluated: 0 } },
  };
}
