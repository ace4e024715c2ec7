export { createCase, getCase, listCases } from './cases.ts';
export type { CreateCaseOptions } from './cases.ts';
export { stagesFor } from './stages.ts';
export type { StageDefinition } from './stages.ts';
