import type { CaseListItem } from './trpc.ts';

export interface CaseFilters {
  text: string;
  stage: string | undefined;
  type: string | undefined;
}

/** Cases whose number, title or department contains the text, at the stage and of the type chosen. */
export function filterCases(cases: readonly CaseListItem[], filters: CaseFilters): CaseListItem[] {
  const text = filters.text.trim().toLowerCase();
  return cases.filter((item) =>
    (!text || `${item.number} ${item.title} ${item.department.name}`.toLowerCase().includes(text))
    && (!filters.stage || item.stage === filters.stage)
    && (!filters.type || item.type === filters.type));
}

