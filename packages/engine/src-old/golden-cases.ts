import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GoldenCase as ConfigGoldenCase, GoldenExpectation as ConfigGoldenExpectation } from '@sanxiang/config';
import type { CaseSnapshot, FactValue } from './case-snapshot.ts';
import type { CompiledTenant } from './compiled-tenant.ts';
import type { TenantEngines } from './effective-config.ts';
import { evaluate } from './evaluate.ts';
import type { Evaluation } from './evaluation.ts';

/** Config's golden expectations (one definition, in @sanxiang/config); engine golden cases may also pin these. */
export interface GoldenExpectation extends ConfigGoldenExpectation {
  discretionTier?: string | null;
  discretionFits?: boolean | null;
  hearingRequestDue?: string | null;
  reviewDue?: string | null;
}

/**
 * A golden case as config's schema writes it (`facts` by catalogue name), or, in the engine's own golden folder, a
 * whole case file under `case` for checks that need structure (certificates, evidence, dates).
 */
export interface GoldenCase extends Omit<ConfigGoldenCase, 'facts' | 'expect'> {
  facts?: Record<string, unknown>;
  case?: CaseSnapshot;
  /** Evaluation date; golden cases are evaluated on GOLDEN_DATE unless they say otherwise, so they never drift. */
  at?: string;
  expect: GoldenExpectation;
}

export const GOLDEN_DATE = '2025-06-16';

export interface GoldenFailure {
  field: keyof GoldenExpectation;
  expected: unknown;
  actual: unknown;
}

export interface GoldenResult {
  description: string;
  passed: boolean;
  failures: GoldenFailure[];
  evaluation: Evaluation;
}

export interface GoldenReport {
  passed: number;
  failed: number;
  results: GoldenResult[];
}

const sorted = (values: readonly string[]): string[] => [...values].sort();

function factValue(value: unknown): FactValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

/** A case snapshot holding only catalogue facts, as config's golden cases state them. */
export function caseFromFacts(facts: Record<string, unknown>, department?: string): CaseSnapshot {
  const stated: Record<string, FactValue> = {};
  for (const [name, value] of Object.entries(facts)) {
    const fact = factValue(value);
    if (fact !== undefined) stated[name] = fact;
  }
  return department ? { department, facts: stated } : { facts: stated };
}

function actual(evaluation: Evaluation, field: keyof GoldenExpectation): unknown {
  switch (field) {
    case 'reviewRequired': return evaluation.review.required;
    case 'reviewEntries': return sorted(evaluation.review.entries.map((entry) => entry.id));
    case 'hearingRight': return evaluation.hearing.right;
    case 'gates': return sorted(evaluation.gates.failing.map((gate) => gate.code));
    case 'warnings': return sorted(evaluation.gates.warnings.map((warning) => warning.code));
    case 'obligations': return sorted(evaluation.gates.obligations.map((obligation) => obligation.code));
    case 'recordingLevel': {
      const requested = evaluation.recording.actions.find((action) => action.type === evaluation.action && (action.prospective || action.satisfied !== null));
      return requested?.level ?? null;
    }
    case 'lenientEntries': return sorted(evaluation.discretion.lenient.map((entry) => entry.id));
    case 'discretionTier': return evaluation.discretion.tier?.id ?? null;
    case 'discretionFits': return evaluation.discretion.fits;
    case 'hearingRequestDue': return evaluation.hearing.requestDeadline?.date ?? null;
    case 'reviewDue': return evaluation.review.due?.date ?? null;
  }
}

/** Evaluates each golden case and compares the outcomes it states; outcomes left out are not checked. */
export async function runGoldenCases(engines: CompiledTenant | TenantEngines, cases: readonly GoldenCase[]): Promise<GoldenReport> {
  const results: GoldenResult[] = [];
  for (const golden of cases) {
    const snapshot = golden.case ?? caseFromFacts(golden.facts ?? {}, golden.department);
    const statedDepartment = golden.facts?.department;
    const department = golden.department ?? snapshot.department ?? (typeof statedDepartment === 'string' ? statedDepartment : undefined);
    const config = 'forDepartment' in engines ? engines.forDepartment(department) : engines;
    const evaluation = await evaluate({ config, case: snapshot, action: golden.action, at: golden.at ?? GOLDEN_DATE });
    const failures: GoldenFailure[] = [];
    for (const field of Object.keys(golden.expect) as (keyof GoldenExpectation)[]) {
      const expectedValue = golden.expect[field];
      const expected = Array.isArray(expectedValue) ? sorted(expectedValue) : expectedValue;
      const seen = actual(evaluation, field);
      if (JSON.stringify(seen) !== JSON.stringify(expected)) failures.push({ field, expected, actual: seen });
    }
    if (!evaluation.valid) failures.push({ field: 'reviewRequired', expected: 'a valid case', actual: evaluation.issues });
    results.push({ description: golden.description, passed: failures.length === 0, failures, evaluation });
  }
  const passed = results.filter((result) => result.passed).length;
  return { passed, failed: results.length - passed, results };
}

/** Reads every `*.json` of a golden folder (an explicit loader: the only file access in this package besides this). */
export function loadEngineGoldenCases(dir: string): { cases: (GoldenCase & { file: string })[]; issues: { file: string; message: string }[] } {
  const cases: (GoldenCase & { file: string })[] = [];
  const issues: { file: string; message: string }[] = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (typeof parsed !== 'object' || parsed === null || !('description' in parsed) || !('action' in parsed) || !('expect' in parsed)) {
        issues.push({ file, message: 'a golden case needs description, action and expect' });
        continue;
      }
      // Shape checked above; the fields' own types are checked where they are used (evaluate validates the case).
      cases.push({ ...(parsed as GoldenCase), file });
    } catch (error) {
      issues.push({ file, message: String(error) });
    }
  }
  return { cases, issues };
}
