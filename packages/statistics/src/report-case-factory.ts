import type { ReportCase, ReportDecision } from './report-input.ts';

// Test support in json-rules-engine's rule-factory manner: sensible defaults that each test overrides.

let sequence = 0;

export function decision(overrides: Partial<ReportDecision> = {}): ReportDecision {
  sequence += 1;
  return {
    id: `d-${sequence}`,
    number: `邵市监罚〔2025〕${sequence}号`,
    decidedAt: '2025-06-01T10:00:00+08:00',
    penalties: [{ kind: 'FINE', amount: 1000 }],
    status: 'IN_FORCE',
    ...overrides,
  };
}

export function reportCase(overrides: Partial<ReportCase> = {}): ReportCase {
  sequence += 1;
  return {
    id: `c-${sequence}`,
    number: `邵市监立〔2025〕${sequence}号`,
    departmentId: 'dept-scjg',
    type: 'PENALTY',
    procedure: 'GENERAL',
    actDate: '2025-05-20',
    filedAt: '2025-05-20T09:00:00+08:00',
    decisions: [],
    actions: [],
    ...overrides,
  };
}

export const DEPARTMENTS = [
  { id: 'dept-scjg', code: 'scjg', name: '市场监督管理局' },
  { id: 'dept-nyj', code: 'nyj', name: '农业农村局' },
  { id: 'dept-zjj', code: 'zjj', name: '住房和城乡建设局' },
];
