// Compile once per tenant (and department), evaluate per case.
export { compileEngine, type CompileOptions } from './compile.ts';
export { compileTenantEngines, fromEffectiveConfig, type FromEffectiveOptions, type TenantEngines } from './effective-config.ts';
export { evaluate, type EvaluateInput } from './evaluate.ts';
export type { CompiledStats, CompiledTenant } from './compiled-tenant.ts';
export type { CompileIssue } from './condition-compiler.ts';
export type { EngineConfig, EngineFact, EngineOperator, Provenance, ProvenanceStep, Provided } from './engine-config.ts';

// The case file: its type, its published schema, and a validator that never throws.
export * from './case-snapshot.ts';
export { CASE_SCHEMA, type JsonSchema } from './case-schema.ts';
export { formatCaseIssue, validateCase, type CaseIssue, type CaseIssueCode, type CaseValidation } from './case-validator.ts';
export { loadCaseFile, parseCaseJson } from './case-file.ts';

// What an evaluation answers, and why.
export type * from './evaluation.ts';
export type * from './trace.ts';
export type { ResolvedBound } from './thresholds.ts';

// Golden cases: config's shape, plus whole case files in the engine's own folder.
export {
  caseFromFacts, GOLDEN_DATE, loadEngineGoldenCases, runGoldenCases, type GoldenCase, type GoldenExpectation, type GoldenFailure,
  type GoldenReport, type GoldenResult,
} from './golden-cases.ts';

// The engine's own law table.
export { LAW_TABLE_VERSION } from './law/statutes.ts';
export { structuralLawRules } from './law-defaults.ts';
